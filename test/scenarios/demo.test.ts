import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildDemo } from '../../src/demo/index.ts';
import { trainAccountChurn } from '../../src/modules/churn/index.ts';
import { type Harness, startHarness } from '../helpers/harness.ts';

// The demo, built once (200 subscribers over 7 months, seed 7): a plausible provider through the API, and data the
// churn model can learn from (issue #16: AUC ≥ 0.75 on the last 3 months of the demo).
const MONTHS = 7;
let h: Harness;
let demo: Awaited<ReturnType<typeof buildDemo>>;
const lines: string[] = [];

before(
  async () => {
    h = await startHarness();
    const out = { isTTY: false, write: (s: string) => lines.push(s) } as unknown as NodeJS.WriteStream;
    demo = await buildDemo(h.ctx, { customers: 200, months: MONTHS, seed: 7 }, out);
    await h.settle();
  },
  { timeout: 600_000 },
);
after(() => h.close());

const month = (m: number) => Date.UTC(2024, m, 1) / 1000;
const get = async (url: string) => {
  const res = await h.call('GET', url, { key: demo.key });
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
};

// Its own limit: the demo is built before the first test (about 2 minutes on a busy 2-core host).
test('the demo builds a plausible provider through the API: MRR grows, churn 2–8 % a month, a progress bar', {
  timeout: 600_000,
}, async () => {
  assert.equal(lines.length, MONTHS, 'one progress line a month');
  assert.match(lines.at(-1)!, new RegExp(`\\[#{30}\\] month ${MONTHS}/${MONTHS}`));
  assert.ok(demo.customers > 180);
  const summaries = [];
  for (let m = 1; m < MONTHS; m++)
    summaries.push(await get(`/v1/metrics/summary?start=${month(m)}&end=${month(m + 1)}`));
  const mrr = summaries.map((s) => s.mrr as number);
  assert.ok(mrr.at(-1)! > mrr[0]!, `MRR grows: ${mrr.join(' → ')}`);
  const churn = summaries.map((s) => s.customer_churn_rate as number);
  const average = churn.reduce((a, b) => a + b, 0) / churn.length;
  assert.ok(
    average >= 0.02 && average <= 0.08,
    `average monthly customer churn ${average.toFixed(3)} (${churn.map((c) => c.toFixed(3)).join(', ')})`,
  );
  const attributes = (await get('/v1/customers?limit=1')).data[0].attributes;
  assert.deepEqual(Object.keys(attributes).sort(), ['country', 'device', 'viewing_hours']);
});

test('the churn model trained on the demo at its clock reaches AUC ≥ 0.75 on the last 3 months', async () => {
  const clock = await get(`/v1/test_clocks/${demo.clock}`);
  const report = await trainAccountChurn(h.ctx, demo.accountId, new Date(clock.frozen_time * 1000));
  assert.ok(report.validationRows > 300, `validation rows ${report.validationRows}`);
  assert.ok(report.ensemble, 'the last 90 days hold churners and stayers');
  assert.ok(report.ensemble.auc >= 0.75, `ensemble AUC on the last 90 days ${report.ensemble.auc.toFixed(3)}`);
  // Viewing is what the demo's subscribers show before they leave: the model reads the engagement rollups.
  const viewing = ['days_since_last_view', 'viewing_change_30d', 'viewing_minutes_30d'];
  assert.ok(
    report.ensemble.importance.slice(0, 3).some((f: { feature: string }) => viewing.includes(f.feature)),
    JSON.stringify(report.ensemble.importance.slice(0, 3)),
  );
});
