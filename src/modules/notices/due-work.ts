/** Notices as due work: scheduled notices (on test clocks in their time, live otherwise) and sending. */
import { and, count, eq, isNull, lte, min, or } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { messages } from '../../db/schema/index.ts';
import type { DueWorkSource } from '../../worker/index.ts';
import { NOTICE_CONSUMER, queueEventNotices } from './event-notices.ts';
import { createMailer, type Mailer } from './mailer.ts';
import { type NoticeOptions, noticeLookups, type PrepareDeps, preloadCustomers, queueNotice } from './queue-notice.ts';
import { dueNotices } from './scheduled.ts';
import { type InvoicePdf, sendDueMessages } from './send-messages.ts';

export type NoticeWorkOptions = NoticeOptions & {
  /** SMTP when set; otherwise .eml files in `mailDir`. */
  smtpUrl?: string | undefined;
  mailDir: string;
  from?: string;
  /** A ready mailer (tests); wins over smtpUrl/mailDir. */
  mailer?: Mailer;
};

/** What sending needs besides the options: the invoice PDF for invoice e-mails (flows/documents, from the server). */
export type NoticeDeps = { invoicePdf: InvoicePdf; renewalTotal: PrepareDeps['renewalTotal'] };

/** A notice found late (a price change scheduled with less notice than the setting) is queued now, not back-dated. */
async function queueDue(
  ctx: AppContext,
  deps: NoticeDeps,
  options: NoticeOptions,
  due: Awaited<ReturnType<typeof dueNotices>>,
  now: Date,
) {
  const lookups = noticeLookups();
  await preloadCustomers(
    ctx.db,
    lookups,
    due.map((d) => d.request),
  );
  for (const notice of due) {
    const at = notice.dueAt < now ? now : notice.dueAt;
    await notice.request.prepare?.({ ctx, renewalTotal: deps.renewalTotal });
    await queueNotice(ctx.db, at, options, notice.request, lookups);
  }
  return due.length;
}

/**
 * Scheduled notices are queued in the step transaction of a test clock (so a reminder is decided at its
 * simulated time, in order with renewals); the e-mail itself goes out in real time, like webhooks.
 */
export function noticeDueWork(options: NoticeWorkOptions, deps: NoticeDeps): DueWorkSource {
  const mailer = options.mailer ?? createMailer(options);
  const from = options.from ?? 'Tenure <notices@tenure.local>';
  return {
    name: 'notices',
    consumers: [NOTICE_CONSUMER],
    async nextDueOnClock(ctx, accountId, clock, upTo) {
      // Earliest first: the first of each kind is the next one due.
      const due = await dueNotices(ctx.db, { accountId, clock }, upTo, 1);
      return due[0]?.dueAt ?? null;
    },
    async runOnClock(ctx, accountId, clock, at) {
      await queueDue(ctx, deps, options, await dueNotices(ctx.db, { accountId, clock }, at), at);
    },
    async runDue(ctx: AppContext, now: Date, limit: number) {
      const queued = await ctx.db.transaction(async (db) =>
        queueDue({ ...ctx, db }, deps, options, await dueNotices(db, { live: true }, now, limit), now),
      );
      const fromEvents = await queueEventNotices(ctx.db, options, 1000);
      return queued + fromEvents + (await sendDueMessages(ctx, mailer, from, limit, deps.invoicePdf));
    },
    async backlog(ctx, now) {
      const [row] = await ctx.db
        .select({ count: count(), oldest: min(messages.created) })
        .from(messages)
        .where(
          and(eq(messages.status, 'queued'), or(isNull(messages.nextAttemptAt), lte(messages.nextAttemptAt, now))),
        );
      return { count: row?.count ?? 0, oldest: row?.oldest ?? null };
    },
  };
}
