/**
 * Notices that follow events: reads the events outbox in commit order (events/consume.ts) and queues each notice
 * once per (event, template, customer).
 */
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { accounts } from '../../db/schema/index.ts';
import { consumeOutbox, type OutboxConsumer } from '../../events/index.ts';
import { fromUnix, toDate } from '../../kernel/clock.ts';
import type { EventNoticeName, TemplateVars } from './core/index.ts';
import { chooseDunningNotice } from './dunning-notices.ts';
import { type NoticeFormat, type NoticeOptions, noticeLookups, preloadCustomers, queueNotice } from './queue-notice.ts';

type Obj = Record<string, unknown>;
type Chosen = {
  template: EventNoticeName;
  customer: string;
  vars: (f: NoticeFormat) => TemplateVars;
  attachInvoice?: string;
  headers?: Record<string, string>;
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
  'support_ticket.message_created',
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
    case 'support_ticket.message_created':
      return supportReplyNotice(o, customer);
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

/** An operator's public reply (the support module puts the signed reply address in the event; notes have none). */
function supportReplyNotice(o: Obj, customer: string): Chosen | null {
  if (o.author !== 'operator' || o.internal === true || typeof o.reply_to !== 'string') return null;
  const vars = () => ({
    ticket: { id: String(o.ticket), subject: String(o.ticket_subject ?? '') },
    reply: { body: String(o.body ?? '') },
  });
  return { template: 'support_reply', customer, vars, headers: { 'Reply-To': o.reply_to } };
}

/** The notice-worthy event types, read in commit order from the outbox (events/consume.ts). */
export const NOTICE_CONSUMER: OutboxConsumer = { name: 'notices', types: NOTICE_EVENTS };

/** Queues the notices the next events call for (once per event, template and customer); returns how many events. */
export async function queueEventNotices(db: Db, options: NoticeOptions, limit: number): Promise<number> {
  return consumeOutbox(db, NOTICE_CONSUMER, limit, async (tx, batch) => {
    const accountIds = [...new Set(batch.map((event) => event.accountId))];
    const settings = new Map(
      (
        await tx
          .select({ id: accounts.id, settings: accounts.settings })
          .from(accounts)
          .where(inArray(accounts.id, accountIds))
      ).map((a) => [a.id, (a.settings.notices ?? {}) as Record<string, { enabled?: boolean }>]),
    );
    const requests = batch.flatMap((event) => {
      const data = event.data as { object: Obj; previous_attributes?: Obj };
      const chosen = chooseNotice(event.type, data.object, data.previous_attributes, options.publicUrl);
      if (!chosen || settings.get(event.accountId)?.[chosen.template]?.enabled === false) return [];
      const request = {
        accountId: event.accountId,
        customerId: chosen.customer,
        template: chosen.template,
        eventId: event.id,
        vars: chosen.vars,
        attachInvoice: chosen.attachInvoice,
        headers: chosen.headers,
      };
      return [{ at: event.created, request }];
    });
    const lookups = noticeLookups();
    await preloadCustomers(
      tx,
      lookups,
      requests.map((r) => r.request),
    );
    for (const { at, request } of requests) await queueNotice(tx, at, options, request, lookups);
  });
}
