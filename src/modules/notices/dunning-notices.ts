/**
 * The dunning e-mails: every failed attempt and every overdue warning is its own notice (each event is its own
 * cause, so none is deduplicated into another), and each links to the page where the customer replaces the card.
 */
import { fromUnix, toDate } from '../../kernel/clock.ts';
import type { EventNoticeName, TemplateVars } from './core/index.ts';
import type { NoticeFormat } from './queue-notice.ts';

type Obj = Record<string, unknown>;
type Dunning = { template: EventNoticeName; vars: (f: NoticeFormat) => TemplateVars };

const day = (f: NoticeFormat, unix: unknown) => (typeof unix === 'number' ? f.date(toDate(fromUnix(unix))) : '');

/** The card-update page of the invoice's link (collection gives a failing invoice its link secret). */
export function updateUrl(o: Obj, publicUrl: string): string {
  return typeof o.hosted_invoice_url === 'string' ? `${publicUrl}${o.hosted_invoice_url}/payment_method` : '';
}

function base(o: Obj, publicUrl: string, f: NoticeFormat): TemplateVars {
  const amount = typeof o.amount_due === 'number' ? o.amount_due - ((o.amount_paid as number) ?? 0) : 0;
  return {
    invoice: { number: String(o.number ?? ''), amount: f.money(amount, String(o.currency)) },
    payment: {
      attempt: f.number((o.attempt_count as number) ?? 0),
      next_retry: day(f, o.next_payment_attempt),
      update_url: updateUrl(o, publicUrl),
    },
  };
}

/** invoice.payment_failed and invoice.overdue → which dunning e-mail, if any (pure). */
export function chooseDunningNotice(type: string, o: Obj, publicUrl: string): Dunning | null {
  if (type === 'invoice.payment_failed') {
    // With no retry left the e-mail must not promise one.
    const template = typeof o.next_payment_attempt === 'number' ? 'payment_failed' : 'payment_failed_final';
    return { template, vars: (f) => base(o, publicUrl, f) };
  }
  if (type !== 'invoice.overdue') return null;
  const stage = (o.collection ?? {}) as { action?: string; days_unpaid?: number; next_stage?: Obj | null };
  // A cancel stage is told by subscription_ended; unpaid and pause suspend the subscription and say so.
  const suspended = stage.action === 'unpaid' || stage.action === 'pause';
  if (stage.action !== 'warn' && stage.action !== 'block_access' && !suspended) return null;
  const final = stage.next_stage?.action === 'cancel';
  return {
    template: suspended ? 'dunning_suspended' : final ? 'dunning_final_warning' : 'dunning_warning',
    vars: (f) => ({
      ...base(o, publicUrl, f),
      dunning: {
        days_unpaid: f.number(stage.days_unpaid ?? 0),
        cancel_date: final ? day(f, stage.next_stage?.at) : '',
      },
    }),
  };
}
