import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { servedOpenApiDocument } from './lib/served-document.ts';

// CI: the document the server serves at /openapi.json, linted by Redocly's recommended rules; any error or warning
// fails the run (Redocly itself fails only on errors).
const document = await servedOpenApiDocument();

const dir = mkdtempSync(join(tmpdir(), 'tenure-openapi-'));
const file = join(dir, 'openapi.json');
writeFileSync(file, document);
const lint = spawnSync(
  process.execPath,
  [
    join(import.meta.dirname, '../node_modules/@redocly/cli/bin/cli.js'),
    'lint',
    file,
    '--extends=recommended',
    '--format=json',
  ],
  { encoding: 'utf8' },
);
rmSync(dir, { recursive: true, force: true });
const report = JSON.parse(lint.stdout) as {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
};
for (const p of report.problems)
  process.stdout.write(`${p.severity} ${p.ruleId}: ${p.message} (${p.location[0]?.pointer})\n`);
process.stdout.write(
  `openapi lint (Redocly recommended): ${report.totals.errors} errors, ${report.totals.warnings} warnings\n`,
);
process.exit(report.totals.errors + report.totals.warnings > 0 ? 1 : 0);
