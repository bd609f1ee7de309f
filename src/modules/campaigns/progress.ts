/** A campaign's progress, read from its recipients; conversions are MRR growth within the attribution window. */
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { campaignRecipients } from '../../db/schema/index.ts';
import { customersGrowingWithin } from '../analytics/index.ts';
import type { CampaignProgress, CampaignRow } from './present.ts';

const DAY_MS = 86_400_000;

export async function campaignProgress(ctx: AppContext, row: CampaignRow): Promise<CampaignProgress> {
  const of = and(eq(campaignRecipients.accountId, row.accountId), eq(campaignRecipients.campaignId, row.id));
  const [counts] = await ctx.db
    .select({
      sent: sql<number>`(count(*) filter (where ${campaignRecipients.status} = 'sent'))::int`,
      skipped: sql<number>`(count(*) filter (where ${campaignRecipients.status} = 'skipped'))::int`,
      clicks: sql<number>`coalesce(sum(${campaignRecipients.clicks}), 0)::int`,
      clicked: sql<number>`(count(*) filter (where ${campaignRecipients.clicks} > 0))::int`,
    })
    .from(campaignRecipients)
    .where(of);
  // A conversion: a recipient who started, restarted or upgraded a subscription within N days of the e-mail.
  const sent = await ctx.db
    .select({ customer: campaignRecipients.customerId, sentAt: campaignRecipients.sentAt })
    .from(campaignRecipients)
    .where(and(of, isNotNull(campaignRecipients.sentAt)));
  const windows = sent.map((r) => ({
    customer: r.customer,
    from: r.sentAt!,
    to: new Date(r.sentAt!.getTime() + row.attributionDays * DAY_MS),
  }));
  const converted = await customersGrowingWithin(ctx, row.accountId, windows);
  return {
    sent: counts?.sent ?? 0,
    skipped: counts?.skipped ?? 0,
    clicks: counts?.clicks ?? 0,
    clicked: counts?.clicked ?? 0,
    conversions: converted.size,
  };
}
