import type { Db, Engine } from './db/index.ts';
import type { Clock } from './kernel/clock.ts';

/** What every use case needs from the outside world: storage and the one clock. */
export type AppContext = {
  db: Db;
  engine: Engine;
  clock: Clock;
  /** Lets webhooks reach loopback, private and link-local addresses (local development, tests); off by default. */
  allowPrivateWebhookUrls?: boolean | undefined;
  /**
   * Inside a transaction opened by `transact`: work to run once it has committed, outside any transaction (a
   * gateway call). Absent elsewhere; then deferred work waits for due work (a pending charge is resumed).
   */
  afterCommit?: AfterCommit[];
};

/** Deferred work; it gets the context outside the transaction. */
export type AfterCommit = (root: AppContext) => Promise<void>;

/** Who is acting and on which request; carried into every event the action writes. */
export type Actor = {
  accountId: string;
  requestId?: string | undefined;
  idempotencyKey?: string | undefined;
};
