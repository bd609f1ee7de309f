import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COMMANDS, TITLE } from './commands.ts';
import { type FlagSpec, parseCommandLine, parseFlags } from './flags.ts';

const FLAGS: FlagSpec[] = [
  { name: 'name', type: 'string', value: 'NAME', help: '' },
  { name: 'count', type: 'integer', value: 'N', help: '' },
  { name: 'share', type: 'number', value: 'F', help: '' },
  { name: 'dry-run', type: 'boolean', help: '' },
  { name: 'protocol', type: ['http', 'https'], help: '' },
  { name: 'csv', type: 'string', value: 'FILE', help: '', required: true },
];

test('parseFlags: values typed by their declaration; every problem is one UsageError message', () => {
  const cases: Array<[string[], Record<string, unknown> | string]> = [
    [['--csv', 'a'], { csv: 'a' }],
    [['--csv=a=b', '--name', 'x y'], { csv: 'a=b', name: 'x y' }],
    [['--csv', 'a', '--count', '12', '--share=0.5'], { csv: 'a', count: 12, share: 0.5 }],
    [['--csv', 'a', '--dry-run'], { csv: 'a', 'dry-run': true }],
    [['--dry-run', '--csv', 'a'], { csv: 'a', 'dry-run': true }],
    [['--csv', 'a', '--dry-run=false'], { csv: 'a', 'dry-run': false }],
    [['--csv', 'a', '--protocol', 'http'], { csv: 'a', protocol: 'http' }],
    [['--csv', 'a', '--bogus', '1'], 'unknown flag --bogus'],
    [['--csv', 'a', '--count', 'abc'], '--count must be an integer, got "abc"'],
    [['--csv', 'a', '--count', '1.5'], '--count must be an integer, got "1.5"'],
    [['--csv', 'a', '--count', ''], '--count must be an integer, got ""'],
    [['--csv', 'a', '--share', 'half'], '--share must be a number, got "half"'],
    [['--csv', 'a', '--name'], '--name needs a value'],
    [['--name', '--csv', 'a'], '--name needs a value'],
    [['--csv', 'a', '--csv', 'b'], '--csv given twice'],
    [['--csv', 'a', 'stray'], 'unexpected argument "stray"'],
    [['--csv', 'a', '--protocol', 'ftp'], '--protocol must be one of http, https'],
    [['--csv', 'a', '--dry-run=maybe'], '--dry-run takes no value, or true or false'],
    [['--name', 'x'], '--csv FILE is required'],
  ];
  for (const [argv, expected] of cases) {
    if (typeof expected === 'string')
      assert.throws(() => parseFlags(FLAGS, argv), { message: expected }, argv.join(' '));
    else assert.deepEqual(parseFlags(FLAGS, argv), expected, argv.join(' '));
  }
});

test('parseCommandLine: the command is found by its words; --help anywhere gives its usage', () => {
  const parse = (...argv: string[]) => parseCommandLine(COMMANDS, argv, TITLE);
  const cases: Array<[string[], string, RegExp | string]> = [
    [['demo', '--help'], 'help', /^Usage: tenure demo \[--customers 10000\]/],
    [['demo', '--customers', '5', '-h'], 'help', /^Usage: tenure demo/],
    [['keys', '--help'], 'help', /^Usage: tenure keys create/],
    [['help'], 'help', /^tenure — subscriber management/],
    [['--help'], 'help', /^tenure — subscriber management/],
    [['nope'], 'error', 'unknown command "nope"'],
    [['keys'], 'error', 'missing keys command'],
    [['keys', 'delete'], 'error', 'unknown keys command "delete"'],
    [['demo', '--bogus'], 'error', 'unknown flag --bogus'],
    [['worker', '--port', '0'], 'error', 'unknown flag --port'],
    [['api', '--worker-poll-ms', '5'], 'error', 'unknown flag --worker-poll-ms'],
    [['start', '--port', 'eighty'], 'error', '--port must be an integer, got "eighty"'],
    [['import', 'stripe', '--stripe-protocol', 'ftp'], 'error', '--stripe-protocol must be one of http, https'],
  ];
  for (const [argv, kind, expected] of cases) {
    const parsed = parse(...argv);
    assert.equal(parsed.kind, kind, argv.join(' '));
    const text = parsed.kind === 'help' ? parsed.text : parsed.kind === 'error' ? parsed.message : '';
    if (typeof expected === 'string') assert.equal(text, expected, argv.join(' '));
    else assert.match(text, expected, argv.join(' '));
  }
  const run = parse('import', 'stripe', '--api-key', 'sk_x', '--dry-run', '--stripe-port', '12');
  assert.ok(run.kind === 'run');
  assert.deepEqual(run.flags, { 'api-key': 'sk_x', 'dry-run': true, 'stripe-port': 12 });
});

test('every command declares each flag once and has usage text naming all its flags', () => {
  for (const command of COMMANDS) {
    const names = command.flags.map((f) => f.name);
    assert.equal(new Set(names).size, names.length, command.path.join(' '));
    const help = parseCommandLine(COMMANDS, [...command.path, '--help'], TITLE);
    assert.ok(help.kind === 'help');
    for (const name of names)
      assert.match(help.text, new RegExp(`--${name}\\b`), `${command.path.join(' ')} --${name}`);
  }
});
