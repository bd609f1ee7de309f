import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { AppContext } from '../context.ts';
import { type Database, migrate, openDatabase } from '../db/index.ts';
import { startSmtpListener } from '../flows/support/index.ts';
import { buildApp } from '../http/app.ts';
import { type Clock, processUptimeMs, systemClock } from '../kernel/clock.ts';
import { type Bootstrap, bootstrapDefaultAccount } from '../modules/accounts/index.ts';
import { ownerSetupToken } from '../modules/operators/index.ts';
import { registerStripeGateway } from '../modules/payments/index.ts';
import { type DueWorkSource, Worker } from '../worker/index.ts';
import type { Config } from './config.ts';
import { dueWorkSources, noticeOptions } from './due-work-sources.ts';
import { createLogger } from './logger.ts';

/**
 * What a process does: `api` serves HTTP only, `worker` runs due work only, `start` both (the embedded default).
 * Several `api` and `worker` processes may share one PostgreSQL database: due work is claimed row by row
 * (`for update skip locked`), so two workers never run the same item.
 */
export type Role = 'start' | 'api' | 'worker';

type RoleOptions = { clock?: Clock; sources?: DueWorkSource[]; listen?: boolean };

export type RunningRole = {
  role: Role;
  app: FastifyInstance | undefined;
  worker: Worker | undefined;
  database: Database;
  ctx: AppContext;
  /** The API's address ('' for a worker, or when not listening). */
  url: string;
  bootstrap: Bootstrap;
  logger: Logger;
  /** While the account has no operator: the one-time link that creates its owner in the console. */
  ownerSetupUrl: string | null;
  stop(): Promise<void>;
};

export type Running = RunningRole & { app: FastifyInstance; worker: Worker };

/** Milliseconds per start-up phase, logged at debug level (`--log-level debug`) to show where start time goes. */
function phaseTimer() {
  const phases: Record<string, number> = { modules_loaded_at: Math.round(processUptimeMs()) };
  let last = processUptimeMs();
  return {
    phases,
    mark(name: string) {
      const now = processUptimeMs();
      phases[name] = Math.round(now - last);
      last = now;
    },
  };
}

/** Opens storage, migrates, makes sure the default account exists: what every role does first. */
async function openStorage(config: Config, clock: Clock, timer: ReturnType<typeof phaseTimer>) {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  timer.mark('database_open');
  const migrated = await migrate(database);
  timer.mark(migrated ? 'migrations' : 'migrations_up_to_date');
  const ctx: AppContext = {
    db: database.db,
    engine: database.engine,
    clock,
    allowPrivateWebhookUrls: config.allowPrivateWebhookUrls,
  };
  const bootstrap = await bootstrapDefaultAccount(ctx.db, ctx.clock.now(), config.apiKey);
  if (config.stripeSecretKey) await registerStripeGateway({ secretKey: config.stripeSecretKey });
  timer.mark('bootstrap');
  return { database, ctx, bootstrap };
}

function createWorker(ctx: AppContext, database: Database, config: Config, logger: Logger, sources?: DueWorkSource[]) {
  // On PGlite this process is the only writer and hears every write, so an idle worker may poll less often: a
  // write brings it back at once. On PostgreSQL other processes write unheard, so it keeps polling.
  const worker = new Worker(ctx, sources ?? dueWorkSources(noticeOptions(config)), {
    pollMs: config.workerPollMs,
    ...(database.onWrite && { idlePollMs: config.workerIdlePollMs }),
    logger,
  });
  database.onWrite?.(() => worker.nudge());
  return worker;
}

function createApp(ctx: AppContext, config: Config, logger: Logger, worker: Worker | undefined) {
  return buildApp(ctx, {
    logger,
    worker,
    stripeWebhookSecret: config.stripeWebhookSecret,
    trustProxy: config.trustProxy,
    publicUrl: noticeOptions(config).publicUrl,
    abuseLimits: {
      authFailuresPerWindow: config.authFailureLimit,
      pageRequestsPerWindow: config.pageRateLimit,
      windowSeconds: config.rateWindowSeconds,
    },
  });
}

/** Starts one process of the given role; `stop()` finishes in-flight requests and the current batch. */
export async function startRole(role: Role, config: Config, options: RoleOptions = {}): Promise<RunningRole> {
  const timer = phaseTimer();
  const { database, ctx, bootstrap } = await openStorage(config, options.clock ?? systemClock, timer);
  const logger = createLogger(config.logLevel);
  const worker = role === 'api' ? undefined : createWorker(ctx, database, config, logger, options.sources);
  const app = role === 'worker' ? undefined : await createApp(ctx, config, logger, worker);
  timer.mark('routes');
  let url = '';
  if (app && options.listen !== false) url = await app.listen({ port: config.port, host: config.host });
  timer.mark('listen');
  // The console's first owner: a one-time link, printed while the account has no operator (API roles only).
  const setupToken = app ? await ownerSetupToken(ctx, bootstrap.account.id) : null;
  const consoleBase = config.publicUrl ?? (url || `http://${config.host}:${config.port}`);
  const ownerSetupUrl = setupToken && `${consoleBase}/console/setup?token=${setupToken}`;
  // Inbound support mail, with the API (a worker process takes no connections).
  const smtp =
    !app || config.smtpListenPort === undefined
      ? undefined
      : await startSmtpListener(ctx, {
          port: config.smtpListenPort,
          host: config.host,
          onError: (error) => logger.error({ err: error }, 'inbound mail not stored'),
        });
  worker?.start();
  logger.debug({ role, phases_ms: timer.phases }, 'started');
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await smtp?.close();
      await app?.close(); // finishes in-flight requests, refuses new ones
      await worker?.stop(); // lets the current batch commit
      await database.close();
    })();
    return stopping;
  };
  return { role, app, worker, database, ctx, url, bootstrap, logger, ownerSetupUrl, stop };
}

/** The API and the worker in one process (`tenure start`, tests and benches). */
export async function startTenure(config: Config, options: RoleOptions = {}): Promise<Running> {
  return (await startRole('start', config, options)) as Running;
}
