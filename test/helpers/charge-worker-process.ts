/**
 * A collection worker process for the fault-injection test: charges due invoices on the given PostgreSQL database
 * through the test's gateway server (the `sandbox` name, over HTTP, so charges outlive this process), one invoice
 * per batch, at a fixed time. `kill` SIGKILLs this process at that point of the first charge it makes: before the
 * gateway call, during it (the gateway server kills it), or after the answer and before recording it.
 */
import { openDatabase } from '../../src/db/index.ts';
import { chargeFaults, collectionDueSources } from '../../src/flows/collection/index.ts';
import { FakeClock, fromDate } from '../../src/kernel/clock.ts';
import {
  type ChargeRequest,
  type ChargeResult,
  registerGateway,
  SandboxGateway,
} from '../../src/modules/payments/index.ts';

const [databaseUrl, gatewayUrl, nowIso, kill] = process.argv.slice(2) as [string, string, string, string];
const die = () => process.kill(process.pid, 'SIGKILL');
if (kill === 'before') chargeFaults.beforeCharge = die;
if (kill === 'after') chargeFaults.afterCharge = die;
const sandbox = new SandboxGateway();
registerGateway({
  name: 'sandbox',
  describe: (token) => sandbox.describe(token),
  refund: (request) => sandbox.refund(request),
  async charge(request: ChargeRequest) {
    const body = JSON.stringify({ ...request, pid: process.pid, killDuring: kill === 'during' });
    const res = await fetch(gatewayUrl, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    return (await res.json()) as ChargeResult;
  },
});
const now = new Date(nowIso);
const database = await openDatabase({ databaseUrl, dataDir: 'memory://' });
const ctx = { db: database.db, engine: database.engine, clock: new FakeClock(fromDate(now)) };
for (const source of collectionDueSources()) {
  while ((await source.runDue(ctx, now, 1)) > 0) {
    // one invoice a batch, until none is due
  }
}
await database.close();
