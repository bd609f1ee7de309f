import { readFile } from 'node:fs/promises';
import { type EvaluateCsvOptions, evaluateCsv, formatCsvEvaluation } from '../modules/churn/index.ts';

export const CHURN_HELP = `Usage: tenure churn evaluate --csv FILE --label COLUMN [--positive yes] [--seed 42] [--test-fraction 0.25]
       tenure churn train [--account acct_…] [--as-of 2026-06-01T00:00:00Z]

evaluate  trains gradient-boosted trees and an L2 logistic-regression baseline on a labelled CSV (every column
          but the label is a feature: numbers as they are, anything else one-hot), holds out a seeded stratified
          test share, and prints AUC, precision and recall in the top decile, calibration by decile and the top
          features of both. No database.
train     retrains the churn model of one account (or all) from its own history as of a time (default now; a
          test clock's time for demo data), stores the scores and prints the 90-day validation of both models.
`;

const FLAGS = ['csv', 'label', 'positive', 'seed', 'test-fraction'] as const;
const TRAIN_FLAGS = ['account', 'as-of', 'data-dir', 'database-url'] as const;
type Flag = (typeof FLAGS)[number];

/** A usage problem: the CLI prints its message on one line and exits 2, before reading any data. */
export class UsageError extends Error {}

/** Parses `--name value` and `--name=value`; unknown flags, repeats and stray words are usage errors. */
export function parseChurnFlags<F extends string = Flag>(
  argv: readonly string[],
  known: readonly F[] = FLAGS as unknown as readonly F[],
): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!(known as readonly string[]).includes(name)) throw new UsageError(`unknown flag --${name}`);
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`--${name} needs a value`);
    }
    if (out[name as F] !== undefined) throw new UsageError(`--${name} given twice`);
    out[name as F] = value;
  }
  return out;
}

function number(value: string | undefined, name: string, fallback: number, valid: (n: number) => boolean): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !valid(n))
    throw new UsageError(`--${name} must be ${name === 'seed' ? 'an integer' : 'between 0 and 1'}`);
  return n;
}

export function churnOptions(argv: readonly string[]): EvaluateCsvOptions & { csv: string } {
  const flags = parseChurnFlags(argv);
  if (!flags.csv) throw new UsageError('--csv FILE is required');
  if (!flags.label) throw new UsageError('--label COLUMN is required');
  return {
    csv: flags.csv,
    label: flags.label,
    positive: flags.positive ?? 'yes',
    seed: number(flags.seed, 'seed', 42, Number.isSafeInteger),
    testFraction: number(flags['test-fraction'], 'test-fraction', 0.25, (n) => n > 0 && n < 1),
  };
}

/** `tenure churn train` options; the database flags are passed on to the database opener. */
export function trainOptions(argv: readonly string[]): { account?: string; asOf?: Date } {
  const flags = parseChurnFlags(argv, TRAIN_FLAGS);
  const asOf = flags['as-of'] === undefined ? undefined : new Date(flags['as-of']);
  if (asOf && Number.isNaN(asOf.getTime())) throw new UsageError('--as-of must be an ISO 8601 time');
  return { ...(flags.account && { account: flags.account }), ...(asOf && { asOf }) };
}

/** Trains in the database: wired by tenure.ts, so this file stays free of database code. */
export type TrainAccounts = (options: { account?: string; asOf?: Date }) => Promise<string[]>;

/** `tenure churn …`: returns the exit code; writes the report to `out` and one-line problems to `err`. */
export async function churnCommand(
  argv: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
  train?: TrainAccounts,
): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === '--help' || sub === 'help' || rest.includes('--help') || rest.includes('-h')) {
    out(CHURN_HELP);
    return 0;
  }
  try {
    if (sub === 'train' && train) {
      for (const text of await train(trainOptions(rest))) out(text);
      return 0;
    }
    if (sub !== 'evaluate') throw new UsageError(sub ? `unknown churn command "${sub}"` : 'missing churn command');
    const options = churnOptions(rest);
    const text = await readFile(options.csv, 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read ${options.csv}: ${e.code ?? e.message}`);
    });
    out(formatCsvEvaluation(evaluateCsv(text, options), options));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err(`tenure churn: ${error.message} (see tenure churn --help)\n`);
      return 2;
    }
    if (error instanceof RangeError) {
      err(`tenure churn: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
