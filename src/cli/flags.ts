/**
 * The command line's grammar as data: each command declares its flags once (name, type, help), and one pure
 * parser checks an argv against that declaration before any database, data folder or network is touched.
 */

export type FlagType = 'string' | 'integer' | 'number' | 'boolean' | readonly string[];

export type FlagSpec = {
  name: string;
  type: FlagType;
  help: string;
  /** The value's placeholder in the usage (`--port PORT`). */
  value?: string;
  /** The environment variable that stands in for the flag (shown in the usage). */
  env?: string;
  required?: boolean;
};

export type CommandSpec = {
  /** The words that name it: `['keys', 'create']`. */
  path: readonly string[];
  /** The synopsis after `tenure …` (optional flags in brackets). */
  synopsis: string;
  summary: string;
  flags: readonly FlagSpec[];
};

export type FlagValue = string | number | boolean;
export type ParsedFlags = Readonly<Record<string, FlagValue>>;

/** A usage problem: the CLI prints its message on one line and exits 2, before reading any data. */
export class UsageError extends Error {}

export type Parsed =
  | { kind: 'help'; text: string }
  | { kind: 'run'; command: CommandSpec; flags: ParsedFlags }
  | { kind: 'error'; message: string; command?: CommandSpec };

function convert(flag: FlagSpec, raw: string): FlagValue {
  const { type, name } = flag;
  if (type === 'string') return raw;
  if (type === 'boolean') {
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
    throw new UsageError(`--${name} takes no value, or true or false`);
  }
  if (Array.isArray(type)) {
    if (!type.includes(raw)) throw new UsageError(`--${name} must be one of ${type.join(', ')}`);
    return raw;
  }
  const n = Number(raw);
  const valid = raw.trim() !== '' && (type === 'integer' ? Number.isSafeInteger(n) : Number.isFinite(n));
  if (!valid) throw new UsageError(`--${name} must be ${type === 'integer' ? 'an integer' : 'a number'}, got "${raw}"`);
  return n;
}

/** Parses `--name value`, `--name=value` and bare boolean `--name` against `flags`; throws UsageError. */
export function parseFlags(flags: readonly FlagSpec[], argv: readonly string[]): ParsedFlags {
  const out: Record<string, FlagValue> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const flag = flags.find((f) => f.name === name);
    if (!flag) throw new UsageError(`unknown flag --${name}`);
    let raw = inline;
    if (raw === undefined && flag.type === 'boolean') raw = 'true';
    raw ??= argv[++i];
    if (raw === undefined || (inline === undefined && raw.startsWith('--'))) {
      throw new UsageError(`--${name} needs a value`);
    }
    if (out[name] !== undefined) throw new UsageError(`--${name} given twice`);
    out[name] = convert(flag, raw);
  }
  const missing = flags.find((f) => f.required && out[f.name] === undefined);
  if (missing) throw new UsageError(`--${missing.name} ${missing.value ?? 'VALUE'} is required`);
  return out;
}

/** The `tenure <command> --help` text: synopsis, summary, then one line per flag. */
export function commandUsage(command: CommandSpec): string {
  const rows = command.flags.map((f) => {
    const left = `  --${f.name}${f.type === 'boolean' ? '' : ` ${f.value ?? 'VALUE'}`}`;
    return `${left.padEnd(30)} ${f.env ? `${f.env.padEnd(18)} ` : ''}${f.help}`;
  });
  const flags = rows.length ? `\nFlags (a flag wins over its environment variable):\n${rows.join('\n')}\n` : '';
  return `${`Usage: tenure ${command.path.join(' ')} ${command.synopsis}`.trimEnd()}\n\n${command.summary}\n${flags}`;
}

/** The overview: every command's synopsis and summary. */
export function overview(title: string, commands: readonly CommandSpec[]): string {
  const firstSentence = (text: string) => text.replaceAll('\n', ' ').split(/(?<=\.)\s/)[0];
  const lines = commands.map(
    (c) => `${`  tenure ${c.path.join(' ')} ${c.synopsis}`.trimEnd()}\n      ${firstSentence(c.summary)}`,
  );
  return `${title}\n\nUsage:\n${lines.join('\n')}\n\nRun tenure COMMAND --help for a command's flags.\n`;
}

const wantsHelp = (argv: readonly string[]) => argv.some((a) => a === '--help' || a === '-h');

/**
 * Finds the command named by the leading words of argv and parses the rest. `--help`/`-h` anywhere gives that
 * command's usage (or, for a group such as `keys`, the usage of its subcommands).
 */
export function parseCommandLine(commands: readonly CommandSpec[], argv: readonly string[], title: string): Parsed {
  const command = commands
    .filter((c) => c.path.every((word, i) => argv[i] === word))
    .sort((a, b) => b.path.length - a.path.length)[0];
  if (!command) {
    const group = commands.filter((c) => c.path[0] === argv[0]);
    if (argv[0] === undefined || argv[0] === 'help' || (group.length === 0 && wantsHelp(argv.slice(0, 1))))
      return { kind: 'help', text: overview(title, commands) };
    if (group.length === 0) return { kind: 'error', message: `unknown command "${argv[0]}"` };
    if (wantsHelp(argv)) return { kind: 'help', text: group.map(commandUsage).join('\n') };
    const sub = argv[1];
    return { kind: 'error', message: sub ? `unknown ${argv[0]} command "${sub}"` : `missing ${argv[0]} command` };
  }
  const rest = argv.slice(command.path.length);
  if (wantsHelp(rest)) return { kind: 'help', text: commandUsage(command) };
  try {
    return { kind: 'run', command, flags: parseFlags(command.flags, rest) };
  } catch (error) {
    if (error instanceof UsageError) return { kind: 'error', message: error.message, command };
    throw error;
  }
}

/** Flags back as `--name=value` words, for readers that take an argv (the server configuration). */
export function asArgv(flags: ParsedFlags, names: readonly FlagSpec[]): string[] {
  return names.filter((f) => flags[f.name] !== undefined).map((f) => `--${f.name}=${flags[f.name]}`);
}
