import { and, eq, like } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { customers, events, idempotencyKeys, messages, paymentMethods } from '../../db/schema/index.ts';
import { recordEvent } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { presentCustomer } from '../../modules/customers/index.ts';
import { timeFor } from '../../modules/test-clocks/index.ts';
import { personalStrings, scrubPersonalData } from './core/erase-personal-data.ts';
import { customerRow, eventsAbout } from './customer-rows.ts';

type Json = Parameters<typeof scrubPersonalData>[0];

/**
 * Erases a customer's personal data (GDPR art. 17, LGPD art. 18) in one transaction: the customer's name,
 * e-mail, phone, address, tax ids, attributes and metadata; the recipients, subjects and bodies of its e-mails
 * (queued ones are not sent); payment-method metadata; and the same values wherever events and stored
 * idempotent responses copied them. Ids, amounts, invoices, payments and the ledger are kept, so the books still
 * reconcile (invoices must be kept for tax law). Writes `customer.anonymized`. Running it twice is harmless.
 */
export async function anonymizeCustomer(ctx: AppContext, actor: Actor, id: string) {
  const { db } = ctx;
  const accountId = actor.accountId;
  const row = await customerRow(db, accountId, id, true);
  const at = await timeFor(ctx, accountId, row.testClock);
  const sent = await db
    .selectDistinct({ to: messages.to })
    .from(messages)
    .where(and(eq(messages.accountId, accountId), eq(messages.customerId, id)));
  const methods = await db
    .select({ metadata: paymentMethods.metadata })
    .from(paymentMethods)
    .where(and(eq(paymentMethods.accountId, accountId), eq(paymentMethods.customerId, id)));
  const about = await db.select({ id: events.id, data: events.data }).from(events).where(eventsAbout(accountId, id));
  // Earlier versions of the customer (an old name or e-mail) live on in its events' snapshots.
  const snapshots = about.flatMap(({ data }) => {
    const object = data.object as { object?: string; id?: string };
    return object?.object === 'customer' && object.id === id ? [object, data.previous_attributes ?? {}] : [];
  });
  const personal = personalStrings(presentCustomer(row), [
    ...sent.map((m) => m.to),
    ...methods.flatMap((m) => Object.values(m.metadata ?? {})),
    ...snapshots.flatMap((snapshot) => [...personalStrings(snapshot as never)]),
  ]);
  const [erased] = await db
    .update(customers)
    .set({
      name: null,
      email: null,
      phone: null,
      description: null,
      address: null,
      taxIds: [],
      attributes: {},
      metadata: {},
      marketingConsent: false,
      marketingConsentAt: row.marketingConsent ? toDate(at) : row.marketingConsentAt,
    })
    .where(and(eq(customers.accountId, accountId), eq(customers.id, id)))
    .returning();
  await eraseMessages(ctx, accountId, id);
  await db
    .update(paymentMethods)
    .set({ metadata: {} })
    .where(and(eq(paymentMethods.accountId, accountId), eq(paymentMethods.customerId, id)));
  await scrubStoredDocuments(ctx, accountId, id, about, personal);
  const customer = presentCustomer(erased!);
  await recordEvent(db, actor, { type: 'customer.anonymized', object: customer, at, testClock: row.testClock });
  return customer;
}

async function eraseMessages(ctx: AppContext, accountId: string, customerId: string) {
  const ofCustomer = and(eq(messages.accountId, accountId), eq(messages.customerId, customerId));
  // A queued e-mail would go to an address Tenure no longer holds: it is failed, not sent.
  await ctx.db
    .update(messages)
    .set({ status: 'failed', nextAttemptAt: null, lastError: 'customer anonymized' })
    .where(and(ofCustomer, eq(messages.status, 'queued')));
  await ctx.db
    .update(messages)
    .set({ to: '', subject: '', content: { text: '', html: '', headers: {} }, deliveredTo: null })
    .where(ofCustomer);
}

/** Events about the customer (and webhooks resent from them) and stored idempotent responses that named it. */
async function scrubStoredDocuments(
  ctx: AppContext,
  accountId: string,
  customerId: string,
  about: { id: string; data: (typeof events.$inferSelect)['data'] }[],
  personal: Set<string>,
) {
  for (const row of about) {
    const data = scrubPersonalData(row.data as Json, customerId, personal) as typeof row.data;
    if (JSON.stringify(data) === JSON.stringify(row.data)) continue;
    await ctx.db
      .update(events)
      .set({ data })
      .where(and(eq(events.accountId, accountId), eq(events.id, row.id)));
  }
  const stored = await ctx.db
    .select({ key: idempotencyKeys.key, body: idempotencyKeys.responseBody })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.accountId, accountId), like(idempotencyKeys.responseBody, `%${customerId}%`)));
  for (const { key, body } of stored) {
    let scrubbed: string;
    try {
      scrubbed = JSON.stringify(scrubPersonalData(JSON.parse(body ?? 'null') as Json, customerId, personal));
    } catch {
      scrubbed = 'null'; // not JSON: nothing to keep from it
    }
    await ctx.db
      .update(idempotencyKeys)
      .set({ responseBody: scrubbed })
      .where(and(eq(idempotencyKeys.accountId, accountId), eq(idempotencyKeys.key, key)));
  }
}
