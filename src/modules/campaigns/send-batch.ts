/**
 * The worker's side of a campaign: each minute (in the worker's time) up to `rate_per_minute` pending recipients
 * get their e-mail queued through the notices module, which writes it in their language and only with marketing
 * consent (with the one-click unsubscribe); when none is pending the campaign is `sent`.
 */
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { type CampaignContent, campaignRecipients, campaigns } from '../../db/schema/index.ts';
import { recordEvent } from '../../events/index.ts';
import { fromDate } from '../../kernel/clock.ts';
import type { DueWorkSource } from '../../worker/index.ts';
import { assignExperiment } from '../experiments/index.ts';
import { queueNotice } from '../notices/index.ts';
import { clickToken, rewriteLinks } from './core/links.ts';
import { type CampaignRow, presentCampaign } from './present.ts';
import { campaignProgress } from './progress.ts';

export type CampaignOptions = { publicUrl: string };

type Recipient = typeof campaignRecipients.$inferSelect;

const text = (by: Record<string, string> | undefined, locale: string) => by?.[locale] ?? by?.en ?? '';

/** The subject variant of the campaign's experiment for this customer (exposure recorded), or null. */
async function variantOf(ctx: AppContext, campaign: CampaignRow, customer: string): Promise<string | null> {
  if (!campaign.subjectExperiment) return null;
  const assigned = await assignExperiment(ctx, { accountId: campaign.accountId }, campaign.subjectExperiment, {
    customer,
  });
  return assigned.variant;
}

async function sendOne(
  ctx: AppContext,
  campaign: CampaignRow,
  recipient: Recipient,
  now: Date,
  options: CampaignOptions,
) {
  const variant = await variantOf(ctx, campaign, recipient.customerId);
  const tracked = (index: number) =>
    `${options.publicUrl}/r/${clickToken(campaign.secret, campaign.accountId, recipient.id, index)}`;
  const message = await queueNotice(ctx.db, now, options, {
    accountId: campaign.accountId,
    customerId: recipient.customerId,
    template: 'campaign',
    eventId: campaign.id,
    vars: (format) => {
      const content: CampaignContent = campaign.content[format.locale] ?? campaign.content.en!;
      const subject = variant ? text(campaign.subjectVariants?.[variant], format.locale) : content.subject;
      return { campaign: { subject, body: rewriteLinks(content.body, campaign.links, tracked) } };
    },
  });
  await ctx.db
    .update(campaignRecipients)
    .set(
      message
        ? { status: 'sent', messageId: message.id, sentAt: now, variant }
        : { status: 'skipped', reason: 'no_email_or_consent', variant },
    )
    .where(and(eq(campaignRecipients.accountId, recipient.accountId), eq(campaignRecipients.id, recipient.id)));
}

/** One minute's batch of one due campaign, in the caller's transaction; false when no campaign is due. */
export async function sendCampaignBatch(ctx: AppContext, now: Date, options: CampaignOptions): Promise<boolean> {
  const [campaign] = await ctx.db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.status, 'sending'), lte(campaigns.nextBatchAt, now)))
    .orderBy(asc(campaigns.nextBatchAt))
    .limit(1)
    .for('update', { skipLocked: true });
  if (!campaign) return false;
  const pending = await ctx.db
    .select()
    .from(campaignRecipients)
    .where(
      and(
        eq(campaignRecipients.accountId, campaign.accountId),
        eq(campaignRecipients.campaignId, campaign.id),
        eq(campaignRecipients.status, 'pending'),
      ),
    )
    .orderBy(asc(campaignRecipients.id))
    .limit(campaign.ratePerMinute + 1);
  for (const recipient of pending.slice(0, campaign.ratePerMinute))
    await sendOne(ctx, campaign, recipient, now, options);
  const done = pending.length <= campaign.ratePerMinute;
  const [row] = await ctx.db
    .update(campaigns)
    .set(
      done
        ? { status: 'sent', finishedAt: now, nextBatchAt: null }
        : { nextBatchAt: new Date(Math.max(now.getTime(), campaign.nextBatchAt!.getTime()) + 60_000) },
    )
    .where(and(eq(campaigns.accountId, campaign.accountId), eq(campaigns.id, campaign.id)))
    .returning();
  if (done) {
    const object = presentCampaign(row!, await campaignProgress(ctx, row!));
    await recordEvent(ctx.db, { accountId: campaign.accountId }, { type: 'campaign.sent', object, at: fromDate(now) });
  }
  return true;
}

/** Campaign batches as due work (live time only: a campaign goes to all its recipients, whatever their clock). */
export function campaignDueWork(options: CampaignOptions): DueWorkSource {
  return {
    name: 'campaigns',
    nextDueOnClock: async () => null,
    runOnClock: async () => undefined,
    async runDue(ctx, now, limit) {
      let ran = 0;
      for (; ran < limit; ran++) {
        if (!(await ctx.db.transaction((db) => sendCampaignBatch({ ...ctx, db }, now, options)))) break;
      }
      return ran;
    },
    async backlog(ctx, now) {
      const [row] = await ctx.db
        .select({ count: sql<number>`count(*)::int`, oldest: sql<Date | null>`min(${campaigns.nextBatchAt})` })
        .from(campaigns)
        .where(and(eq(campaigns.status, 'sending'), lte(campaigns.nextBatchAt, now)));
      return { count: row?.count ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
    },
  };
}
