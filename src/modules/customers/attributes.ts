import { and, eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { type Keyset, keysetPage, type ListParams } from '../../db/paginate.ts';
import type { AttributeValue } from '../../db/schema/customers.ts';
import { attributeDefinitions } from '../../db/schema/index.ts';
import { toDate, toUnix } from '../../kernel/clock.ts';
import { conflict, invalid } from '../../kernel/errors.ts';

export type AttributeType = 'string' | 'number' | 'boolean' | 'date';
type DefinitionRow = typeof attributeDefinitions.$inferSelect;

export function presentAttributeDefinition(row: DefinitionRow) {
  return {
    object: 'attribute_definition' as const,
    key: row.key,
    type: row.type,
    label: row.label,
    created: toUnix(row.created),
  };
}

export async function createAttributeDefinition(
  ctx: AppContext,
  actor: Actor,
  input: { key: string; type: AttributeType; label?: string | undefined },
) {
  const rows = await ctx.db
    .insert(attributeDefinitions)
    .values({
      accountId: actor.accountId,
      key: input.key,
      type: input.type,
      label: input.label ?? null,
      created: toDate(ctx.clock.now()),
    })
    .onConflictDoNothing()
    .returning();
  if (!rows[0]) throw conflict('attribute_exists', `An attribute named '${input.key}' already exists`, 'key');
  return presentAttributeDefinition(rows[0]);
}

// A definition's key is its identifier, so the list is ordered by key and the cursors take keys.
const byKey: Keyset = { columns: [attributeDefinitions.key], order: 'asc', cursor: (key) => [key] };

export function listAttributeDefinitions(ctx: AppContext, accountId: string, params: ListParams = {}) {
  return keysetPage(ctx.db, attributeDefinitions, accountId, byKey, params, undefined, presentAttributeDefinition);
}

export async function attributeTypes(ctx: AppContext, accountId: string): Promise<Map<string, AttributeType>> {
  const rows = await ctx.db
    .select({ key: attributeDefinitions.key, type: attributeDefinitions.type })
    .from(attributeDefinitions)
    .where(and(eq(attributeDefinitions.accountId, accountId)));
  return new Map(rows.map((r) => [r.key, r.type]));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks one value against its declared type; dates are calendar dates (YYYY-MM-DD), not instants. */
export function checkAttribute(key: string, value: unknown, type: AttributeType | undefined): AttributeValue {
  const param = `attributes.${key}`;
  if (!type)
    throw invalid(
      'attribute_undefined',
      `No attribute '${key}' is defined; create it at /v1/attribute_definitions first`,
      param,
    );
  const ok =
    (type === 'string' && typeof value === 'string') ||
    (type === 'number' && typeof value === 'number' && Number.isFinite(value)) ||
    (type === 'boolean' && typeof value === 'boolean') ||
    (type === 'date' && typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)));
  if (!ok)
    throw invalid(
      'attribute_type_mismatch',
      `Attribute '${key}' must be a ${type}${type === 'date' ? ' (YYYY-MM-DD)' : ''}`,
      param,
    );
  return value as AttributeValue;
}

/** Merges an update into stored attributes; null removes a key (as metadata does). */
export function mergeAttributes(
  current: Record<string, AttributeValue>,
  update: Record<string, unknown>,
  types: Map<string, AttributeType>,
): Record<string, AttributeValue> {
  const next = { ...current };
  for (const [key, value] of Object.entries(update)) {
    if (value === null) delete next[key];
    else next[key] = checkAttribute(key, value, types.get(key));
  }
  return next;
}

/** A query-string value ('42', 'true') turned into the attribute's type, for search. */
export function parseAttributeQuery(key: string, raw: string, type: AttributeType | undefined): AttributeValue {
  if (type === 'number') return checkAttribute(key, Number(raw), type);
  if (type === 'boolean') return checkAttribute(key, raw === 'true' ? true : raw === 'false' ? false : raw, type);
  return checkAttribute(key, raw, type);
}
