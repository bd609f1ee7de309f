import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

const now = () => Math.floor(Date.now() / 1000);
const DAY = 86400;
async function coupon(body: object) {
  const r = await h.call('POST', '/v1/coupons', { body });
  assert.equal(r.statusCode, 200, r.body);
  return r.json();
}
const badCoupon = async (body: object, status: number, code?: string) =>
  problem(await h.call('POST', '/v1/coupons', { body }), status, code);

describe('coupons', () => {
  test('percent_off, with every descriptive field', async () => {
    const c = await coupon({
      name: 'Launch',
      percent_off: 25,
      duration: 'forever',
      max_redemptions: 100,
      metadata: { c: '1' },
    });
    assert.match(c.id, /^co_/);
    assert.equal(c.object, 'coupon');
    assert.equal(c.name, 'Launch');
    assert.equal(c.percent_off, 25);
    assert.equal(c.amount_off, null);
    assert.equal(c.currency, null);
    assert.equal(c.duration, 'forever');
    assert.equal(c.duration_in_months, null);
    assert.equal(c.max_redemptions, 100);
    assert.equal(c.times_redeemed, 0);
    assert.equal(c.redeem_by, null);
    assert.equal(c.applies_to, null);
    assert.equal(c.valid, true);
    assert.deepEqual(c.metadata, { c: '1' });
    assert.deepEqual((await h.call('GET', `/v1/coupons/${c.id}`)).json(), c);
    const once = await coupon({ percent_off: 12.5 });
    assert.equal(once.duration, 'once');
    assert.equal(once.percent_off, 12.5);
  });

  test('amount_off needs a known currency', async () => {
    assert.equal((await badCoupon({ amount_off: 500 }, 400, 'parameter_missing')).param, 'currency');
    assert.equal(
      (await badCoupon({ amount_off: 500, currency: 'zzz' }, 400, 'currency_unsupported')).param,
      'currency',
    );
    const c = await coupon({ amount_off: 500, currency: 'EUR' });
    assert.equal(c.amount_off, 500);
    assert.equal(c.currency, 'eur');
    assert.equal(c.percent_off, null);
  });

  test('exactly one of percent_off and amount_off', async () => {
    const both = await badCoupon({ percent_off: 10, amount_off: 100, currency: 'usd' }, 400, 'coupon_invalid');
    assert.equal(both.param, 'amount_off');
    assert.equal((await badCoupon({ name: 'Nothing' }, 400, 'coupon_invalid')).param, 'percent_off');
    assert.equal((await badCoupon({ percent_off: 0 }, 400, 'parameter_invalid')).param, 'percent_off');
    assert.equal((await badCoupon({ percent_off: 100.5 }, 400, 'parameter_invalid')).param, 'percent_off');
  });

  test('repeating needs duration_in_months, and only it takes one', async () => {
    const rep = { percent_off: 10, duration: 'repeating' };
    assert.equal((await badCoupon(rep, 400, 'coupon_invalid')).param, 'duration_in_months');
    const onceWithMonths = { percent_off: 10, duration: 'once', duration_in_months: 3 };
    assert.equal((await badCoupon(onceWithMonths, 400, 'coupon_invalid')).param, 'duration_in_months');
    const c = await coupon({ ...rep, duration_in_months: 3 });
    assert.equal(c.duration, 'repeating');
    assert.equal(c.duration_in_months, 3);
  });

  test('a custom id is kept; a duplicate is a 409', async () => {
    const c = await coupon({ id: 'SUMMER25', percent_off: 25 });
    assert.equal(c.id, 'SUMMER25');
    assert.equal((await badCoupon({ id: 'SUMMER25', percent_off: 30 }, 409, 'resource_exists')).param, 'id');
    assert.equal((await h.call('GET', '/v1/coupons/SUMMER25')).json().percent_off, 25);
  });

  test('applies_to names known products', async () => {
    const p = (await h.call('POST', '/v1/products', { body: { name: 'Sports' } })).json();
    const c = await coupon({ percent_off: 50, applies_to: { products: [p.id] } });
    assert.deepEqual(c.applies_to, { products: [p.id] });
    const first = await badCoupon(
      { percent_off: 5, applies_to: { products: ['prod_missing'] } },
      404,
      'resource_missing',
    );
    assert.equal(first.param, 'applies_to.products[0]');
    const second = await badCoupon({ percent_off: 5, applies_to: { products: [p.id, 'prod_gone'] } }, 404);
    assert.equal(second.param, 'applies_to.products[1]');
  });

  test('redeem_by must be in the future', async () => {
    assert.equal(
      (await badCoupon({ percent_off: 5, redeem_by: now() - 60 }, 400, 'parameter_invalid')).param,
      'redeem_by',
    );
    const c = await coupon({ percent_off: 5, redeem_by: now() + DAY });
    assert.equal(c.valid, true);
    assert.ok(c.redeem_by > now());
  });

  test('only name and metadata can be updated', async () => {
    const c = await coupon({ name: 'Old', percent_off: 15, metadata: { a: '1', b: '2' } });
    const r = await h.call('POST', `/v1/coupons/${c.id}`, { body: { name: 'New', metadata: { a: '', z: '26' } } });
    assert.equal(r.statusCode, 200);
    assert.equal(r.json().name, 'New');
    assert.deepEqual(r.json().metadata, { b: '2', z: '26' });
    const pct = problem(
      await h.call('POST', `/v1/coupons/${c.id}`, { body: { percent_off: 90 } }),
      400,
      'parameter_unknown',
    );
    assert.equal(pct.param, 'percent_off');
    assert.equal((await h.call('GET', `/v1/coupons/${c.id}`)).json().percent_off, 15);
  });

  test('delete, then the coupon is gone', async () => {
    const c = await coupon({ percent_off: 20 });
    const r = await h.call('DELETE', `/v1/coupons/${c.id}`);
    assert.deepEqual(r.json(), { id: c.id, object: 'coupon', deleted: true });
    problem(await h.call('GET', `/v1/coupons/${c.id}`), 404, 'resource_missing');
    problem(await h.call('DELETE', `/v1/coupons/${c.id}`), 404, 'resource_missing');
    problem(await h.call('POST', `/v1/coupons/${c.id}`, { body: { name: 'x' } }), 404, 'resource_missing');
    const list = (await h.call('GET', '/v1/coupons?limit=100')).json();
    assert.equal(
      list.data.some((x: any) => x.id === c.id),
      false,
    );
    const event = (await h.call('GET', '/v1/events?type=coupon.deleted')).json().data[0];
    assert.equal(event.data.object.id, c.id);
    assert.equal(event.data.object.valid, false);
    const promo = await h.call('POST', '/v1/promotion_codes', { body: { coupon: c.id } });
    assert.equal(problem(promo, 404, 'resource_missing').param, 'coupon');
  });
});

describe('promotion codes', () => {
  let co: any;
  let customer: string;
  before(async () => {
    co = await coupon({ id: 'PROMO10', percent_off: 10, redeem_by: now() + 30 * DAY });
    customer = (await h.call('POST', '/v1/customers', { body: { name: 'Promo target' } })).json().id;
  });
  async function promo(body: object, query = '') {
    const r = await h.call('POST', `/v1/promotion_codes${query}`, { body: { coupon: co.id, ...body } });
    assert.equal(r.statusCode, 200, r.body);
    return r.json();
  }
  const badPromo = async (body: object, status: number, code?: string) =>
    problem(await h.call('POST', '/v1/promotion_codes', { body: { coupon: co.id, ...body } }), status, code);

  test('an explicit code', async () => {
    const p = await promo({ code: 'Welcome10', max_redemptions: 5, metadata: { src: 'poster' } });
    assert.match(p.id, /^promo_/);
    assert.equal(p.object, 'promotion_code');
    assert.equal(p.code, 'Welcome10');
    assert.equal(p.coupon, 'PROMO10');
    assert.equal(p.customer, null);
    assert.equal(p.active, true);
    assert.equal(p.expires_at, null);
    assert.equal(p.max_redemptions, 5);
    assert.equal(p.times_redeemed, 0);
    assert.deepEqual(p.restrictions, {
      first_time_transaction: false,
      minimum_amount: null,
      minimum_amount_currency: null,
    });
    assert.deepEqual(p.metadata, { src: 'poster' });
    assert.deepEqual((await h.call('GET', `/v1/promotion_codes/${p.id}`)).json(), p);
  });

  test('a generated code is 8 characters from the unambiguous alphabet', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 5; i++) codes.add((await promo({})).code);
    assert.equal(codes.size, 5);
    for (const code of codes) assert.match(code, /^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{8}$/);
  });

  test('an active code is unique in any case; once deactivated it can be reused', async () => {
    const first = await promo({ code: 'SPRING' });
    assert.equal((await badPromo({ code: 'spring' }, 409, 'promotion_code_taken')).param, 'code');
    const off = await h.call('POST', `/v1/promotion_codes/${first.id}`, { body: { active: false } });
    assert.equal(off.json().active, false);
    const second = await promo({ code: 'Spring' });
    assert.equal(second.active, true);
    const again = await h.call('POST', `/v1/promotion_codes/${first.id}`, { body: { active: true } });
    assert.equal(problem(again, 409, 'promotion_code_taken').param, 'active');
    assert.equal((await h.call('GET', `/v1/promotion_codes/${first.id}`)).json().active, false);
  });

  test('concurrent creates of one code make one code', async () => {
    const body = { coupon: co.id, code: 'RACE' };
    const all = await Promise.all([1, 2, 3].map(() => h.call('POST', '/v1/promotion_codes', { body })));
    assert.equal(all.filter((r) => r.statusCode === 200).length, 1);
    for (const r of all.filter((r) => r.statusCode !== 200)) problem(r, 409, 'promotion_code_taken');
    assert.equal((await h.call('GET', '/v1/promotion_codes?code=race')).json().data.length, 1);
  });

  test("expires_at is in the future and not after the coupon's redeem_by", async () => {
    const late = await badPromo({ expires_at: co.redeem_by + 1 }, 400, 'parameter_invalid');
    assert.equal(late.param, 'expires_at');
    assert.equal((await badPromo({ expires_at: now() - 60 }, 400, 'parameter_invalid')).param, 'expires_at');
    const p = await promo({ expires_at: co.redeem_by });
    assert.equal(p.expires_at, co.redeem_by);
  });

  test('minimum_amount needs its currency', async () => {
    const bad = await badPromo({ restrictions: { minimum_amount: 2000 } }, 400, 'parameter_missing');
    assert.equal(bad.param, 'restrictions.minimum_amount_currency');
    const p = await promo({
      restrictions: { minimum_amount: 2000, minimum_amount_currency: 'USD', first_time_transaction: true },
    });
    assert.deepEqual(p.restrictions, {
      first_time_transaction: true,
      minimum_amount: 2000,
      minimum_amount_currency: 'usd',
    });
  });

  test('a restricted customer must exist; expand[] gives the customer and coupon', async () => {
    assert.equal((await badPromo({ customer: 'cus_missing' }, 404, 'resource_missing')).param, 'customer');
    const p = await promo({ customer }, '?expand[]=coupon');
    assert.deepEqual(p.coupon, (await h.call('GET', `/v1/coupons/${co.id}`)).json());
    const got = (await h.call('GET', `/v1/promotion_codes/${p.id}?expand[]=customer&expand[]=coupon`)).json();
    assert.equal(got.customer.id, customer);
    assert.equal(got.customer.name, 'Promo target');
    assert.equal(got.coupon.id, 'PROMO10');
    assert.equal(got.coupon.percent_off, 10);
  });

  test('list by code (any case), coupon and active', async () => {
    const other = await coupon({ percent_off: 50 });
    const mine = await promo({ code: 'LISTME' });
    const theirs = await h.call('POST', '/v1/promotion_codes', { body: { coupon: other.id, code: 'OTHERLIST' } });
    const byCode = (await h.call('GET', '/v1/promotion_codes?code=listme')).json();
    assert.deepEqual(
      byCode.data.map((p: any) => p.id),
      [mine.id],
    );
    const byCoupon = (await h.call('GET', `/v1/promotion_codes?coupon=${other.id}&expand[]=data.coupon`)).json();
    assert.deepEqual(
      byCoupon.data.map((p: any) => p.id),
      [theirs.json().id],
    );
    assert.equal(byCoupon.data[0].coupon.percent_off, 50);
    const inactive = (await h.call('GET', '/v1/promotion_codes?active=false&code=spring')).json();
    assert.equal(inactive.data.length, 1);
    assert.equal(inactive.data[0].code, 'SPRING');
    const forCustomer = (await h.call('GET', `/v1/promotion_codes?customer=${customer}`)).json();
    assert.equal(forCustomer.data.length, 1);
  });
});
