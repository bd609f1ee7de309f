import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type OpenApi, openApiToTs } from './lib/openapi-to-ts.ts';
import { servedOpenApiDocument } from './lib/served-document.ts';

// The web apps' client is typed from the document the server serves: regenerate after changing a route
// (`npm run web:types`); `--check` fails when the committed file is stale (test/web/api-types.test.ts runs it).
export const API_TYPES_FILE = join(import.meta.dirname, '../web/shared/api-types.gen.ts');

export async function generateApiTypes(): Promise<string> {
  return openApiToTs(JSON.parse(await servedOpenApiDocument()) as OpenApi);
}

if (import.meta.main) {
  const fresh = await generateApiTypes();
  if (process.argv.includes('--check')) {
    const stale = readFileSync(API_TYPES_FILE, 'utf8') !== fresh;
    process.stdout.write(stale ? 'web/shared/api-types.gen.ts is stale: run npm run web:types\n' : 'up to date\n');
    process.exit(stale ? 1 : 0);
  }
  writeFileSync(API_TYPES_FILE, fresh);
  process.stdout.write(`wrote ${API_TYPES_FILE}\n`);
}
