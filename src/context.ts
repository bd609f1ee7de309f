import type { Db, Engine } from './db/index.ts';
import type { Clock } from './kernel/clock.ts';

/** What every use case needs from the outside world: storage and the one clock. */
export type AppContext = {
  db: Db;
  engine: Engine;
  clock: Clock;
  /** Lets webhooks reach loopback, private and link-local addresses (local development, tests); off by default. */
  allowPrivateWebhookUrls?: boolean | undefined;
};

/** Who is acting and on which request; carried into every event the action writes. */
export type Actor = {
  accountId: string;
  requestId?: string | undefined;
  idempotencyKey?: string | undefined;
};
