import { index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdColumn, instant, tenantColumns } from './columns.ts';

/** Stripe-style test clocks: customers attached to one live in its frozen time. */
export const testClocks = pgTable(
  'test_clocks',
  {
    ...tenantColumns(),
    name: text('name'),
    frozenTime: instant('frozen_time').notNull(),
    status: text('status').$type<'ready' | 'advancing' | 'internal_failure'>().notNull().default('ready'),
    advanceTo: instant('advance_to'),
    failure: text('failure'),
    // Wall time (not the clock's): while a worker runs a step and the charges after its commit, no other worker
    // may take the clock's next step; a worker that dies mid-step lets the lease lapse.
    stepLeaseUntil: instant('step_lease_until'),
    created: createdColumn(),
    deletesAfter: instant('deletes_after').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] }), index('test_clocks_advancing').on(t.status, t.accountId)],
);
