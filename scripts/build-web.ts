import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// Builds the console and portal (web/) into web/dist, run by `npm install` (postinstall) and before the tests.
// A hash of the sources is kept beside the build, so an unchanged tree is not built again (0.1 s instead of ~6 s).
const ROOT = join(import.meta.dirname, '..');
const WEB = join(ROOT, 'web');
const DIST = join(WEB, 'dist');
const STAMP = join(DIST, '.source-hash');
// Besides web/ itself: the server code the apps import, and the lock file that pins React, Vite and the rest.
const ALSO = ['src/kernel/currency.ts', 'src/modules/segments/core/fields.ts', 'package-lock.json'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'dist' || entry.name === 'node_modules' ? [] : sourceFiles(path);
    return [path];
  });
}

export function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of [...sourceFiles(WEB), ...ALSO.map((f) => join(ROOT, f))].sort()) {
    hash.update(relative(ROOT, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

export async function buildWeb(options: { force?: boolean } = {}): Promise<'built' | 'up to date' | 'skipped'> {
  const hash = sourceHash();
  if (!options.force && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) return 'up to date';
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    return 'skipped'; // installed without dev dependencies: serve whatever build is there
  }
  await vite.build({ configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn' });
  writeFileSync(STAMP, hash);
  return 'built';
}

if (import.meta.main) {
  const started = performance.now();
  const outcome = await buildWeb({ force: process.argv.includes('--force') });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    outcome === 'skipped'
      ? 'web: Vite is not installed (npm install without dev dependencies); the console and portal are not built\n'
      : `web: console and portal ${outcome} (${seconds} s)\n`,
  );
}
