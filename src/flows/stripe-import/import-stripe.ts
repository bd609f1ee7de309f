/**
 * `tenure import stripe`: reads a Stripe account through the official SDK and creates its catalog, customers,
 * payment methods (as `stripe` gateway tokens) and live subscriptions in a Tenure account. Everything is read
 * first, then each object is written in its own transaction together with its row in `stripe_imports`, so a
 * re-run, or a run resumed after a crash, creates nothing twice. No network call happens inside those
 * transactions except the gateway's check of a payment method token (as for every attach).
 */
import { and, eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { Actor, AppContext } from '../../context.ts';
import { stripeImports } from '../../db/schema/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { createCoupon, createPrice, createProduct, createPromotionCode } from '../../modules/catalog/index.ts';
import { createCustomer } from '../../modules/customers/index.ts';
import { attachPaymentMethod } from '../../modules/payments/index.ts';
import { getTestClock } from '../../modules/test-clocks/index.ts';
import { createSubscription } from '../billing/index.ts';
import {
  couponInput,
  customerInput,
  IMPORTED_STATUSES,
  priceInput,
  productInput,
  promotionCodeCoupon,
  promotionCodeInput,
  type StripeCoupon,
  type StripeCustomer,
  type StripePrice,
  type StripeProduct,
  type StripePromotionCode,
  type StripeSubscription,
  subscriptionInput,
} from './map.ts';

export const IMPORT_KINDS = [
  'product',
  'price',
  'coupon',
  'customer',
  'payment_method',
  'promotion_code',
  'subscription',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export type ImportCounts = { created: number; existing: number; skipped: number };
export type ImportReport = {
  dry_run: boolean;
  counts: Record<ImportKind, ImportCounts>;
  problems: { object: ImportKind; stripe_id: string; message: string }[];
};
export type ImportOptions = {
  /** Count what would be created; write nothing. */
  dryRun?: boolean;
  /** Put every imported customer on this Tenure test clock (a rehearsal of the switch). */
  testClock?: string;
  onProgress?: (kind: ImportKind, done: number, total: number) => void;
};

type StripePaymentMethod = { id: string; type: string };
type Account = {
  products: StripeProduct[];
  prices: StripePrice[];
  coupons: StripeCoupon[];
  customers: StripeCustomer[];
  methods: Map<string, StripePaymentMethod[]>;
  promotionCodes: StripePromotionCode[];
  subscriptions: StripeSubscription[];
};

/** Reads the whole account (auto-pagination), before any write. */
export async function readStripeAccount(stripe: Stripe): Promise<Account> {
  type Paged<T> = { autoPagingEach(each: (item: T) => void): Promise<void> };
  const all = async <T>(list: Paged<T>) => {
    const items: T[] = [];
    await list.autoPagingEach((item) => void items.push(item));
    return items;
  };
  const customers = await all<StripeCustomer>(stripe.customers.list({ limit: 100, expand: ['data.tax_ids'] }) as never);
  const methods = new Map<string, StripePaymentMethod[]>();
  for (const customer of customers) {
    methods.set(customer.id, await all(stripe.customers.listPaymentMethods(customer.id, { limit: 100 }) as never));
  }
  return {
    products: await all(stripe.products.list({ limit: 100 }) as never),
    prices: await all(stripe.prices.list({ limit: 100 }) as never),
    coupons: await all(stripe.coupons.list({ limit: 100 }) as never),
    customers,
    methods,
    promotionCodes: await all(stripe.promotionCodes.list({ limit: 100 }) as never),
    subscriptions: await all(stripe.subscriptions.list({ limit: 100, status: 'all' }) as never),
  };
}

export async function importStripe(
  ctx: AppContext,
  accountId: string,
  stripe: Stripe,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const account = await readStripeAccount(stripe);
  const report: ImportReport = {
    dry_run: !!options.dryRun,
    counts: Object.fromEntries(IMPORT_KINDS.map((k) => [k, { created: 0, existing: 0, skipped: 0 }])) as never,
    problems: [],
  };
  const rows = await ctx.db.select().from(stripeImports).where(eq(stripeImports.accountId, accountId));
  const imported = new Map(rows.map((row) => [row.stripeId, row.tenureId]));
  const actor: Actor = { accountId, requestId: 'import_stripe' };
  const now = options.testClock
    ? (await getTestClock(ctx, accountId, options.testClock)).frozen_time
    : Math.floor(ctx.clock.now().epochMilliseconds / 1000);

  /** One object: skipped if imported before, else created with its map row in one transaction. */
  async function one(kind: ImportKind, stripeId: string, create: (tx: AppContext) => Promise<{ id: string }>) {
    if (imported.has(stripeId)) return void report.counts[kind].existing++;
    if (options.dryRun) return void report.counts[kind].created++;
    try {
      const id = await ctx.db.transaction(async (db) => {
        const tx = { ...ctx, db };
        const made = await create(tx);
        const created = toDate(ctx.clock.now());
        await db.insert(stripeImports).values({ accountId, stripeId, object: kind, tenureId: made.id, created });
        return made.id;
      });
      imported.set(stripeId, id);
      report.counts[kind].created++;
    } catch (error) {
      report.counts[kind].skipped++;
      report.problems.push({ object: kind, stripe_id: stripeId, message: (error as Error).message });
    }
  }
  async function each<T extends { id: string }>(kind: ImportKind, list: T[], run: (item: T) => Promise<void>) {
    for (const [i, item] of list.entries()) {
      await run(item);
      options.onProgress?.(kind, i + 1, list.length);
    }
  }
  const mapped = (id: string) => imported.get(id) ?? id; // in a dry run, not-yet-created objects keep their id

  await each('product', account.products, (p) =>
    one('product', p.id, (tx) => createProduct(tx, actor, productInput(p))),
  );
  await each('price', account.prices, (p) =>
    one('price', p.id, (tx) => createPrice(tx, actor, { ...priceInput(p), product: mapped(priceInput(p).product!) })),
  );
  await each('coupon', account.coupons, (c) =>
    one('coupon', c.id, (tx) => createCoupon(tx, actor, couponInput(c) as never)),
  );
  await each('customer', account.customers, async (c) => {
    const input = { ...customerInput(c), ...(options.testClock && { test_clock: options.testClock }) };
    await one('customer', c.id, (tx) => createCustomer(tx, actor, input));
    const preferred = c.invoice_settings?.default_payment_method;
    const defaultId = preferred ? (typeof preferred === 'string' ? preferred : preferred.id) : undefined;
    for (const method of account.methods.get(c.id) ?? []) {
      await one('payment_method', method.id, async (tx) => {
        const token = `${c.id}|${method.id}`;
        const input = { customer: mapped(c.id), token, gateway: 'stripe', set_default: method.id === defaultId };
        return (await attachPaymentMethod(tx, actor, input, undefined)).object;
      });
    }
  });
  await each('promotion_code', account.promotionCodes, async (p) => {
    const coupon = promotionCodeCoupon(p);
    const customer = p.customer ? (typeof p.customer === 'string' ? p.customer : p.customer.id) : undefined;
    const ids = { coupon: mapped(coupon ?? ''), ...(customer && { customer: mapped(customer) }) };
    await one('promotion_code', p.id, (tx) => createPromotionCode(tx, actor, promotionCodeInput(p, ids)));
  });
  await each('subscription', account.subscriptions, async (s) => {
    if (!IMPORTED_STATUSES.has(s.status)) return void report.counts.subscription.skipped++;
    const customer = typeof s.customer === 'string' ? s.customer : s.customer.id;
    const input = subscriptionInput(
      s,
      {
        customer: mapped(customer),
        price: mapped,
        coupon: (id) => (imported.has(id) || options.dryRun ? mapped(id) : undefined),
      },
      now,
    );
    await one('subscription', s.id, (tx) => createSubscription(tx, actor, input));
  });
  return report;
}

/** Whether a Stripe object was imported, and as what (for tests and the report). */
export async function importedAs(ctx: AppContext, accountId: string, stripeId: string): Promise<string | undefined> {
  const [row] = await ctx.db
    .select()
    .from(stripeImports)
    .where(and(eq(stripeImports.accountId, accountId), eq(stripeImports.stripeId, stripeId)));
  return row?.tenureId;
}
