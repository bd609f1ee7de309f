#!/usr/bin/env node
/**
 * `tenure`: parses the command line against its declaration (commands.ts) first, and only then loads the code
 * that opens a database — so `--help` and a mistyped flag answer at once and touch no data.
 */
import { enableCompileCache } from 'node:module';
import { registerFastResolve } from '../server/fast-resolve.ts';
import { COMMANDS, TITLE } from './commands.ts';
import { asArgv, type ParsedFlags, parseCommandLine } from './flags.ts';
import type { Role } from './run-server.ts';

type Runner = (flags: ParsedFlags, flagArgv: string[]) => Promise<void>;

async function withDatabase<T>(flagArgv: string[], work: (database: import('../db/index.ts').Database) => Promise<T>) {
  const [{ migrate, openDatabase }, { readConfig }] = await Promise.all([
    import('../db/index.ts'),
    import('../server/config.ts'),
  ]);
  const config = readConfig(flagArgv, process.env);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(database);
    return await work(database);
  } finally {
    await database.close();
  }
}

const now = async () => (await import('../kernel/clock.ts')).systemClock;
const text = (flags: ParsedFlags, name: string) => flags[name] as string | undefined;
const serve =
  (role: Role): Runner =>
  async (_flags, flagArgv) =>
    (await import('./run-server.ts')).runServer(role, flagArgv);

const RUNNERS: Record<string, Runner> = {
  start: serve('start'),
  api: serve('api'),
  worker: serve('worker'),
  async migrate(_flags, flagArgv) {
    await withDatabase(flagArgv, async () => undefined);
    process.stdout.write('Migrations applied.\n');
  },
  async 'keys create'(flags, flagArgv) {
    const { bootstrapDefaultAccount, createApiKey } = await import('../modules/accounts/index.ts');
    const clock = await now();
    const key = await withDatabase(flagArgv, async ({ db }) => {
      const accountId = text(flags, 'account') ?? (await bootstrapDefaultAccount(db, clock.now())).account.id;
      return createApiKey(db, accountId, clock.now(), { name: text(flags, 'name') });
    });
    process.stdout.write(`${key.secret}\n`);
  },
  async 'accounts create'(flags, flagArgv) {
    const { createAccount, createApiKey } = await import('../modules/accounts/index.ts');
    const clock = await now();
    const out = await withDatabase(flagArgv, async ({ db }) => {
      const account = await createAccount(db, clock.now(), { name: text(flags, 'name') ?? 'Account' });
      return { account, key: await createApiKey(db, account.id, clock.now(), { name: 'default' }) };
    });
    process.stdout.write(`${out.account.id} ${out.key.secret}\n`);
  },
  async reconcile(_flags, flagArgv) {
    const { reconcileAll } = await import('../flows/collection/index.ts');
    const results = await withDatabase(flagArgv, ({ db }) => reconcileAll(db));
    for (const { accountId, problems } of results) {
      const state = problems.length === 0 ? 'balanced' : `${problems.length} difference(s)`;
      process.stdout.write(`${accountId}: ${state}\n`);
      for (const p of problems) process.stdout.write(`  ${p}\n`);
    }
    if (results.some((r) => r.problems.length > 0)) process.exitCode = 1;
  },
  async demo(flags, flagArgv) {
    const { buildDemo } = await import('../demo/index.ts');
    const clock = await now();
    const options = {
      customers: (flags.customers as number | undefined) ?? 10000,
      months: (flags.months as number | undefined) ?? 24,
      seed: (flags.seed as number | undefined) ?? 7,
    };
    const result = await withDatabase(flagArgv, ({ db, engine }) => buildDemo({ db, engine, clock }, options));
    process.stdout.write(
      `Demo account ${result.accountId}: ${result.customers} subscribers, ${result.active} active (test clock ${result.clock}).\nAPI key: ${result.key}\n`,
    );
  },
  async 'import stripe'(flags, flagArgv) {
    const apiKey = text(flags, 'api-key') ?? process.env.STRIPE_SECRET_KEY;
    if (!apiKey) {
      usageError('import stripe', '--api-key sk_… (or STRIPE_SECRET_KEY) is required');
      return;
    }
    const { formatReport, runStripeImport } = await import('./import-stripe.ts');
    const clock = await now();
    const report = await withDatabase(flagArgv, ({ db, engine }) =>
      runStripeImport(
        { db, engine, clock },
        {
          apiKey,
          account: text(flags, 'account'),
          dryRun: flags['dry-run'] === true,
          testClock: text(flags, 'test-clock'),
          stripeHost: text(flags, 'stripe-host'),
          stripePort: flags['stripe-port'] as number | undefined,
          stripeProtocol: flags['stripe-protocol'] as 'http' | 'https' | undefined,
        },
      ),
    );
    process.stdout.write(`${formatReport(report)}\n`);
    if (report.problems.length > 0) process.exitCode = 1;
  },
};

function usageError(where: string, message: string) {
  process.stderr.write(
    `tenure${where ? ` ${where}` : ''}: ${message} (see tenure ${where ? `${where} ` : ''}--help)\n`,
  );
  process.exitCode = 2;
}

async function churn(argv: string[]) {
  const { churnCommand } = await import('./churn.ts');
  const write = (stream: NodeJS.WriteStream) => (t: string) => void stream.write(t);
  process.exitCode = await churnCommand(argv.slice(1), write(process.stdout), write(process.stderr), (options, flags) =>
    withDatabase(asArgv(flags, COMMANDS.find((c) => c.path.join(' ') === 'churn train')!.flags), async (database) => {
      const [{ systemClock }, { formatTrainingReport, trainAccountsChurn }] = await Promise.all([
        import('../kernel/clock.ts'),
        import('../modules/churn/index.ts'),
      ]);
      const ctx = { db: database.db, engine: database.engine, clock: systemClock };
      const asOf = options.asOf ?? new Date(systemClock.now().epochMilliseconds);
      const trained = await trainAccountsChurn(ctx, asOf, options.account);
      return trained.map((t) => formatTrainingReport(t.accountId, t.report));
    }),
  );
}

async function main(argv: string[]) {
  if (argv[0] === 'churn') return churn(argv);
  const parsed = parseCommandLine(COMMANDS, argv.length === 0 ? ['start'] : argv, TITLE);
  if (parsed.kind === 'help') {
    process.stdout.write(parsed.text);
    return;
  }
  if (parsed.kind === 'error') {
    return usageError(parsed.command?.path.join(' ') ?? '', parsed.message);
  }
  const name = parsed.command.path.join(' ');
  await RUNNERS[name]!(parsed.flags, asArgv(parsed.flags, parsed.command.flags));
}

// V8's compiled code for Tenure's modules and its dependencies, kept between runs (in the OS temp folder): a
// restart then skips most of the parsing and compiling that module loading is.
enableCompileCache();
registerFastResolve();

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`tenure: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
