import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { buildTemplate } from '../src/db/pglite-template.ts';

// Run by `npm install` (postinstall) and before the tests: prepares the migrated PGlite template so a first
// start or a test's fresh database opens in under a second. Failure only costs speed, never correctness.
const migrationsFolder = fileURLToPath(new URL('../src/db/migrations', import.meta.url));
try {
  const path = await buildTemplate((client) => migrate(drizzle({ client }), { migrationsFolder }));
  process.stdout.write(`PGlite template ready: ${path}\n`);
} catch (error) {
  process.stderr.write(
    `warning: could not prepare the PGlite template (${String(error)}); first start will be slower\n`,
  );
}
