import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { FakeClock } from '../../src/kernel/clock.ts';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';
import { billingKit, unix } from './billing-kit.ts';

// the account's clock; the subscriptions live on a test clock moved to the same days
const accountClock = new FakeClock('2026-01-10T12:00:00Z');
let h: Harness;
before(async () => {
  h = await startHarness({ clock: accountClock });
});
after(() => h.close());

test('the MRR forecast fits retention to the account’s cohorts, drops scheduled cancellations and adds trials', async () => {
  const k = billingKit(h);
  assert.equal(problem(await h.call('GET', '/v1/forecast/mrr'), 400, 'retention_history_missing').param, 'currency');
  const clock = await k.clock('2026-01-10T12:00:00Z');
  const price = await k.monthly(1000);
  const subscribe = async (extra: Record<string, unknown> = {}) =>
    (await k.ok('POST', '/v1/subscriptions', { customer: await k.customer(clock), items: [{ price }], ...extra })).id;
  const stays = [await subscribe(), await subscribe(), await subscribe()];
  const leaves = [await subscribe(), await subscribe()];
  const leavesLater = await subscribe();
  const cancelsLater = await subscribe();
  const trialLost = await subscribe({ trial_period_days: 14 });
  const trialWon = await subscribe({ trial_period_days: 14 });
  await k.advance(clock, '2026-01-15T12:00:00Z');
  await k.ok('POST', `/v1/subscriptions/${trialLost}/cancel`, {});
  await k.advance(clock, '2026-02-05T12:00:00Z');
  for (const id of leaves) await k.ok('POST', `/v1/subscriptions/${id}/cancel`, {}); // paid January only
  await k.advance(clock, '2026-03-05T12:00:00Z');
  await k.ok('POST', `/v1/subscriptions/${leavesLater}/cancel`, {}); // paid January and February
  await k.advance(clock, '2026-03-20T12:00:00Z');
  const trialing = await subscribe({ trial_period_days: 30 }); // first payment Apr 19
  await k.advance(clock, '2026-04-12T12:00:00Z');
  await k.ok('POST', `/v1/subscriptions/${cancelsLater}`, { cancel_at_period_end: true }); // ends May 10
  await k.advance(clock, '2026-04-15T12:00:00Z');
  accountClock.set('2026-04-15T12:00:00Z');
  assert.ok(stays.length === 3 && trialWon && trialing);

  const r = await h.call('GET', '/v1/forecast/mrr');
  assert.equal(r.statusCode, 200, r.body);
  const f = r.json();
  assert.equal(f.object, 'mrr_forecast');
  assert.equal(f.as_of, unix('2026-04-15T12:00:00Z'));
  assert.equal(f.currency, 'usd');
  // the three stayers, the one cancelling at period end and the converted trial pay 1000 each
  assert.equal(f.current_mrr, 5000);
  // one cohort (January) of eight paying subscriptions, survival 6/8 then 5/8; one of two ended trials converted
  assert.deepEqual([f.retention.cohorts, f.retention.subscriptions], [1, 8]);
  // two observed renewals and two parameters: the curve is met exactly, S(1) = β/(α+β) = 0.75, S(2) = 0.625
  assert.deepEqual([f.retention.alpha, f.retention.beta], [0.5, 1.5]);
  assert.equal(f.trial_conversion, 0.5);
  assert.equal(f.data.length, 12);
  const [first] = f.data;
  // four subscribers who paid 4 months renew with S(4)/S(3) = 0.9, the converted trial (3 months) with
  // S(3)/S(2) = 0.875; the cancellation at period end takes its 1000 × 0.9; the trial adds 1000 × 50 %
  assert.deepEqual(first, { month: 1, mrr: 4075, retained: 4475, scheduled: -900, trials: 500 });
  for (const m of f.data) assert.equal(m.mrr, m.retained + m.scheduled + m.trials);
  for (let i = 1; i < 12; i++) assert.ok(f.data[i].retained <= f.data[i - 1].retained, `month ${i + 1}`);
  assert.ok(f.lifetime_value.expected_residual_months > 0);
  assert.equal(
    f.lifetime_value.new_subscriber,
    Math.round(1000 * (1 + f.lifetime_value.expected_residual_months)) || f.lifetime_value.new_subscriber,
  );
  assert.equal((await h.call('GET', '/v1/forecast/mrr?months=3')).json().data.length, 3);
});
