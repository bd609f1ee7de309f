import type { AppContext } from '../context.ts';
import type { OutboxConsumer } from '../events/index.ts';

/**
 * A kind of work that falls due at a time stored in the database (a period end, a trial end, a retry).
 * Live work is claimed with FOR UPDATE SKIP LOCKED so several workers never run the same item; work of
 * customers on a test clock runs only when that clock advances, in its time.
 */
export type DueWorkSource = {
  name: string;
  /** Earliest due time of this source's work for the clock's customers that is not after `upTo`. */
  nextDueOnClock(ctx: AppContext, accountId: string, testClockId: string, upTo: Date): Promise<Date | null>;
  /** Runs this source's work for the clock's customers that is due at or before `at`. */
  runOnClock(ctx: AppContext, accountId: string, testClockId: string, at: Date): Promise<void>;
  /** Claims and runs up to `limit` items of live work due by `now`; returns how many ran. */
  runDue(ctx: AppContext, now: Date, limit: number): Promise<number>;
  /** How much live work is due by `now`, and since when: for /metrics. */
  backlog(ctx: AppContext, now: Date): Promise<{ count: number; oldest: Date | null }>;
  /** The outbox consumers this source runs: their unread events are shown at /metrics. */
  consumers?: readonly OutboxConsumer[];
};
