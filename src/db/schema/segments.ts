import { index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdColumn, idText, instant, tenantColumns } from './columns.ts';

/** Saved rule segments; the worker re-evaluates each at `refresh_at` and keeps its members below. */
export const segments = pgTable(
  'segments',
  {
    ...tenantColumns(),
    name: text('name').notNull(),
    /** The rule tree as checked by the segments core (all / any / not over field and event conditions). */
    rule: jsonb('rule').$type<unknown>().notNull(),
    refreshAt: instant('refresh_at').notNull(),
    refreshedAt: instant('refreshed_at'),
    created: createdColumn(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] }), index('segments_refresh_at').on(t.refreshAt)],
);

/** Who is in a segment since when, as of its last refresh; entering and leaving write segment.entered / .exited. */
export const segmentMembers = pgTable(
  'segment_members',
  {
    accountId: idText('account_id').notNull(),
    segmentId: idText('segment_id').notNull(),
    customerId: idText('customer_id').notNull(),
    entered: instant('entered').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.segmentId, t.customerId] })],
);
