import { jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdColumn, tenantColumns } from './columns.ts';

/** Saved rule segments; membership is evaluated from the rule when read. */
export const segments = pgTable(
  'segments',
  {
    ...tenantColumns(),
    name: text('name').notNull(),
    /** The rule tree as checked by the segments core (all / any / not over field and event conditions). */
    rule: jsonb('rule').$type<unknown>().notNull(),
    created: createdColumn(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] })],
);
