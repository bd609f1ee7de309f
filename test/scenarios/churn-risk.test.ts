import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { bulkInsert } from '../../src/db/index.ts';
import { churnTrainings, mrrMovements } from '../../src/db/schema/index.ts';
import { FakeClock } from '../../src/kernel/clock.ts';
import { seededRandom } from '../../src/modules/churn/core/random.ts';
import { churnBands, churnDueWork, formatTrainingReport, trainAccountsChurn } from '../../src/modules/churn/index.ts';
import { type Harness, startHarness } from '../helpers/harness.ts';

const NOW = Date.parse('2026-06-01T00:00:00Z');
const DAY_MS = 86_400_000;
const day = (n: number) => new Date(NOW - (400 - n) * DAY_MS);

let h: Harness;
const clock = new FakeClock(new Date(NOW).toISOString());
before(async () => {
  h = await startHarness({ clock });
});
after(() => h.close());

type Movement = typeof mrrMovements.$inferInsert;

/**
 * 400 days of MRR movements: 300 subscribers, half of whom downgrade about three weeks before they cancel.
 * `risky` downgraded last week; `steady` never did; `gone` left in the spring.
 */
function history(accountId: string, ids: { risky: string; steady: string; gone: string }): Movement[] {
  const random = seededRandom(8);
  const rows: Movement[] = [];
  const move = (customerId: string, at: Date, type: Movement['type'], mrrAfter: number, amount: number) =>
    rows.push({
      accountId,
      eventId: `evt_${rows.length}`,
      customerId,
      date: at,
      type,
      amount,
      currency: 'EUR',
      mrrAfter,
    });
  const subscriber = (customerId: string, start: number, churnDay: number | null, downgradeDay: number | null) => {
    move(customerId, day(start), 'new', 2000, 2000);
    if (downgradeDay !== null) move(customerId, day(downgradeDay), 'contraction', 1000, -1000);
    const mrr = downgradeDay !== null ? 1000 : 2000;
    if (churnDay !== null) move(customerId, day(churnDay), 'churn', 0, -mrr);
  };
  for (let c = 0; c < 300; c++) {
    const start = Math.floor(random() * 150);
    const churnDay = random() < 0.5 ? start + 60 + Math.floor(random() * 230) : null;
    const downgrades = churnDay !== null ? random() < 0.8 : random() < 0.1;
    const downgradeDay = downgrades ? (churnDay ?? start + 100) - 10 - Math.floor(random() * 20) : null;
    subscriber(`cus_synthetic_${c}`, start, churnDay, downgradeDay);
  }
  subscriber(ids.risky, 50, null, 393);
  subscriber(ids.steady, 50, null, null);
  subscriber(ids.gone, 50, 300, null);
  return rows;
}

test('the worker trains the churn model as due work and GET /v1/customers/:id/churn_risk reads the scores', async () => {
  const create = async (name: string) =>
    (await h.call('POST', '/v1/customers', { body: { name } })).json().id as string;
  const ids = { risky: await create('Risky'), steady: await create('Steady'), gone: await create('Gone') };
  const before = await h.call('GET', `/v1/customers/${ids.risky}/churn_risk`);
  assert.equal(before.statusCode, 404, 'not scored before the first training');
  await bulkInsert(h.ctx.db, mrrMovements, history(h.accountId, ids));

  await h.settle();
  const risky = (await h.call('GET', `/v1/customers/${ids.risky}/churn_risk`)).json();
  const steady = (await h.call('GET', `/v1/customers/${ids.steady}/churn_risk`)).json();
  assert.equal(risky.object, 'churn_risk');
  assert.equal(risky.customer, ids.risky);
  assert.equal(risky.scored_at, NOW / 1000);
  assert.ok(risky.score > steady.score, `risky ${risky.score}, steady ${steady.score}`);
  assert.ok(['high', 'medium'].includes(risky.band), risky.band);
  assert.equal(steady.band, 'low');
  assert.equal(risky.reasons[0].text, '1 downgrade in 90 days');
  assert.ok(risky.reasons.length <= 3);

  const gone = await h.call('GET', `/v1/customers/${ids.gone}/churn_risk`);
  assert.equal(gone.statusCode, 404);
  assert.equal(gone.json().code, 'resource_missing');
  const unknown = await h.call('GET', '/v1/customers/cus_nope/churn_risk');
  assert.equal(unknown.statusCode, 404);
  assert.match(unknown.json().detail ?? unknown.json().message ?? '', /customer/);

  const [training] = await h.ctx.db.select().from(churnTrainings).where(eq(churnTrainings.accountId, h.accountId));
  assert.equal(training!.dueAt.getTime(), NOW + 7 * DAY_MS, 'retrained weekly');
  const report = training!.report as { ensemble?: { auc: number }; baseline?: { auc: number }; validationRows: number };
  assert.ok(report.validationRows > 50);
  assert.ok(report.ensemble!.auc >= 0.75, `validation AUC on the last 90 days: ${report.ensemble!.auc}`);

  // Nothing is due until the week is up; then the next training rescores at the new time.
  clock.advance({ hours: 24 * 6 });
  await h.settle();
  assert.equal((await h.call('GET', `/v1/customers/${ids.risky}/churn_risk`)).json().scored_at, NOW / 1000);
  clock.advance({ hours: 24 });
  await h.settle();
  assert.equal(
    (await h.call('GET', `/v1/customers/${ids.risky}/churn_risk`)).json().scored_at,
    NOW / 1000 + 7 * 86_400,
  );
});

test('an idle churn source only reads: on PGlite any write would wake the worker on every pass', async () => {
  const source = churnDueWork();
  await source.runDue(h.ctx, new Date(clock.now().epochMilliseconds), 10);
  let writes = 0;
  h.database.onWrite?.(() => {
    writes++;
  });
  assert.equal(await source.runDue(h.ctx, new Date(clock.now().epochMilliseconds), 10), 0, 'nothing due');
  assert.equal(writes, 0);
  assert.deepEqual(await source.backlog(h.ctx, new Date(clock.now().epochMilliseconds)), { count: 0, oldest: null });
});

test('an on-demand training (tenure churn train) reports both models on the last 90 days', async () => {
  const asOf = new Date(NOW);
  const [trained] = await trainAccountsChurn(h.ctx, asOf, h.accountId);
  const text = formatTrainingReport(trained!.accountId, trained!.report);
  const lines = text.trimEnd().split('\n');
  assert.match(
    lines[0]!,
    new RegExp(
      `^${h.accountId} as of 2026-06-01: \\d+ snapshots, \\d+ train, \\d+ validation \\(from 2026-03-03\\), 160 scored$`,
    ),
  );
  assert.match(
    lines[1]!,
    /^ {2}ensemble AUC 0\.\d{3} {2}top-decile precision [\d.]+ %, recall [\d.]+ % {2}top: contractions_90d/,
  );
  assert.match(lines[2]!, /^ {2}baseline AUC/);
  const all = await trainAccountsChurn(h.ctx, asOf);
  assert.ok(all.length >= 1 && all.some((t) => t.accountId === h.accountId));
});

test('churnBands gives segments every scored customer with the band the API shows', async () => {
  const bands = await churnBands(h.ctx, h.accountId);
  assert.equal(bands.size, 160, 'the customers paying at the last training');
  const ids = [...bands.keys()].filter((id) => !id.startsWith('cus_synthetic_'));
  assert.equal(ids.length, 2, 'risky and steady (gone has left)');
  for (const id of ids) {
    const api = (await h.call('GET', `/v1/customers/${id}/churn_risk`)).json();
    assert.deepEqual(bands.get(id), { band: api.band, score: api.score });
  }
  const counts = { high: 0, medium: 0, low: 0 };
  for (const { band, score } of bands.values()) {
    counts[band]++;
    assert.equal(band, score >= 75 ? 'high' : score >= 25 ? 'medium' : 'low');
  }
  assert.ok(counts.low > 0 && counts.high + counts.medium > 0, JSON.stringify(counts));
});
