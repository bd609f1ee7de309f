#!/usr/bin/env node
import { migrate, openDatabase } from '../db/index.ts';
import { buildDemo } from '../demo/index.ts';
import { reconcileAll } from '../flows/collection/index.ts';
import { systemClock } from '../kernel/clock.ts';
import { bootstrapDefaultAccount, createAccount, createApiKey } from '../modules/accounts/index.ts';
import { formatTrainingReport, trainAccountsChurn } from '../modules/churn/index.ts';
import { readConfig, startTenure } from '../server/index.ts';
import { churnCommand, type TrainAccounts } from './churn.ts';
import { formatReport, runStripeImport } from './import-stripe.ts';

const HELP = `tenure — subscriber management and subscription billing

Usage:
  tenure start                 run the API and the worker (migrates first)
  tenure migrate               apply database migrations and exit
  tenure keys create [--account acct_…] [--name NAME]
                               issue a new secret API key (printed once)
  tenure accounts create [--name NAME]
                               create another account (tenant) with its first key
  tenure reconcile             check every account's books to the minor unit (exit 1 on any difference)
  tenure import stripe --api-key sk_… [--account acct_…] [--dry-run] [--test-clock clock_…]
                               bring a Stripe account over (catalog, customers, cards, subscriptions);
                               re-runs import nothing twice; --stripe-host/--stripe-port/--stripe-protocol
                               point it at a Stripe-compatible server instead of api.stripe.com
  tenure demo [--customers 10000] [--months 24] [--seed 7]
                               build a demo IPTV provider through the API on a test clock (new account)
  tenure churn evaluate --csv FILE --label COLUMN [--positive yes] [--seed 42] [--test-fraction 0.25]
                               train and compare the churn models on a labelled CSV (no database)
  tenure churn train [--account acct_…] [--as-of ISO-TIME]
                               retrain an account's churn model now (or at a test clock's time), print its validation

Configuration (flag or environment variable):
  --port PORT                  PORT             listen port (default 3000)
  --host HOST                  HOST             listen address (default 127.0.0.1)
  --data-dir DIR               TENURE_DATA_DIR  embedded PGlite data folder (default ./data)
  --database-url URL           DATABASE_URL     use PostgreSQL instead of PGlite
  --api-key sk_…               TENURE_API_KEY   key the first start installs for the default account
  --log-level LEVEL            TENURE_LOG_LEVEL info | debug | warn | error | silent
  --stripe-secret-key sk_…     STRIPE_SECRET_KEY enables the stripe gateway (tokens cus_…|pm_…)
`;

function flag(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function withDatabase<T>(argv: string[], work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>) {
  const config = readConfig(argv, process.env);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(database);
    return await work(database);
  } finally {
    await database.close();
  }
}

async function start(argv: string[]) {
  const config = readConfig(argv, process.env);
  const running = await startTenure(config);
  const where = config.databaseUrl ? 'PostgreSQL' : `embedded PGlite (${config.dataDir})`;
  process.stdout.write(`Tenure is running at ${running.url} on ${where}\n`);
  process.stdout.write(`Console: ${running.url}/console   Portal: ${running.url}/portal\n`);
  process.stdout.write(`API reference: ${running.url}/docs   OpenAPI: ${running.url}/openapi.json\n`);
  if (running.bootstrap.issuedKey) {
    process.stdout.write(`API key (shown once, store it now): ${running.bootstrap.issuedKey.secret}\n`);
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      running.app.log.info({ signal }, 'shutting down');
      // A request or batch that never finishes must not keep a stopping process alive forever.
      setTimeout(() => {
        running.app.log.error({ signal }, 'shutdown took over 30 s; exiting');
        process.exit(1);
      }, 30_000).unref();
      running.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

async function main(argv: string[]) {
  const [command, sub] = argv;
  if (command === 'churn') {
    const write = (stream: NodeJS.WriteStream) => (text: string) => void stream.write(text);
    const train: TrainAccounts = (options) =>
      withDatabase(argv.slice(2), async ({ db, engine }) => {
        const ctx = { db, engine, clock: systemClock };
        const asOf = options.asOf ?? new Date(systemClock.now().epochMilliseconds);
        const trained = await trainAccountsChurn(ctx, asOf, options.account);
        return trained.map((t) => formatTrainingReport(t.accountId, t.report));
      });
    process.exitCode = await churnCommand(argv.slice(1), write(process.stdout), write(process.stderr), train);
    return;
  }
  if (command === 'start' || command === undefined) return start(argv.slice(1));
  if (command === 'migrate') {
    await withDatabase(argv.slice(1), async () => undefined);
    process.stdout.write('Migrations applied.\n');
    return;
  }
  if (command === 'keys' && sub === 'create') {
    const key = await withDatabase(argv.slice(2), async ({ db }) => {
      const accountId = flag(argv, 'account') ?? (await bootstrapDefaultAccount(db, systemClock.now())).account.id;
      return createApiKey(db, accountId, systemClock.now(), { name: flag(argv, 'name') });
    });
    process.stdout.write(`${key.secret}\n`);
    return;
  }
  if (command === 'demo') {
    const result = await withDatabase(argv.slice(1), ({ db, engine }) =>
      buildDemo(
        { db, engine, clock: systemClock },
        {
          customers: Number(flag(argv, 'customers') ?? 10000),
          months: Number(flag(argv, 'months') ?? 24),
          seed: Number(flag(argv, 'seed') ?? 7),
        },
      ),
    );
    process.stdout.write(
      `Demo account ${result.accountId}: ${result.customers} subscribers, ${result.active} active (test clock ${result.clock}).\nAPI key: ${result.key}\n`,
    );
    return;
  }
  if (command === 'import' && sub === 'stripe') {
    const apiKey = flag(argv, 'api-key') ?? process.env.STRIPE_SECRET_KEY;
    if (!apiKey) throw new Error('--api-key sk_… (or STRIPE_SECRET_KEY) is required');
    const port = flag(argv, 'stripe-port');
    // --dry-run takes no value; the configuration reader would take the next flag as one.
    const report = await withDatabase(
      argv.slice(2).filter((a) => a !== '--dry-run'),
      ({ db, engine }) =>
        runStripeImport(
          { db, engine, clock: systemClock },
          {
            apiKey,
            account: flag(argv, 'account'),
            dryRun: argv.includes('--dry-run'),
            testClock: flag(argv, 'test-clock'),
            stripeHost: flag(argv, 'stripe-host'),
            stripePort: port ? Number(port) : undefined,
            stripeProtocol: flag(argv, 'stripe-protocol') as 'http' | 'https' | undefined,
          },
        ),
    );
    process.stdout.write(`${formatReport(report)}\n`);
    if (report.problems.length > 0) process.exitCode = 1;
    return;
  }
  if (command === 'reconcile') {
    const results = await withDatabase(argv.slice(1), ({ db }) => reconcileAll(db));
    for (const { accountId, problems } of results) {
      process.stdout.write(
        `${accountId}: ${problems.length === 0 ? 'balanced' : `${problems.length} difference(s)`}\n`,
      );
      for (const p of problems) process.stdout.write(`  ${p}\n`);
    }
    if (results.some((r) => r.problems.length > 0)) process.exitCode = 1;
    return;
  }
  if (command === 'accounts' && sub === 'create') {
    const out = await withDatabase(argv.slice(2), async ({ db }) => {
      const account = await createAccount(db, systemClock.now(), { name: flag(argv, 'name') ?? 'Account' });
      return { account, key: await createApiKey(db, account.id, systemClock.now(), { name: 'default' }) };
    });
    process.stdout.write(`${out.account.id} ${out.key.secret}\n`);
    return;
  }
  process.stdout.write(HELP);
  if (command !== 'help' && command !== '--help') process.exitCode = 2;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`tenure: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
