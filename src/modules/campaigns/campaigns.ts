/**
 * Campaigns: a marketing e-mail to a segment. Made as a draft; sending snapshots the segment's members as
 * recipients (each e-mailed at most once) and the worker sends them at the campaign's per-minute rate.
 */
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { findOne } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { type CampaignContent, campaignRecipients, campaigns } from '../../db/schema/index.ts';
import { recordEvent } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { conflict, invalid, notFound } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { mergeMetadata } from '../../kernel/metadata.ts';
import { findExperiment } from '../experiments/index.ts';
import { getSegment, listSegmentMembers } from '../segments/index.ts';
import { extractLinks } from './core/links.ts';
import { type CampaignRow, presentCampaign } from './present.ts';
import { campaignProgress } from './progress.ts';

export type CampaignInput = {
  name: string;
  segment: string;
  content: Record<string, CampaignContent>;
  subject_experiment?: string;
  subject_variants?: Record<string, Record<string, string>>;
  rate_per_minute?: number;
  attribution_days?: number;
  metadata?: Record<string, string | null>;
};

/** Every experiment variant needs an English subject; the experiment must exist. */
async function checkSubjects(ctx: AppContext, accountId: string, input: CampaignInput): Promise<void> {
  if (!input.content.en) throw invalid('parameter_missing', 'A campaign needs content.en', 'content.en');
  if (input.subject_experiment === undefined) {
    if (input.subject_variants !== undefined)
      throw invalid('parameter_invalid', 'subject_variants need a subject_experiment', 'subject_variants');
    return;
  }
  const experiment = await findExperiment(ctx, accountId, input.subject_experiment).catch(() => {
    throw notFound('experiment', input.subject_experiment!, 'subject_experiment');
  });
  for (const variant of experiment.variants) {
    if (!input.subject_variants?.[variant.key]?.en)
      throw invalid(
        'parameter_missing',
        `Variant '${variant.key}' needs an English subject`,
        `subject_variants.${variant.key}.en`,
      );
  }
}

export async function createCampaign(ctx: AppContext, actor: Actor, input: CampaignInput) {
  await getSegment(ctx, actor.accountId, input.segment).catch(() => {
    throw notFound('segment', input.segment, 'segment');
  });
  await checkSubjects(ctx, actor.accountId, input);
  const at = ctx.clock.now();
  const [row] = await ctx.db
    .insert(campaigns)
    .values({
      accountId: actor.accountId,
      id: newId('cmp'),
      name: input.name,
      segmentId: input.segment,
      content: input.content,
      subjectExperiment: input.subject_experiment ?? null,
      subjectVariants: input.subject_variants ?? null,
      links: extractLinks(Object.values(input.content).map((c) => c.body)),
      ratePerMinute: input.rate_per_minute ?? 600,
      attributionDays: input.attribution_days ?? 7,
      secret: randomBytes(32).toString('base64url'),
      status: 'draft',
      metadata: mergeMetadata({}, input.metadata ?? {}),
      created: toDate(at),
    })
    .returning();
  const object = await presentWithProgress(ctx, row!);
  await recordEvent(ctx.db, actor, { type: 'campaign.created', object, at });
  return object;
}

async function presentWithProgress(ctx: AppContext, row: CampaignRow) {
  return presentCampaign(row, await campaignProgress(ctx, row));
}

export const findCampaign = (ctx: AppContext, accountId: string, id: string, lock = false) =>
  findOne<CampaignRow>(ctx.db, campaigns, accountId, id, 'campaign', { lock });

export async function getCampaign(ctx: AppContext, accountId: string, id: string) {
  return presentWithProgress(ctx, await findCampaign(ctx, accountId, id));
}

export async function listCampaigns(ctx: AppContext, accountId: string, params: ListParams) {
  const page = await listPage(ctx.db, campaigns, accountId, params, undefined, (row: CampaignRow) => row);
  return { ...page, data: await Promise.all(page.data.map((row) => presentWithProgress(ctx, row))) };
}

/** All members of the segment now, a page at a time. */
async function segmentMembers(ctx: AppContext, accountId: string, segment: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await listSegmentMembers(ctx, accountId, segment, { limit: 100, starting_after: after });
    ids.push(...page.data.map((m) => m.customer));
    if (!page.has_more) return ids;
    after = ids.at(-1);
  }
}

/** Starts sending: the segment's members now become the recipients; the first batch goes at once. */
export async function sendCampaign(ctx: AppContext, actor: Actor, id: string) {
  const row = await findCampaign(ctx, actor.accountId, id, true);
  if (row.status !== 'draft') throw conflict('campaign_not_draft', `Campaign ${id} was already sent`, 'id');
  const members = await segmentMembers(ctx, actor.accountId, row.segmentId);
  if (members.length > 0)
    await ctx.db.insert(campaignRecipients).values(
      members.map((customerId) => ({
        accountId: actor.accountId,
        id: newId('crc'),
        campaignId: id,
        customerId,
        status: 'pending' as const,
      })),
    );
  const now = toDate(ctx.clock.now());
  const [updated] = await ctx.db
    .update(campaigns)
    .set({ status: 'sending', total: members.length, startedAt: now, nextBatchAt: now })
    .where(and(eq(campaigns.accountId, actor.accountId), eq(campaigns.id, id)))
    .returning();
  const object = await presentWithProgress(ctx, updated!);
  await recordEvent(ctx.db, actor, { type: 'campaign.sending', object, at: ctx.clock.now() });
  return object;
}
