import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
  for (const [currency, date, rate] of [
    ['eur', '2025-01-02', '1.09'],
    ['brl', '2025-01-01', '0.17'],
    ['eur', '2025-01-01', '1.1'],
    ['eur', '2025-01-03', '1.08'],
    ['brl', '2025-01-02', '0.16'],
  ]) {
    const set = await h.call('POST', '/v1/exchange_rates', { body: { currency, quote_currency: 'USD', rate, date } });
    assert.equal(set.statusCode, 200);
    assert.equal(set.json().id, `xr_${currency}_usd_${date}`);
  }
});
after(() => h.close());

const ids = (list: { data: { id: string }[] }) => list.data.map((r) => r.id);
const list = async (query: string) => {
  const r = await h.call('GET', `/v1/exchange_rates?${query}`);
  assert.equal(r.statusCode, 200, r.body);
  return r.json();
};

test('pages through rates by pair, then day, with Stripe cursors both ways', async () => {
  const first = await list('limit=2');
  assert.deepEqual(ids(first), ['xr_brl_usd_2025-01-01', 'xr_brl_usd_2025-01-02']);
  assert.equal(first.has_more, true);
  assert.equal(first.url, '/v1/exchange_rates');
  const second = await list('limit=2&starting_after=xr_brl_usd_2025-01-02');
  assert.deepEqual(ids(second), ['xr_eur_usd_2025-01-01', 'xr_eur_usd_2025-01-02']);
  assert.equal(second.has_more, true);
  const last = await list('limit=2&starting_after=xr_eur_usd_2025-01-02');
  assert.deepEqual(ids(last), ['xr_eur_usd_2025-01-03']);
  assert.equal(last.has_more, false);
  const back = await list('limit=2&ending_before=xr_eur_usd_2025-01-01');
  assert.deepEqual(ids(back), ids(first));
  assert.equal((await list('')).data[0].rate, '0.17');
});

test('filters by currency and quote currency, in any case', async () => {
  assert.deepEqual(ids(await list('currency=EUR')), [
    'xr_eur_usd_2025-01-01',
    'xr_eur_usd_2025-01-02',
    'xr_eur_usd_2025-01-03',
  ]);
  assert.equal((await list('quote_currency=brl')).data.length, 0);
});

test('a cursor that is not a rate id is a 400 naming it; another account sees no rates', async () => {
  problem(await h.call('GET', '/v1/exchange_rates?starting_after=cus_123'), 400, 'parameter_invalid');
  const bad = await h.call('GET', '/v1/exchange_rates?ending_before=xr_eur');
  assert.equal(bad.json().param, 'ending_before');
  problem(await h.call('GET', '/v1/exchange_rates?limit=101'), 400);
  const other = await h.otherAccount();
  const theirs = await h.call('GET', '/v1/exchange_rates', { key: other.key });
  assert.deepEqual(theirs.json().data, []);
});
