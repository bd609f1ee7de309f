import { NUMBER_FIELDS, TEXT_FIELDS } from '../../../src/modules/segments/core/fields.ts';

/**
 * The builder's model of a segment rule: one level of conditions joined by all / any, turned into the API's rule
 * tree (src/modules/segments/core/rules.ts), over the text and number fields the API validates against.
 */
export const FIELDS = [...TEXT_FIELDS, ...NUMBER_FIELDS] as const;

export const OPS = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'in', 'contains', 'exists'] as const;
export type Op = (typeof OPS)[number];
/** `key` only tells React which row is which when one is removed. */
export type Condition = { key: number; field: string; op: Op; value: string };
export type Builder = { join: 'all' | 'any'; conditions: Condition[] };

const isNumberField = (field: string) => (NUMBER_FIELDS as readonly string[]).includes(field);

/** The operators that make sense for a field: order comparisons for numbers, text ones for text. */
export function opsFor(field: string): Op[] {
  if (field === 'tags') return ['contains', 'exists'];
  return isNumberField(field)
    ? ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'exists']
    : ['eq', 'neq', 'in', 'contains', 'exists'];
}

function conditionValue(c: Condition): unknown {
  if (c.op === 'exists') return true;
  const one = (text: string) => (isNumberField(c.field) ? Number(text) : text.trim());
  return c.op === 'in' ? c.value.split(',').map(one) : one(c.value);
}

/** Complete conditions only (a value typed), so the live count follows the form as it is filled in. */
export function toRule(builder: Builder): Record<string, unknown> {
  const complete = builder.conditions.filter(
    (c) =>
      c.op === 'exists' || (c.value.trim() !== '' && (!isNumberField(c.field) || Number.isFinite(Number(c.value)))),
  );
  return { [builder.join]: complete.map((c) => ({ field: c.field, op: c.op, value: conditionValue(c) })) };
}
