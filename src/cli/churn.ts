import type { EvaluateCsvOptions } from '../modules/churn/index.ts';
import { COMMANDS } from './commands.ts';
import { type CommandSpec, commandUsage, type ParsedFlags, parseFlags, UsageError } from './flags.ts';

const CHURN = COMMANDS.filter((c) => c.path[0] === 'churn') as readonly CommandSpec[];
const spec = (name: string) => CHURN.find((c) => c.path[1] === name)!;

export const CHURN_HELP = CHURN.map(commandUsage).join('\n');

export { UsageError };

/** `tenure churn evaluate` options, checked against its declaration (commands.ts). */
export function churnOptions(argv: readonly string[]): EvaluateCsvOptions & { csv: string } {
  const flags = parseFlags(spec('evaluate').flags, argv);
  const testFraction = (flags['test-fraction'] as number | undefined) ?? 0.25;
  if (!(testFraction > 0 && testFraction < 1)) throw new UsageError('--test-fraction must be between 0 and 1');
  return {
    csv: flags.csv as string,
    label: flags.label as string,
    positive: (flags.positive as string | undefined) ?? 'yes',
    seed: (flags.seed as number | undefined) ?? 42,
    testFraction,
  };
}

/** `tenure churn train` options; the database flags are passed on to the database opener. */
export function trainOptions(flags: ParsedFlags): { account?: string; asOf?: Date } {
  const raw = flags['as-of'] as string | undefined;
  const asOf = raw === undefined ? undefined : new Date(raw);
  if (asOf && Number.isNaN(asOf.getTime())) throw new UsageError('--as-of must be an ISO 8601 time');
  const account = flags.account as string | undefined;
  return { ...(account && { account }), ...(asOf && { asOf }) };
}

/** Trains in the database: wired by tenure.ts (with the parsed database flags), so this file has no database code. */
export type TrainAccounts = (options: { account?: string; asOf?: Date }, flags: ParsedFlags) => Promise<string[]>;

async function evaluate(argv: readonly string[]): Promise<string> {
  const options = churnOptions(argv);
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(options.csv, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${options.csv}: ${e.code ?? e.message}`);
  });
  const { evaluateCsv, formatCsvEvaluation } = await import('../modules/churn/index.ts');
  return formatCsvEvaluation(evaluateCsv(text, options), options);
}

/** `tenure churn …`: returns the exit code; writes the report to `out` and one-line problems to `err`. */
export async function churnCommand(
  argv: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
  train?: TrainAccounts,
): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === '--help' || sub === '-h' || sub === 'help') {
    out(CHURN_HELP);
    return 0;
  }
  if ((sub === 'evaluate' || sub === 'train') && (rest.includes('--help') || rest.includes('-h'))) {
    out(commandUsage(spec(sub)));
    return 0;
  }
  try {
    if (sub === 'train' && train) {
      const flags = parseFlags(spec('train').flags, rest);
      for (const text of await train(trainOptions(flags), flags)) out(text);
      return 0;
    }
    if (sub !== 'evaluate') throw new UsageError(sub ? `unknown churn command "${sub}"` : 'missing churn command');
    out(await evaluate(rest));
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
