import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Logger } from 'pino';
import type { AppContext } from '../../src/context.ts';
import { type Database, migrate, openDatabase } from '../../src/db/index.ts';
import { reconcileAll } from '../../src/flows/collection/index.ts';
import type { AbuseLimitOptions } from '../../src/http/abuse/abuse-limits.ts';
import { buildApp } from '../../src/http/app.ts';
import { type Clock, systemClock } from '../../src/kernel/clock.ts';
import { bootstrapDefaultAccount, createAccount, createApiKey } from '../../src/modules/accounts/index.ts';
import { dueWorkSources } from '../../src/server/due-work-sources.ts';
import { createLogger } from '../../src/server/logger.ts';
import { type DueWorkSource, Worker } from '../../src/worker/index.ts';
import { installTransactionFreeGateway, type TransactionFreeGateway } from './asserting-gateway.ts';
import { freshDatabaseUrl } from './database.ts';
import { responseValidator } from './response-validator.ts';

export type Call = {
  body?: unknown;
  key?: string;
  headers?: Record<string, string>;
  query?: string;
};

export type Harness = {
  app: FastifyInstance;
  ctx: AppContext;
  database: Database;
  /** The fresh PostgreSQL database's URL (undefined on PGlite). */
  databaseUrl: string | undefined;
  /** The sandbox gateway, checking that no transaction of ours is open during any charge. */
  gateway: TransactionFreeGateway;
  worker: Worker;
  key: string;
  accountId: string;
  call(method: InjectOptions['method'], url: string, options?: Call): Promise<LightMyRequestResponse & { json(): any }>;
  /** A second tenant, for isolation tests. */
  otherAccount(): Promise<{ accountId: string; key: string }>;
  /** Runs the worker until no work is due (test clocks advanced, due work done). */
  settle(): Promise<void>;
  close(): Promise<void>;
};

/** The real app on a fresh database, driven through Fastify's inject (no socket), worker run by hand. */
export async function startHarness(
  options: {
    clock?: Clock;
    sources?: DueWorkSource[];
    stripeWebhookSecret?: string;
    abuseLimits?: Partial<AbuseLimitOptions>;
    trustProxy?: boolean | string;
    /** A logger for the app and the worker (default: silent, or debug lines with TENURE_TEST_LOGS=1). */
    logger?: Logger;
  } = {},
): Promise<Harness> {
  const fresh = await freshDatabaseUrl();
  const database = await openDatabase({ databaseUrl: fresh.databaseUrl, dataDir: 'memory://' });
  await migrate(database);
  const gateway = installTransactionFreeGateway(database);
  // Test receivers listen on 127.0.0.1, so the harness allows private webhook URLs (production does not).
  const ctx: AppContext = {
    db: database.db,
    engine: database.engine,
    clock: options.clock ?? systemClock,
    allowPrivateWebhookUrls: true,
  };
  const boot = await bootstrapDefaultAccount(ctx.db, ctx.clock.now());
  const logger = options.logger ?? (process.env.TENURE_TEST_LOGS ? createLogger('debug') : undefined);
  const worker = new Worker(ctx, options.sources ?? dueWorkSources(), { pollMs: 50, ...(logger && { logger }) });
  const app = await buildApp(ctx, {
    worker,
    logger,
    stripeWebhookSecret: options.stripeWebhookSecret,
    abuseLimits: options.abuseLimits,
    trustProxy: options.trustProxy,
  });
  const key = boot.issuedKey!.secret;
  const checkResponse = await responseValidator(app);
  return {
    app,
    ctx,
    database,
    databaseUrl: fresh.databaseUrl,
    gateway,
    worker,
    key,
    accountId: boot.account.id,
    async call(method, url, call = {}) {
      const headers: Record<string, string> = {
        ...(call.key !== '' && { authorization: `Bearer ${call.key ?? key}` }),
        ...call.headers,
      };
      const response = await app.inject({
        method,
        url,
        headers,
        ...(call.body !== undefined && { payload: call.body as object }),
      });
      assertErrorsAreProblems(method, url, response);
      const mismatch = checkResponse(String(method), url, response);
      if (mismatch) throw new Error(`response does not match /openapi.json: ${mismatch}`);
      return response as LightMyRequestResponse & { json(): any };
    },
    async otherAccount() {
      const account = await createAccount(ctx.db, ctx.clock.now(), { name: 'Other' });
      const issued = await createApiKey(ctx.db, account.id, ctx.clock.now());
      return { accountId: account.id, key: issued.secret };
    },
    settle: () => worker.drain(),
    async close() {
      await worker.stop();
      // Every scenario must leave the books balanced, to the minor unit (issue #4's reconciliation).
      const books = (await reconcileAll(ctx.db)).filter((r) => r.problems.length > 0);
      await app.close();
      await database.close();
      await fresh.drop();
      if (books.length > 0) throw new Error(`reconciliation failed: ${JSON.stringify(books, null, 2)}`);
      if (gateway.violations.length > 0) throw new Error(`gateway called inside a transaction: ${gateway.violations}`);
    },
  };
}

/** The suite-wide rule: every error answer, whatever the test expects of it, is problem+json with a code. */
function assertErrorsAreProblems(method: unknown, url: string, response: LightMyRequestResponse): void {
  if (response.statusCode < 400) return;
  const type = String(response.headers['content-type']);
  // Hosted pages a browser opens from an e-mail answer their errors as a page (documented as text/html).
  if (type.startsWith('text/html') && /^\/(pay|unsubscribe)\//.test(url)) return;
  const body = type.startsWith('application/problem+json')
    ? (response.json() as { code?: unknown; status?: unknown })
    : null;
  if (!body || typeof body.code !== 'string' || body.status !== response.statusCode) {
    throw new Error(
      `${String(method)} ${url} answered ${response.statusCode} without a problem+json code: ${response.body}`,
    );
  }
}

/** Asserts a problem+json response and returns it. */
export function problem(response: LightMyRequestResponse, status: number, code?: string) {
  const body = response.json() as { code: string; status: number; param?: string; request_id?: string };
  if (
    response.statusCode !== status ||
    !String(response.headers['content-type']).startsWith('application/problem+json') ||
    (code && body.code !== code)
  ) {
    throw new Error(
      `expected ${status} problem${code ? ` ${code}` : ''}, got ${response.statusCode} ${response.headers['content-type']}: ${response.body}`,
    );
  }
  return body;
}
