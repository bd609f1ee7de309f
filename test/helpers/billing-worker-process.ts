/**
 * A worker process for the multi-worker test: claims and renews due subscriptions on the given PostgreSQL database
 * at a fixed time until none is left, then exits. It can be SIGKILLed at any moment.
 */
import { openDatabase } from '../../src/db/index.ts';
import { billingDueSources } from '../../src/flows/billing/index.ts';
import { FakeClock, fromDate } from '../../src/kernel/clock.ts';

const [databaseUrl, nowIso, batch] = process.argv.slice(2) as [string, string, string];
const now = new Date(nowIso);
const database = await openDatabase({ databaseUrl, dataDir: 'memory://' });
const ctx = { db: database.db, engine: database.engine, clock: new FakeClock(fromDate(now)) };
let renewed = 0;
for (const source of billingDueSources()) {
  for (;;) {
    const ran = await source.runDue(ctx, now, Number(batch));
    if (ran === 0) break;
    renewed += ran;
    process.stdout.write(`renewed ${renewed}\n`);
  }
}
await database.close();
