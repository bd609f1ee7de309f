import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Harness, startHarness } from '../helpers/harness.ts';
import { billingKit, unix } from './billing-kit.ts';

let h: Harness;
let k: ReturnType<typeof billingKit>;
const subs: Record<string, string> = {};
const customers: Record<string, string> = {};

/**
 * One clock, seven $10/month customers from 2021-07-27 (Kill Bill's overdue policy: retries after 1, 8, 4, 7 days;
 * canceled 21 days unpaid): A converts at trial end, B's card fails twice (paid 08-15), C's always declines (canceled
 * 08-27), D cancels during the trial, E and H have 30-day trials (E converts 08-26, H's card declines: canceled
 * 09-16), F pays from day one without a trial.
 */
before(async () => {
  h = await startHarness();
  k = billingKit(h);
  await k.ok('POST', '/v1/account', {
    settings: {
      // Churn dated at the cancellation, as the cohort expectations below were worked out (period_end: analytics.test).
      analytics: { churn_recognition: 'billing_cancel' },
      dunning: {
        retry_days: [1, 8, 4, 7],
        stages: [
          { after_days: 10, action: 'warn' },
          { after_days: 14, action: 'block_access' },
          { after_days: 21, action: 'cancel' },
        ],
      },
    },
  });
  const clock = await k.clock('2021-07-27T00:00:00Z');
  const price = await k.monthly(1000);
  const plan: [string, string, number | null][] = [
    ['A', 'tok_visa', 10],
    ['B', 'tok_failTwice', 10],
    ['C', 'tok_chargeDeclined', 10],
    ['D', 'tok_visa', 10],
    ['E', 'tok_visa', 30],
    ['H', 'tok_chargeDeclined', 30],
    ['F', 'tok_visa', null],
  ];
  for (const [name, token, days] of plan) {
    customers[name] = await k.customer(clock, token);
    const sub = await k.ok('POST', '/v1/subscriptions', {
      customer: customers[name],
      items: [{ price }],
      ...(days === null ? {} : { trial_period_days: days }),
    });
    subs[name] = sub.id;
  }
  await k.advance(clock, '2021-07-30T00:00:00Z');
  await k.ok('POST', `/v1/subscriptions/${subs.D}/cancel`, {});
  await k.advance(clock, '2021-10-01T00:00:00Z');
});
after(() => h.close());

const window = (from: string, to: string) => `start=${unix(`${from}T00:00:00Z`)}&end=${unix(`${to}T00:00:00Z`)}`;
const outcomes = (data: any[]) => Object.fromEntries(data.map((x) => [x.id, x.outcome]));

test('trial conversion = converted ÷ trials that ended in the range, judged as of its end', async () => {
  const early = await k.ok('GET', `/v1/metrics/trials?${window('2021-07-01', '2021-08-10')}`);
  assert.deepEqual(
    [early.started, early.ended, early.converted, early.canceled, early.unpaid, early.still_trialing],
    [6, 4, 1, 1, 2, 2],
  );
  assert.equal(early.conversion_rate, 0.25);
  assert.deepEqual(outcomes(early.data), {
    [subs.A!]: 'converted',
    [subs.B!]: 'unpaid', // paid only on 08-15, after the range
    [subs.C!]: 'unpaid',
    [subs.D!]: 'canceled',
    [subs.E!]: 'trialing',
    [subs.H!]: 'trialing',
  });
  const all = await k.ok('GET', `/v1/metrics/trials?${window('2021-07-01', '2021-09-01')}`);
  assert.deepEqual(
    [all.started, all.ended, all.converted, all.canceled, all.unpaid, all.still_trialing],
    [6, 6, 3, 2, 1, 0],
  );
  assert.equal(all.conversion_rate, 0.5);
  // Trials that ended before the range are not counted; none started in it.
  const later = await k.ok('GET', `/v1/metrics/trials?${window('2021-09-01', '2021-10-01')}`);
  assert.deepEqual([later.started, later.ended, later.conversion_rate], [0, 0, null]);
});

test('dunning recovery = recovered ÷ (recovered + lost), amounts per currency', async () => {
  const aug = await k.ok('GET', `/v1/metrics/dunning?${window('2021-08-01', '2021-09-01')}`);
  assert.deepEqual([aug.entered, aug.recovered, aug.lost, aug.in_dunning, aug.recovery_rate], [3, 1, 1, 1, 0.5]);
  assert.deepEqual(aug.amounts, [{ currency: 'usd', entered: 3000, recovered: 1000, lost: 1000, in_dunning: 1000 }]);
  const byCustomer = Object.fromEntries(aug.data.map((x: any) => [x.customer, [x.outcome, x.failed_at]]));
  assert.deepEqual(byCustomer, {
    // The first attempt comes when the invoice is finalized, an hour after the trial ends.
    [customers.B!]: ['recovered', unix('2021-08-06T01:00:00Z')],
    [customers.C!]: ['lost', unix('2021-08-06T01:00:00Z')],
    [customers.H!]: ['in_dunning', unix('2021-08-26T01:00:00Z')],
  });
  // Judged as of a later end, H's invoice is lost (its subscription was canceled by dunning on 09-16).
  const both = await k.ok('GET', `/v1/metrics/dunning?${window('2021-08-01', '2021-10-01')}`);
  assert.deepEqual([both.entered, both.recovered, both.lost, both.in_dunning], [3, 1, 2, 0]);
  assert.equal(both.recovery_rate, 1 / 3);
  const none = await k.ok('GET', `/v1/metrics/dunning?${window('2021-07-01', '2021-08-01')}`);
  assert.deepEqual([none.entered, none.recovery_rate, none.amounts], [0, null, []]);
});

test('cohort matrices: customers and MRR retained by month since first payment, as JSON and CSV', async () => {
  const q = window('2021-07-01', '2021-10-01');
  const byCustomer = await k.ok('GET', `/v1/metrics/cohorts?kind=customer&${q}&interval=month`);
  // July: F pays from day one. August: A, B, C (trial ends 08-06), E and H (08-26); C churns in Aug, H in Sep.
  assert.deepEqual(
    byCustomer.data.map((r: any) => [r.cohort, r.customers, r.retained, r.rate]),
    [
      ['2021-07', 1, [1, 1, 1], [1, 1, 1]],
      ['2021-08', 5, [4, 3], [0.8, 0.6]],
    ],
  );
  const byMrr = await k.ok('GET', `/v1/metrics/cohorts?kind=mrr&${q}`);
  assert.deepEqual(
    byMrr.data.map((r: any) => [r.cohort, r.customers, r.value, r.mrr, r.rate]),
    [
      ['2021-07', 1, 1000, [1000, 1000, 1000], [1, 1, 1]],
      ['2021-08', 5, 5000, [4000, 3000], [0.8, 0.6]],
    ],
  );
  // Cohorts before the range are left out; columns still run to the month of `end`.
  const aug = await k.ok('GET', `/v1/metrics/cohorts?${window('2021-08-01', '2021-09-01')}`);
  assert.deepEqual(
    aug.data.map((r: any) => [r.cohort, r.retained]),
    [['2021-08', [4]]],
  );
  const csv = await h.call('GET', `/v1/metrics/cohorts?kind=mrr&${q}&format=csv`);
  assert.equal(csv.statusCode, 200);
  assert.match(csv.headers['content-type'] as string, /text\/csv/);
  assert.deepEqual(csv.body.split('\n'), [
    'cohort,customers,value,month_0,month_1,month_2,rate_0,rate_1,rate_2',
    '2021-07,1,1000,1000,1000,1000,1,1,1',
    '2021-08,5,5000,4000,3000,,0.8,0.6,',
    '',
  ]);
  const bad = await h.call('GET', `/v1/metrics/cohorts?kind=revenue`);
  assert.equal(bad.statusCode, 400);
});
