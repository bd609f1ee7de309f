import { migrate, openDatabase } from '../../src/db/index.ts';
import { buildApp } from '../../src/http/app.ts';
import { systemClock } from '../../src/kernel/clock.ts';

/** The document the server serves at /openapi.json, built in memory (no data folder, no port). */
export async function servedOpenApiDocument(): Promise<string> {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrate(database);
    const app = await buildApp({ db: database.db, engine: database.engine, clock: systemClock });
    const document = (await app.inject({ method: 'GET', url: '/openapi.json' })).body;
    await app.close();
    return document;
  } finally {
    await database.close();
  }
}
