import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Harness, startHarness } from '../helpers/harness.ts';
import { billingKit, isoDate } from '../scenarios/billing-kit.ts';

let h: Harness;
let k: ReturnType<typeof billingKit>;
const p: Record<string, string> = {};
let channel: number;
let sportsChannel: number;

before(async () => {
  h = await startHarness();
  k = billingKit(h);
  await k.ok('POST', '/v1/account', {
    settings: {
      dunning: {
        retry_days: [1, 3],
        stages: [
          { after_days: 3, action: 'block_access' },
          { after_days: 30, action: 'cancel' },
        ],
      },
    },
  });
  const news = await k.ok('POST', '/v1/stream_categories', { kind: 'live', name: 'News' });
  const sports = await k.ok('POST', '/v1/stream_categories', { kind: 'live', name: 'Sports' });
  channel = (
    await k.ok('POST', '/v1/streams', {
      kind: 'live',
      name: 'News One',
      category: news.id,
      origin_url: 'http://o.example/n1',
    })
  ).number;
  sportsChannel = (
    await k.ok('POST', '/v1/streams', {
      kind: 'live',
      name: 'Sport',
      category: sports.id,
      origin_url: 'http://o.example/s1',
    })
  ).number;
  const basic = await k.ok('POST', '/v1/bouquets', { name: 'Basic', categories: [news.id] });
  const premium = await k.ok('POST', '/v1/bouquets', { name: 'Premium', categories: [sports.id] });
  const price = async (name: string, amount: number, entitlements: object) => {
    const product = await k.ok('POST', '/v1/products', { name, entitlements });
    return (
      await k.ok('POST', '/v1/prices', {
        product: product.id,
        currency: 'usd',
        unit_amount: amount,
        recurring: { interval: 'month' },
      })
    ).id;
  };
  p.basic = await price('Basic', 1000, { bouquets: [basic.id], max_connections: 1 });
  p.premium = await price('Premium', 2000, { bouquets: [basic.id, premium.id], max_connections: 3 });
  p.basicBouquet = basic.id;
  p.premiumBouquet = premium.id;
});
after(() => h.close());

async function login(username: string) {
  const res = await h.app.inject({
    method: 'GET',
    url: `/player_api.php?username=${username}&password=pw-${username}`,
  });
  return res.json().user_info;
}
async function play(username: string, stream = channel) {
  return (await h.app.inject({ method: 'GET', url: `/live/${username}/pw-${username}/${stream}.ts` })).statusCode;
}

test('a subscription’s life on a test clock drives its line: trial, paid, upgrade, cancel at period end, expired', async () => {
  const clock = await k.clock('2025-01-01T00:00:00Z');
  const customer = await k.customer(clock);
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: p.basic }], trial_period_days: 7 });
  await k.ok('POST', '/v1/lines', { subscription: sub.id, username: 'ana', password: 'pw-ana' });

  let info = await login('ana');
  assert.deepEqual([info.status, info.is_trial, info.exp_date], ['Active', '1', String(sub.trial_end)]);
  assert.equal(await play('ana'), 302);
  let entitled = await k.ok('GET', `/v1/customers/${customer}/entitlements`);
  assert.deepEqual([entitled.access, entitled.trial, entitled.bouquets], [true, true, [p.basicBouquet]]);

  await k.advance(clock, '2025-01-09T00:00:00Z');
  const paid = await k.ok('GET', `/v1/subscriptions/${sub.id}`);
  assert.equal(paid.status, 'active');
  info = await login('ana');
  assert.deepEqual([info.status, info.is_trial, info.exp_date], ['Active', '0', String(paid.current_period_end)]);
  assert.equal(isoDate(Number(info.exp_date)), '2025-02-08');
  assert.equal(await play('ana', sportsChannel), 404, 'no premium bouquet yet');

  await k.ok('POST', `/v1/subscriptions/${sub.id}`, { items: [{ id: paid.items.data[0].id, price: p.premium }] });
  info = await login('ana');
  assert.equal(info.max_connections, '3');
  assert.equal(await play('ana', sportsChannel), 302, 'the upgrade adds the premium bouquet at once');

  await k.ok('POST', `/v1/subscriptions/${sub.id}`, { cancel_at_period_end: true });
  await k.advance(clock, '2025-02-07T00:00:00Z');
  info = await login('ana');
  assert.deepEqual([info.status, isoDate(Number(info.exp_date))], ['Active', '2025-02-08']);
  await k.advance(clock, '2025-02-08T00:00:01Z');
  info = await login('ana');
  assert.deepEqual([info.status, isoDate(Number(info.exp_date))], ['Expired', '2025-02-08']);
  assert.equal(await play('ana'), 403);
  entitled = await k.ok('GET', `/v1/customers/${customer}/entitlements`);
  assert.deepEqual([entitled.access, entitled.bouquets], [false, []]);

  // entitlements.updated, once per change, in clock time: trial start, trial → paid, upgrade, end.
  const events = (await k.events('entitlements.updated')).filter((e) => e.data.object.customer === customer).reverse();
  assert.deepEqual(
    events.map((e) => [isoDate(e.created), e.data.object.access, e.data.object.trial, e.data.object.bouquets.length]),
    [
      ['2025-01-01', true, true, 1],
      ['2025-01-08', true, false, 1],
      ['2025-01-09', true, false, 2],
      ['2025-02-08', false, false, 0],
    ],
  );
  assert.deepEqual(events[2].data.previous_attributes.bouquets, [p.basicBouquet]);
});

test('past_due with a block_access stage: stream refused, then allowed again on payment', async () => {
  const clock = await k.clock('2025-03-01T00:00:00Z');
  // The first payment succeeds (a declined first payment leaves the subscription incomplete, never past_due); the
  // renewal is declined and dunning starts.
  const customer = await k.customer(clock);
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: p.basic }] });
  await k.ok('POST', '/v1/lines', { subscription: sub.id, username: 'bea', password: 'pw-bea' });
  await k.ok('POST', '/v1/payment_methods', { customer, token: 'tok_insufficientFunds', set_default: true });
  await k.advance(clock, '2025-04-02T00:00:00Z');
  assert.equal((await k.ok('GET', `/v1/subscriptions/${sub.id}`)).status, 'past_due');
  assert.equal(await play('bea'), 302, 'past due, not yet blocked');
  await k.advance(clock, '2025-04-06T00:00:00Z');
  assert.equal((await k.ok('GET', `/v1/subscriptions/${sub.id}`)).access_blocked, true);
  assert.equal(await play('bea'), 403);
  assert.equal((await login('bea')).status, 'Expired');
  await k.ok('POST', '/v1/payment_methods', { customer, token: 'tok_visa', set_default: true });
  assert.equal(await play('bea'), 302, 'the payment gives access back');
  assert.equal((await login('bea')).status, 'Active');
  const told = (await k.events('entitlements.updated')).filter((e) => e.data.object.customer === customer).reverse();
  assert.deepEqual(
    told.map((e) => [isoDate(e.created), e.data.object.access]),
    [
      ['2025-03-01', true],
      ['2025-04-04', false],
      ['2025-04-06', true],
    ],
  );
});
