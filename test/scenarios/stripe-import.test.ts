import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import Stripe from 'stripe';
import { Temporal } from 'temporal-polyfill';
import { importedAs, importStripe } from '../../src/flows/stripe-import/index.ts';
import { registerStripeGateway } from '../../src/modules/payments/index.ts';
import { type Harness, startHarness } from '../helpers/harness.ts';
import { type StripeAccountFake, startStripeAccountFake } from '../helpers/stripe-account-fake.ts';
import { stripeAccountFixture } from '../helpers/stripe-account-fixture.ts';
import { billingKit } from './billing-kit.ts';

// Issue #20's migration acceptance: a Stripe account of N customers, each with a card and a live subscription,
// moves over on a test clock; each next renewal happens once, on its Stripe date; a second import creates nothing.
// The issue's 1,000 by default (TENURE_IMPORT_CUSTOMERS sets another count). Measured at 1,000 on a shared 2-core
// host (node's own CPU; PostgreSQL's server CPU comes on top), before → after the changes of issue #20's follow-up:
//   PGlite      import 54 → 42 s CPU, month of renewals 135 → 73 s; whole file 202 → 126 s CPU, 211 → 130 s wall
//   PostgreSQL  import 17 → 20 s CPU (same code), month of renewals 61 → 35 s; file 85 → 63 s CPU, 123 → 103 s wall
// The renewals got cheaper by parsing the invoice PDF's fonts once per process (~20 s), planner statistics on PGlite
// (no autovacuum there: the notices scan ran nested loops over every customer and message, 86 ms a step where 5 ms
// do), the notices scan selecting only due rows, and one read of a batch's customers, account and templates for its
// notices. What is left is spread thin: ~40 statements per imported customer (its three objects, the $0 first
// invoice, entitlements, events) and ~50 per renewal (reminder preview, charge, four e-mails, MRR movements).
const N = Number(process.env.TENURE_IMPORT_CUSTOMERS ?? 1000);
const SWITCH = Temporal.Instant.from('2025-03-10T00:00:00Z');

let h: Harness;

/** Every object of a list, 100 a page. */
async function listAll(path: string): Promise<any[]> {
  const out: any[] = [];
  for (let after = ''; ; ) {
    const sep = path.includes('?') ? '&' : '?';
    const page = (await h.call('GET', `${path}${sep}limit=100${after && `&starting_after=${after}`}`)).json();
    out.push(...page.data);
    if (!page.has_more) return out;
    after = page.data.at(-1).id;
  }
}
let fake: StripeAccountFake;
let stripe: Stripe;
const { account, expected } = stripeAccountFixture(N, SWITCH);

before(async () => {
  fake = await startStripeAccountFake(account);
  const where = { host: fake.host, port: fake.port, protocol: fake.protocol };
  await registerStripeGateway({ secretKey: 'sk_test_import', ...where, maxNetworkRetries: 0 });
  stripe = new Stripe('sk_test_import', { ...where, maxNetworkRetries: 0 });
  h = await startHarness();
});
after(async () => {
  await h.close();
  await fake.close();
});

// A long scenario (1,000 customers through the importer and a month of renewals): its own limit, not the suite's.
test(`a Stripe account of ${N} customers moves over: dry run, import, each renewal once on its Stripe date, no re-import`, {
  timeout: 600_000,
}, async () => {
  const k = billingKit(h);
  const clock = await k.clock(SWITCH.toString());
  const ctx = h.ctx;

  const dry = await importStripe(ctx, h.accountId, stripe, { dryRun: true, testClock: clock });
  assert.equal(dry.dry_run, true);
  assert.deepEqual(dry.counts.customer, { created: N, existing: 0, skipped: 0 });
  assert.equal((await k.ok('GET', '/v1/customers?limit=1')).data.length, 0, 'a dry run writes nothing');

  const progress: string[] = [];
  const report = await importStripe(ctx, h.accountId, stripe, {
    testClock: clock,
    onProgress: (kind, done, total) => done === total && progress.push(`${kind} ${total}`),
  });
  assert.deepEqual(report.problems, []);
  assert.deepEqual(report.counts, {
    product: { created: 1, existing: 0, skipped: 0 },
    price: { created: 2, existing: 0, skipped: 0 },
    coupon: { created: 1, existing: 0, skipped: 0 },
    customer: { created: N, existing: 0, skipped: 0 },
    payment_method: { created: N, existing: 0, skipped: 0 },
    promotion_code: { created: 2, existing: 0, skipped: 0 },
    subscription: { created: N, existing: 0, skipped: 1 },
  });
  assert.deepEqual(progress, [
    'product 1',
    'price 2',
    'coupon 1',
    `customer ${N}`,
    'promotion_code 2',
    `subscription ${N + 1}`,
  ]);
  assert.equal(fake.intents.length, 0, 'the current period was paid on Stripe: nothing is charged at the switch');

  // Spot checks of the shapes, then every subscription's period against Stripe's.
  const first = await k.ok('GET', `/v1/customers/${await importedAs(ctx, h.accountId, 'cus_S0')}`);
  assert.deepEqual([first.email, first.metadata.crm, first.tax_ids[0].type], ['c0@example.com', 'c-0', 'br_cpf']);
  const card = await k.ok('GET', `/v1/payment_methods/${first.invoice_settings.default_payment_method}`);
  assert.deepEqual([card.gateway, card.card.last4, card.is_default], ['stripe', '4000', true]);
  const codes = (await k.ok('GET', '/v1/promotion_codes')).data;
  assert.deepEqual(codes.map((c: any) => [c.code, c.coupon, c.customer]).sort(), [
    ['SPRING', 'HALF', null],
    ['VIP0', 'HALF', first.id],
  ]);
  const tenureSub = new Map<string, string>();
  for (const e of expected) tenureSub.set(e.sub, (await importedAs(ctx, h.accountId, e.sub))!);
  const subs = new Map((await listAll('/v1/subscriptions?status=all')).map((s) => [s.id, s]));
  for (const e of expected) {
    const sub = subs.get(tenureSub.get(e.sub)!)!;
    assert.deepEqual(
      [sub.status, sub.current_period_end, sub.cancel_at_period_end],
      [e.status, e.end, e.cancelAtPeriodEnd],
      e.sub,
    );
  }

  // A month on: every subscription renewed exactly once, at Stripe's date, at its price (discount included).
  await k.advance(clock, '2025-04-10T00:00:00Z');
  const renewals = Map.groupBy(
    (await listAll('/v1/invoices')).filter((inv) => inv.billing_reason === 'subscription_cycle'),
    (inv) => inv.subscription as string,
  );
  for (const e of expected) {
    const mine = renewals.get(tenureSub.get(e.sub)!) ?? [];
    if (e.cancelAtPeriodEnd) {
      assert.equal(mine.length, 0, `${e.sub} ended at period end`);
      continue;
    }
    assert.deepEqual(
      mine.map((inv) => [inv.period_start, inv.total, inv.status]),
      [[e.end, e.amount, 'paid']],
      e.sub,
    );
  }
  const renewing = expected.filter((e) => !e.cancelAtPeriodEnd);
  assert.equal(fake.intents.length, renewing.length, 'one charge per renewal, through the stripe gateway');

  const again = await importStripe(ctx, h.accountId, stripe, { testClock: clock });
  assert.deepEqual(again.counts.customer, { created: 0, existing: N, skipped: 0 });
  assert.deepEqual(again.counts.subscription, { created: 0, existing: N, skipped: 1 });
  assert.equal(
    Object.values(again.counts).reduce((sum, c) => sum + c.created, 0),
    0,
    'a second import creates nothing',
  );
});
