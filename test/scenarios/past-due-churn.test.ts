import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { subscriptions } from '../../src/db/schema/index.ts';
import { type Harness, startHarness } from '../helpers/harness.ts';
import { billingKit, unix } from './billing-kit.ts';

let h: Harness;
let k: ReturnType<typeof billingKit>;
before(async () => {
  h = await startHarness();
  k = billingKit(h);
});
after(() => h.close());

const WINDOW = `start=${unix('2021-01-01T00:00:00Z')}&end=${unix('2022-01-01T00:00:00Z')}`;
const iso = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 16);

async function movementsOf(customer: string) {
  return (await k.movements(customer, WINDOW)).map((m) => [iso(m.date), m.type, m.amount, m.mrr_after]);
}

test('past_due_churn_after_days: churn on day N, no change while still past_due, reactivation on recovery', async () => {
  const defaults = await k.ok('GET', '/v1/account');
  assert.equal(defaults.settings.analytics.past_due_churn_after_days, null, 'default: keep (null)');
  const account = await k.ok('POST', '/v1/account', {
    settings: {
      analytics: { past_due_churn_after_days: 7 },
      dunning: {
        retry_days: [1, 8, 4, 7],
        stages: [
          { after_days: 10, action: 'warn' },
          { after_days: 12, action: 'block_access' },
          { after_days: 30, action: 'cancel' },
        ],
      },
    },
  });
  assert.equal(account.settings.analytics.past_due_churn_after_days, 7);
  const bad = await h.call('POST', '/v1/account', {
    body: { settings: { analytics: { past_due_churn_after_days: -1 } } },
  });
  assert.equal(bad.statusCode, 400);

  const clock = await k.clock('2021-07-27T00:00:00Z');
  const price = await k.monthly(1000);
  // X's card fails three times (08-06, 08-07, 08-15) and is paid on 08-19; W's always declines (canceled 09-05).
  const x = await k.customer(clock, 'tok_fail3');
  const w = await k.customer(clock, 'tok_chargeDeclined');
  for (const customer of [x, w])
    await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price }], trial_period_days: 10 });
  await k.advance(clock, '2021-08-10T00:00:00Z');
  assert.deepEqual(await movementsOf(x), [['2021-08-06T00:00', 'new', 1000, 1000]], 'past_due 4 days: still counted');
  await k.advance(clock, '2021-08-14T00:00:00Z');
  // past_due since the first failed attempt (08-06 01:00, when the invoice was finalized and charged): churn 7 days on.
  assert.deepEqual(await movementsOf(x), [
    ['2021-08-06T00:00', 'new', 1000, 1000],
    ['2021-08-13T01:00', 'churn', -1000, 0],
  ]);
  await k.advance(clock, '2021-09-10T00:00:00Z');
  // Access blocked on 08-18 is a subscription update while still past_due: it must not bring the MRR back.
  assert.deepEqual(await movementsOf(x), [
    ['2021-08-06T00:00', 'new', 1000, 1000],
    ['2021-08-13T01:00', 'churn', -1000, 0],
    ['2021-08-19T01:00', 'reactivation', 1000, 1000],
  ]);
  assert.deepEqual(await movementsOf(w), [
    ['2021-08-06T00:00', 'new', 1000, 1000],
    ['2021-08-13T01:00', 'churn', -1000, 0],
  ]);
  const summary = await k.ok(
    'GET',
    `/v1/metrics/summary?start=${unix('2021-08-01T00:00:00Z')}&end=${unix('2021-09-01T00:00:00Z')}`,
  );
  assert.deepEqual(summary.movements, {
    new_business: 2000,
    expansion: 0,
    contraction: 0,
    churn: -2000,
    reactivation: 1000,
  });
  assert.equal(summary.mrr, 1000);
});

test('past_due_since is recorded when a subscription becomes past_due; without it (older rows) the events decide', async () => {
  // The account keeps the first test's settings: churn after 7 days past_due, first retry a day later.
  const clock = await k.clock('2022-03-01T00:00:00Z');
  const price = await k.monthly(1000);
  const customer = await k.customer(clock, 'tok_chargeDeclined');
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price }], trial_period_days: 10 });
  await k.advance(clock, '2022-03-12T00:00:00Z');
  const [row] = await h.ctx.db
    .select({ status: subscriptions.status, since: subscriptions.pastDueSince })
    .from(subscriptions)
    .where(eq(subscriptions.id, sub.id));
  assert.deepEqual(row, { status: 'past_due', since: new Date('2022-03-11T01:00:00Z') });

  // As if it had become past_due before the column existed (migration 0010).
  await h.ctx.db.update(subscriptions).set({ pastDueSince: null }).where(eq(subscriptions.id, sub.id));
  await k.advance(clock, '2022-03-20T00:00:00Z');
  const window = `start=${unix('2022-01-01T00:00:00Z')}&end=${unix('2022-12-31T00:00:00Z')}`;
  const movements = (await k.movements(customer, window)).map((m) => [iso(m.date), m.type, m.amount]);
  assert.deepEqual(movements, [
    ['2022-03-11T00:00', 'new', 1000],
    ['2022-03-18T01:00', 'churn', -1000],
  ]);
});
