/** Payment methods (`pm_`): a gateway token plus what the gateway says it is; one default per customer. */
import { and, eq, type SQL } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import type { Actor, AppContext } from '../../context.ts';
import { findOne } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { customers, paymentMethods } from '../../db/schema/index.ts';
import { recordEvent } from '../../events/index.ts';
import { toDate, toUnix } from '../../kernel/clock.ts';
import { invalid } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { findCustomer } from '../customers/index.ts';
import { timeFor } from '../test-clocks/index.ts';
import { gatewayFor } from './gateways/index.ts';

export type PaymentMethodRow = typeof paymentMethods.$inferSelect;

/** `payment_method.card_expiring` goes out this many days before the card's last valid day. */
export const EXPIRY_NOTICE_DAYS = 30;

export function presentPaymentMethod(row: PaymentMethodRow) {
  return {
    id: row.id,
    object: 'payment_method' as const,
    created: toUnix(row.created),
    customer: row.detached ? null : row.customerId,
    gateway: row.gateway,
    type: row.type,
    card:
      row.type === 'card'
        ? { brand: row.brand, last4: row.last4, exp_month: row.expMonth, exp_year: row.expYear }
        : null,
    is_default: row.isDefault,
    metadata: row.metadata,
  };
}

/** The notice date for a card: 30 days before the end of its expiry month (cards work through that month). */
export function expiryNoticeAt(expYear: number | null, expMonth: number | null, now: Temporal.Instant): Date | null {
  if (!expYear || !expMonth) return null;
  const end = Temporal.PlainDate.from({ year: expYear, month: expMonth, day: 1 }).add({ months: 1 });
  const notice = end.subtract({ days: EXPIRY_NOTICE_DAYS }).toZonedDateTime('UTC').toInstant();
  return Temporal.Instant.compare(notice, now) <= 0 ? null : toDate(notice);
}

export type AttachInput = {
  customer: string;
  token: string;
  gateway?: string;
  set_default?: boolean;
  metadata?: Record<string, string>;
};

/** Attaches a gateway token to a customer; `id` keeps the id of a payment method created before (a draft). */
export async function attachPaymentMethod(ctx: AppContext, actor: Actor, input: AttachInput, id = newId('pm')) {
  const customer = await findCustomer(ctx, actor.accountId, input.customer, 'customer');
  const at = await timeFor(ctx, actor.accountId, customer.testClock);
  const gatewayName = input.gateway ?? 'sandbox';
  const gateway = gatewayFor(gatewayName);
  if (!gateway) throw invalid('gateway_unavailable', `No gateway '${gatewayName}' is configured`, 'gateway');
  refuseCardNumber(input.token);
  const details = await gateway.describe(input.token);
  const isDefault = input.set_default ?? !customer.defaultPaymentMethod;
  const row: PaymentMethodRow = {
    accountId: actor.accountId,
    id,
    customerId: customer.id,
    gateway: gatewayName,
    token: input.token,
    type: details.type,
    brand: details.brand,
    last4: details.last4,
    expMonth: details.expMonth,
    expYear: details.expYear,
    isDefault,
    expiryNoticeAt: expiryNoticeAt(details.expYear, details.expMonth, at),
    detached: false,
    testClock: customer.testClock,
    metadata: input.metadata ?? {},
    created: toDate(at),
  };
  if (isDefault) await clearDefault(ctx, actor.accountId, customer.id);
  await ctx.db.insert(paymentMethods).values(row);
  if (isDefault) {
    await ctx.db
      .update(customers)
      .set({ defaultPaymentMethod: row.id })
      .where(and(eq(customers.accountId, actor.accountId), eq(customers.id, customer.id)));
  }
  const object = presentPaymentMethod(row);
  await recordEvent(ctx.db, actor, { type: 'payment_method.attached', object, at, testClock: row.testClock });
  return { object, row, at };
}

/** A card number must never be stored, logged or echoed: refuse it without repeating it. */
export function refuseCardNumber(token: string, param = 'token'): void {
  if (/^\d{12,19}$/.test(token.replace(/[\s-]/g, ''))) {
    throw invalid('raw_card_number', 'Send a gateway token, never a card number', param);
  }
}

async function clearDefault(ctx: AppContext, accountId: string, customerId: string) {
  await ctx.db
    .update(paymentMethods)
    .set({ isDefault: false })
    .where(and(eq(paymentMethods.accountId, accountId), eq(paymentMethods.customerId, customerId)));
}

export async function detachPaymentMethod(ctx: AppContext, actor: Actor, id: string) {
  const row = await findOne<PaymentMethodRow>(ctx.db, paymentMethods, actor.accountId, id, 'payment method', {
    lock: true,
  });
  await ctx.db
    .update(paymentMethods)
    .set({ detached: true, isDefault: false, expiryNoticeAt: null })
    .where(and(eq(paymentMethods.accountId, actor.accountId), eq(paymentMethods.id, id)));
  if (row.isDefault) {
    await ctx.db
      .update(customers)
      .set({ defaultPaymentMethod: null })
      .where(and(eq(customers.accountId, actor.accountId), eq(customers.id, row.customerId)));
  }
  const object = presentPaymentMethod({ ...row, detached: true, isDefault: false });
  const at = await timeFor(ctx, actor.accountId, row.testClock);
  await recordEvent(ctx.db, actor, { type: 'payment_method.detached', object, at, testClock: row.testClock });
  return object;
}

export async function getPaymentMethod(ctx: AppContext, accountId: string, id: string) {
  return presentPaymentMethod(await findOne<PaymentMethodRow>(ctx.db, paymentMethods, accountId, id, 'payment method'));
}

export async function listPaymentMethods(
  ctx: AppContext,
  accountId: string,
  params: ListParams & { customer?: string },
) {
  const filters: SQL[] = [eq(paymentMethods.detached, false)];
  if (params.customer) filters.push(eq(paymentMethods.customerId, params.customer));
  return listPage(ctx.db, paymentMethods, accountId, params, and(...filters), presentPaymentMethod);
}

/**
 * Makes one of the customer's attached payment methods the default (Stripe's
 * `invoice_settings.default_payment_method`), or none with null; the next charges use it.
 */
export async function setDefaultPaymentMethod(
  ctx: AppContext,
  actor: Actor,
  customerId: string,
  id: string | null,
  param = 'invoice_settings.default_payment_method',
) {
  const customer = await findCustomer(ctx, actor.accountId, customerId, 'customer', true);
  if (id !== null) {
    const row = await findOne<PaymentMethodRow>(ctx.db, paymentMethods, actor.accountId, id, 'payment method', {
      param,
    });
    if (row.detached || row.customerId !== customer.id) {
      throw invalid('payment_method_not_attached', `The payment method ${id} is not attached to ${customer.id}`, param);
    }
  }
  await clearDefault(ctx, actor.accountId, customer.id);
  if (id !== null) {
    await ctx.db
      .update(paymentMethods)
      .set({ isDefault: true })
      .where(and(eq(paymentMethods.accountId, actor.accountId), eq(paymentMethods.id, id)));
  }
  await ctx.db
    .update(customers)
    .set({ defaultPaymentMethod: id })
    .where(and(eq(customers.accountId, actor.accountId), eq(customers.id, customer.id)));
  return { changed: customer.defaultPaymentMethod !== id, at: await timeFor(ctx, actor.accountId, customer.testClock) };
}
