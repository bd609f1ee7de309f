/** What moves MRR: an outbox event or a due edge (a discount ending, a service end, a past-due churn). */
import type { Db } from '../../db/index.ts';

/** One reason to recompute a customer's MRR at `at`; `upToEvent` names the event it covers, if any. */
export type Cause = { key: string; at: Date; customerId: string; upToEvent: string | null };

/** A change due by time rather than by an event; `markDone` records, in the movement's transaction, that it ran. */
export type DueEdge = { accountId: string; cause: Cause; markDone: (db: Db) => Promise<void> };
