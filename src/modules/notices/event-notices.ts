/**
 * Notices that follow events: reads the events outbox per account after a cursor (like webhook fan-out, with a
 * look-back for transactions that commit late) and queues each notice once per (event, template, customer).
 */
import { and, asc, eq, gt, inArray, max } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { accounts, events, noticeCursors } from '../../db/schema/index.ts';
import { fromUnix, toDate } from '../../kernel/clock.ts';
import { idFloor, idTime } from '../../kernel/ids.ts';
import type { EventNoticeName, TemplateVars } from './core/index.ts';
import { chooseDunningNotice } from './dunning-notices.ts';
import { type NoticeFormat, type NoticeOptions, queueNotice } from './queue-notice.ts';

const COMMIT_GRACE_MS = 60_000;

/** The lowest full-length event id of a millisecond (idTime reads only full-length ids). */
const floorId = (ms: number) => `${idFloor('evt', ms)}${'0'.repeat(14)}`;

type Obj = Record<string, unknown>;
type Chosen = {
  template: EventNoticeName;
  customer: string;
  vars: (f: NoticeFormat) => TemplateVars;
  attachInvoice?: string;
};

const NOTICE_EVENTS = [
  'customer.subscription.created',
  'customer.subscription.trial_will_end',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'invoice.finalized',
  'invoice.payment_succeeded',
  'invoice.payment_failed',
  'invoice.overdue',
  'payment_method.card_expiring',
  'survey_request.created',
];

const day = (f: NoticeFormat, unix: unknown) => (typeof unix === 'number' ? f.date(toDate(fromUnix(unix))) : '');

function invoiceVars(o: Obj, publicUrl: string) {
  return (f: NoticeFormat) => {
    const amount = (o.status === 'paid' ? o.amount_paid : o.amount_due) as number;
    const url = typeof o.hosted_invoice_url === 'string' ? `${publicUrl}${o.hosted_invoice_url}` : '';
    return { invoice: { number: String(o.number ?? ''), amount: f.money(amount ?? 0, String(o.currency)), url } };
  };
}

/** Which notice an event calls for, if any (pure: the event's type, object and previous attributes). */
export function chooseNotice(type: string, o: Obj, previous: Obj | undefined, publicUrl: string): Chosen | null {
  const customer = typeof o.customer === 'string' ? o.customer : null;
  if (!customer) return null;
  const sub = (f: NoticeFormat) => ({
    subscription: {
      period_end: day(f, o.current_period_end),
      trial_end: day(f, o.trial_end),
      access_ends: day(f, o.cancel_at ?? o.current_period_end),
      ended: day(f, o.ended_at),
    },
  });
  switch (type) {
    case 'customer.subscription.created':
      return { template: 'subscription_started', customer, vars: sub };
    case 'customer.subscription.trial_will_end':
      return { template: 'trial_ending', customer, vars: sub };
    case 'customer.subscription.deleted':
      return { template: 'subscription_ended', customer, vars: sub };
    case 'customer.subscription.updated':
      if (previous && previous.cancel_at_period_end === false && o.cancel_at_period_end === true)
        return { template: 'cancellation_confirmed', customer, vars: sub };
      if (previous && o.status !== 'canceled' && ('plan' in previous || 'items' in previous))
        return { template: 'plan_changed', customer, vars: sub };
      return null;
    case 'invoice.finalized':
      return o.amount_due === 0
        ? null
        : { template: 'invoice_issued', customer, vars: invoiceVars(o, publicUrl), attachInvoice: String(o.id) };
    case 'invoice.payment_succeeded':
      return (o.amount_paid as number) > 0
        ? { template: 'payment_succeeded', customer, vars: invoiceVars(o, publicUrl) }
        : null;
    case 'invoice.payment_failed':
    case 'invoice.overdue': {
      const dunning = chooseDunningNotice(type, o, publicUrl);
      return dunning && { ...dunning, customer };
    }
    case 'payment_method.card_expiring': {
      const card = (o.card ?? {}) as Obj;
      const expires = `${String(card.exp_month).padStart(2, '0')}/${card.exp_year}`;
      return {
        template: 'card_expiring',
        customer,
        vars: () => ({ card: { brand: String(card.brand ?? ''), last4: String(card.last4 ?? ''), expires } }),
      };
    }
    case 'survey_request.created':
      return surveyNotice(o, customer, publicUrl);
    default:
      return null;
  }
}

/** A survey e-mail: each answer's signed path (from the surveys module, in the event) becomes a full link. */
function surveyNotice(o: Obj, customer: string, publicUrl: string): Chosen | null {
  const paths = o.answer_paths as Record<string, string> | undefined;
  if (!paths) return null;
  const links = Object.fromEntries(Object.entries(paths).map(([score, path]) => [`s${score}`, `${publicUrl}${path}`]));
  if (o.kind === 'nps' || o.kind === 'csat') {
    return { template: o.kind === 'nps' ? 'survey_nps' : 'survey_csat', customer, vars: () => ({ survey: { links } }) };
  }
  if (o.kind !== 'choice') return null;
  // The account writes the question and labels per locale; the customer's locale picks them, else English.
  const question = (o.question ?? {}) as Record<string, string>;
  const options = (o.options ?? []) as { label: Record<string, string> }[];
  const text = (t: Record<string, string>, locale: string) => t[locale] ?? t.en ?? '';
  const vars = (f: NoticeFormat) => ({
    survey: {
      question: text(question, f.locale),
      choices: options.map((option, i) => `${text(option.label, f.locale)}: ${links[`s${i}`] ?? ''}`).join('\n'),
    },
  });
  return { template: 'survey_choice', customer, vars };
}

async function cursorOf(db: Db, accountId: string, now: Date): Promise<string> {
  const read = async () =>
    (await db.select().from(noticeCursors).where(eq(noticeCursors.accountId, accountId)))[0]?.cursor;
  // Read first, so that a scan with nothing new writes nothing: a write ends the worker's idle backoff (worker.ts).
  const cursor = await read();
  if (cursor) return cursor;
  // A new cursor starts now: an installation that upgrades does not mail its whole history.
  await db
    .insert(noticeCursors)
    .values({ accountId, cursor: floorId(now.getTime()) })
    .onConflictDoNothing();
  return (await read())!;
}

/** Scans every account's new events once; returns how many notices were queued. */
export async function queueEventNotices(db: Db, now: Date, options: NoticeOptions, limit: number): Promise<number> {
  let queued = 0;
  const all = await db.select({ id: accounts.id, settings: accounts.settings }).from(accounts);
  for (const account of all) {
    const cursor = await cursorOf(db, account.id, now);
    const from = floorId(idTime(cursor) - COMMIT_GRACE_MS);
    const rows = await db
      .select()
      .from(events)
      .where(and(eq(events.accountId, account.id), gt(events.id, from), inArray(events.type, NOTICE_EVENTS)))
      .orderBy(asc(events.id))
      .limit(limit);
    const enabled = (account.settings.notices ?? {}) as Record<string, { enabled?: boolean }>;
    for (const event of rows) {
      const data = event.data as { object: Obj; previous_attributes?: Obj };
      const chosen = chooseNotice(event.type, data.object, data.previous_attributes, options.publicUrl);
      if (!chosen || enabled[chosen.template]?.enabled === false) continue;
      const request = {
        accountId: account.id,
        customerId: chosen.customer,
        template: chosen.template,
        eventId: event.id,
        vars: chosen.vars,
        attachInvoice: chosen.attachInvoice,
      };
      const row = await queueNotice(db, event.created, options, request);
      if (row) queued++;
    }
    let next: string | null | undefined;
    if (rows.length < limit) {
      [{ id: next } = { id: null }] = await db
        .select({ id: max(events.id) })
        .from(events)
        .where(eq(events.accountId, account.id));
    } else {
      // A full batch: the next scan's look-back starts at its last event's millisecond, so the scan moves on.
      next = floorId(idTime(rows.at(-1)!.id) + COMMIT_GRACE_MS);
    }
    if (next && next > cursor)
      await db.update(noticeCursors).set({ cursor: next }).where(eq(noticeCursors.accountId, account.id));
  }
  return queued;
}
