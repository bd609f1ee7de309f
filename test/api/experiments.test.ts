import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assignVariant, twoProportionTest, welchTTest } from '../../src/modules/experiments/index.ts';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';
import { billingKit } from '../scenarios/billing-kit.ts';

let h: Harness;
let k: ReturnType<typeof billingKit>;
before(async () => {
  h = await startHarness();
  k = billingKit(h);
});
after(() => h.close());

test('assignment by hash, exposure recorded once, results computed from exposures and conversions', async () => {
  const variants = [
    { key: 'control', weight: 1 },
    { key: 'coupon_20', weight: 1 },
  ];
  const experiment = await k.ok('POST', '/v1/experiments', { key: 'winback-coupon', name: 'Win-back', variants });
  problem(
    await h.call('POST', '/v1/experiments', { body: { key: 'winback-coupon', name: 'again', variants } }),
    409,
    'experiment_key_taken',
  );
  const customers: string[] = [];
  for (let i = 0; i < 40; i += 1) customers.push((await k.ok('POST', '/v1/customers', { name: `C${i}` })).id);

  const seen = new Map<string, string>();
  for (const customer of customers) {
    const first = await k.ok('POST', `/v1/experiments/${experiment.id}/assign`, { customer });
    assert.equal(first.variant, assignVariant('winback-coupon', customer, variants), 'the pure hash decides');
    const again = await k.ok('POST', `/v1/experiments/${experiment.id}/assign`, { customer });
    assert.equal(again.exposure.id, first.exposure.id, 'exposure recorded once');
    seen.set(customer, first.variant);
  }
  problem(
    await h.call('POST', `/v1/experiments/${experiment.id}/conversions`, {
      body: { customer: (await k.ok('POST', '/v1/customers', { name: 'outsider' })).id },
    }),
    409,
    'experiment_not_exposed',
  );
  // Every third customer converts, worth 1,000 each; one converts twice (values add up, counted once).
  const converted = customers.filter((_, i) => i % 3 === 0);
  for (const customer of converted) {
    await k.ok('POST', `/v1/experiments/${experiment.id}/conversions`, { customer, value: 1000 });
  }
  await k.ok('POST', `/v1/experiments/${experiment.id}/conversions`, { customer: converted[0], value: 500 });

  const results = await k.ok('GET', `/v1/experiments/${experiment.id}/results`);
  const count = (variant: string, list: string[]) => list.filter((c) => seen.get(c) === variant).length;
  const arm = (variant: string) => ({
    exposures: count(variant, customers),
    conversions: count(variant, converted),
  });
  assert.deepEqual(
    results.variants.map((v: any) => [v.key, v.exposures, v.conversions]),
    variants.map((v) => [v.key, arm(v.key).exposures, arm(v.key).conversions]),
  );
  const rate = twoProportionTest(arm('control'), arm('coupon_20'));
  assert.equal(results.comparisons[0].rate.p_value, rate.p_value);
  // Value per exposed customer: 1,000 per conversion, 1,500 for the one who converted twice, 0 for the others.
  const values = (variant: string) =>
    customers
      .filter((c) => seen.get(c) === variant)
      .map((c) => (c === converted[0] ? 1500 : converted.includes(c) ? 1000 : 0));
  const stats = (xs: number[]) => {
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    return { mean, sd: Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1)), n: xs.length };
  };
  const welch = welchTTest(stats(values('control')), stats(values('coupon_20')));
  assert.ok(Math.abs(results.comparisons[0].value.absolute_lift - welch.absolute_lift) < 1e-9);
  assert.ok(Math.abs(results.comparisons[0].value.p_value - welch.p_value) < 1e-9);
  assert.equal(typeof results.srm.mismatch, 'boolean');
  assert.equal(results.comparisons[0].rate.sequential_ci, undefined);
  const sequential = await k.ok('GET', `/v1/experiments/${experiment.id}/results?sequential=true&tuning=1000`);
  const ci = sequential.comparisons[0].rate.sequential_ci;
  assert.ok(ci.lower < rate.absolute_ci.lower && ci.upper > rate.absolute_ci.upper, 'wider than the fixed interval');
  assert.deepEqual(ci, twoProportionTest(arm('control'), arm('coupon_20'), { sequentialTuning: 1000 }).sequential_ci);
  assert.equal(results.control, 'control');

  // Stop and roll out the winner: everyone gets it, nothing more is recorded.
  problem(
    await h.call('POST', `/v1/experiments/${experiment.id}/stop`, { body: { winner: 'nope' } }),
    400,
    'parameter_invalid',
  );
  const stopped = await k.ok('POST', `/v1/experiments/${experiment.id}/stop`, { winner: 'coupon_20' });
  assert.equal(stopped.status, 'stopped');
  const late = (await k.ok('POST', '/v1/customers', { name: 'late' })).id;
  const rolledOut = await k.ok('POST', `/v1/experiments/${experiment.id}/assign`, { customer: late });
  assert.deepEqual([rolledOut.variant, rolledOut.exposure], ['coupon_20', null]);
  const after = await k.ok('GET', `/v1/experiments/${experiment.id}/results`);
  assert.equal(
    after.variants.reduce((s: number, v: any) => s + v.exposures, 0),
    40,
  );
  problem(await h.call('POST', `/v1/experiments/${experiment.id}/stop`, { body: {} }), 409, 'experiment_stopped');
  const other = await h.otherAccount();
  problem(await h.call('GET', `/v1/experiments/${experiment.id}`, { key: other.key }), 404, 'resource_missing');
});
