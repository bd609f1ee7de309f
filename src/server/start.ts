import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';
import { type Database, migrate, openDatabase } from '../db/index.ts';
import { startSmtpListener } from '../flows/support/index.ts';
import { buildApp } from '../http/app.ts';
import { type Clock, systemClock } from '../kernel/clock.ts';
import { type Bootstrap, bootstrapDefaultAccount } from '../modules/accounts/index.ts';
import { registerStripeGateway } from '../modules/payments/index.ts';
import { type DueWorkSource, Worker } from '../worker/index.ts';
import type { Config } from './config.ts';
import { dueWorkSources, noticeOptions } from './due-work-sources.ts';
import { createLogger } from './logger.ts';

export type Running = {
  app: FastifyInstance;
  worker: Worker;
  database: Database;
  ctx: AppContext;
  url: string;
  bootstrap: Bootstrap;
  stop(): Promise<void>;
};

/** Opens storage, migrates, makes sure the default account exists, then serves the API and runs the worker. */
export async function startTenure(
  config: Config,
  options: { clock?: Clock; sources?: DueWorkSource[]; listen?: boolean } = {},
): Promise<Running> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrate(database);
  const ctx: AppContext = {
    db: database.db,
    engine: database.engine,
    clock: options.clock ?? systemClock,
    allowPrivateWebhookUrls: config.allowPrivateWebhookUrls,
  };
  const bootstrap = await bootstrapDefaultAccount(ctx.db, ctx.clock.now(), config.apiKey);
  if (config.stripeSecretKey) await registerStripeGateway({ secretKey: config.stripeSecretKey });
  const logger = createLogger(config.logLevel);
  const sources = options.sources ?? dueWorkSources(noticeOptions(config));
  // On PGlite this process is the only writer and hears every write, so an idle worker may poll less often: a
  // write brings it back at once. On PostgreSQL other processes write unheard, so it keeps polling.
  const worker = new Worker(ctx, sources, {
    pollMs: config.workerPollMs,
    ...(database.onWrite && { idlePollMs: config.workerIdlePollMs }),
    logger,
  });
  database.onWrite?.(() => worker.nudge());
  const app = await buildApp(ctx, {
    logger,
    worker,
    stripeWebhookSecret: config.stripeWebhookSecret,
    trustProxy: config.trustProxy,
    abuseLimits: {
      authFailuresPerWindow: config.authFailureLimit,
      pageRequestsPerWindow: config.pageRateLimit,
      windowSeconds: config.rateWindowSeconds,
    },
  });
  let url = '';
  if (options.listen !== false) url = await app.listen({ port: config.port, host: config.host });
  const smtp =
    config.smtpListenPort === undefined
      ? undefined
      : await startSmtpListener(ctx, {
          port: config.smtpListenPort,
          host: config.host,
          onError: (error) => logger.error({ err: error }, 'inbound mail not stored'),
        });
  worker.start();
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await smtp?.close();
      await app.close(); // finishes in-flight requests, refuses new ones
      await worker.stop(); // lets the current batch commit
      await database.close();
    })();
    return stopping;
  };
  return { app, worker, database, ctx, url, bootstrap, stop };
}
