/**
 * Segment rules: a tree of all / any / not over field conditions ("behaviour.viewing_minutes_30d < 60") and
 * event conditions ("performed login at least 3 times in the last 7 days"). Pure: parse once (errors name the
 * path in the rule), then evaluate against each customer's facts.
 */
import { invalid } from '../../../kernel/errors.ts';

export type Scalar = string | number | boolean;
export type FieldOp = 'eq' | 'neq' | 'lt' | 'lte' | 'gt' | 'gte' | 'in' | 'contains' | 'exists';
export type CountOp = 'eq' | 'neq' | 'lt' | 'lte' | 'gt' | 'gte';

export type Rule =
  | { all: Rule[] }
  | { any: Rule[] }
  | { not: Rule }
  | { field: string; op: FieldOp; value?: Scalar | Scalar[] }
  | { event: string; window_days: number; op: CountOp; count: number };

export type CustomerFacts = {
  /** Field values by name; a missing field is undefined (only `exists` and `neq` can then hold). */
  fields: Record<string, Scalar | Scalar[] | null | undefined>;
  /** Times the customer performed `event` in the last `window_days` days (see `eventKey`). */
  eventCounts: Record<string, number>;
  /** Whole days since the customer was created. */
  ageDays: number;
};

export const eventKey = (event: string, windowDays: number) => `${event}|${windowDays}`;

const FIELD_OPS: readonly FieldOp[] = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'in', 'contains', 'exists'];
const COUNT_OPS: readonly CountOp[] = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte'];
const MAX_DEPTH = 8;
const MAX_CONDITIONS = 100;

function compare(a: Scalar, op: CountOp, b: Scalar): boolean {
  switch (op) {
    case 'eq':
      return a === b;
    case 'neq':
      return a !== b;
    case 'lt':
      return a < b;
    case 'lte':
      return a <= b;
    case 'gt':
      return a > b;
    case 'gte':
      return a >= b;
  }
}

function fieldHolds(value: Scalar | Scalar[] | null | undefined, op: FieldOp, target: Scalar | Scalar[] | undefined) {
  if (op === 'exists') return (value !== undefined && value !== null) === (target ?? true);
  if (value === undefined || value === null) return op === 'neq';
  if (op === 'contains')
    return Array.isArray(value) ? value.includes(target as Scalar) : String(value).includes(String(target));
  if (op === 'in') return (target as Scalar[]).includes(value as Scalar);
  if (Array.isArray(value)) return false;
  if (typeof value !== typeof target && op !== 'neq') return false;
  return compare(value, op, target as Scalar);
}

/** Whether the customer is in the segment the rule describes. */
export function evaluateRule(rule: Rule, facts: CustomerFacts): boolean {
  if ('all' in rule) return rule.all.every((r) => evaluateRule(r, facts));
  if ('any' in rule) return rule.any.some((r) => evaluateRule(r, facts));
  if ('not' in rule) return !evaluateRule(rule.not, facts);
  if ('field' in rule) return fieldHolds(facts.fields[rule.field], rule.op, rule.value);
  const count = facts.eventCounts[eventKey(rule.event, rule.window_days)] ?? 0;
  // "Has not done X in 14 days" must not catch a customer who is 3 days old: a condition that a count of zero
  // satisfies only holds for customers who have existed for the whole window.
  if (compare(0, rule.op, rule.count) && facts.ageDays < rule.window_days) return false;
  return compare(count, rule.op, rule.count);
}

/** The event conditions' (event, window) pairs, so the reader counts only what the rule needs. */
export function eventWindows(rule: Rule): { event: string; windowDays: number }[] {
  const out = new Map<string, { event: string; windowDays: number }>();
  const walk = (r: Rule) => {
    if ('all' in r) r.all.forEach(walk);
    else if ('any' in r) r.any.forEach(walk);
    else if ('not' in r) walk(r.not);
    else if ('event' in r) out.set(eventKey(r.event, r.window_days), { event: r.event, windowDays: r.window_days });
  };
  walk(rule);
  return [...out.values()];
}

/** The field names a rule reads (so the reader computes costly ones, like RFM, only when asked). */
export function ruleFields(rule: Rule): Set<string> {
  const out = new Set<string>();
  const walk = (r: Rule) => {
    if ('all' in r) r.all.forEach(walk);
    else if ('any' in r) r.any.forEach(walk);
    else if ('not' in r) walk(r.not);
    else if ('field' in r) out.add(r.field);
  };
  walk(rule);
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown): v is Scalar => ['string', 'number', 'boolean'].includes(typeof v);

/**
 * Checks an untrusted rule tree and returns it typed; a mistake is a 400 whose `param` is its path
 * (`rule.all[1].op`). `fields` lists the field names the reader provides.
 */
export function parseRule(input: unknown, fields: ReadonlySet<string>, path = 'rule'): Rule {
  let conditions = 0;
  const bad = (at: string, message: string) => invalid('parameter_invalid', message, at);
  const parse = (node: unknown, at: string, depth: number): Rule => {
    if (depth > MAX_DEPTH) throw bad(at, `Rules nest at most ${MAX_DEPTH} levels`);
    if (!isObject(node)) throw bad(at, 'A rule is an object: all, any, not, a field condition or an event condition');
    const keys = Object.keys(node);
    const only = (allowed: string[]) => {
      const extra = keys.find((k) => !allowed.includes(k));
      if (extra) throw invalid('parameter_unknown', `Unknown field '${extra}' in a rule`, `${at}.${extra}`);
    };
    for (const group of ['all', 'any'] as const)
      if (group in node) {
        only([group]);
        const list = node[group];
        if (!Array.isArray(list) || list.length === 0) throw bad(`${at}.${group}`, `'${group}' takes a non-empty list`);
        return { [group]: list.map((r, i) => parse(r, `${at}.${group}[${i}]`, depth + 1)) } as Rule;
      }
    if ('not' in node) {
      only(['not']);
      return { not: parse(node.not, `${at}.not`, depth + 1) };
    }
    if (++conditions > MAX_CONDITIONS) throw bad(at, `A rule holds at most ${MAX_CONDITIONS} conditions`);
    if ('field' in node) {
      only(['field', 'op', 'value']);
      if (typeof node.field !== 'string' || !fields.has(node.field))
        throw bad(`${at}.field`, `Unknown field '${String(node.field)}'; see the segment fields in the docs`);
      const op = node.op as FieldOp;
      if (!FIELD_OPS.includes(op)) throw bad(`${at}.op`, `op is one of ${FIELD_OPS.join(', ')}`);
      const value = node.value;
      const valid =
        op === 'in'
          ? Array.isArray(value) && value.length > 0 && value.every(isScalar)
          : op === 'exists'
            ? value === undefined || typeof value === 'boolean'
            : isScalar(value);
      if (!valid) throw bad(`${at}.value`, op === 'in' ? "'in' takes a non-empty list" : `'${op}' takes one value`);
      return { field: node.field, op, ...(value !== undefined && { value: value as Scalar | Scalar[] }) };
    }
    if ('event' in node) {
      only(['event', 'window_days', 'op', 'count']);
      if (typeof node.event !== 'string' || node.event === '') throw bad(`${at}.event`, 'event names an event');
      const windowDays = node.window_days;
      if (!Number.isInteger(windowDays) || (windowDays as number) < 1 || (windowDays as number) > 90)
        throw bad(`${at}.window_days`, 'window_days is a whole number of days, 1–90');
      const op = node.op as CountOp;
      if (!COUNT_OPS.includes(op)) throw bad(`${at}.op`, `op is one of ${COUNT_OPS.join(', ')}`);
      if (!Number.isInteger(node.count) || (node.count as number) < 0)
        throw bad(`${at}.count`, 'count is a whole number ≥ 0');
      return { event: node.event, window_days: windowDays as number, op, count: node.count as number };
    }
    throw bad(at, 'A rule is an object: all, any, not, a field condition or an event condition');
  };
  return parse(input, path, 1);
}
