import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildDemo } from '../../src/demo/index.ts';
import { type Harness, startHarness } from '../helpers/harness.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

const month = (m: number) => Date.UTC(2024, m, 1) / 1000;

test('the demo builds a plausible provider through the API: MRR grows, churn 2–8 % a month, a progress bar', {
  timeout: 300_000,
}, async () => {
  const lines: string[] = [];
  const out = { isTTY: false, write: (s: string) => lines.push(s) } as unknown as NodeJS.WriteStream;
  const demo = await buildDemo(h.ctx, { customers: 120, months: 5, seed: 7 }, out);
  assert.equal(lines.length, 5, 'one progress line a month');
  assert.match(lines.at(-1)!, /\[#{30}\] month 5\/5/);
  assert.ok(demo.customers > 100);
  await h.settle();
  const get = async (url: string) => {
    const res = await h.call('GET', url, { key: demo.key });
    assert.equal(res.statusCode, 200, res.body);
    return res.json();
  };
  const summaries = [];
  for (let m = 1; m < 5; m++) summaries.push(await get(`/v1/metrics/summary?start=${month(m)}&end=${month(m + 1)}`));
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
