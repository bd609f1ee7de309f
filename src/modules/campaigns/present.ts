import type { campaigns } from '../../db/schema/index.ts';
import { toUnix } from '../../kernel/clock.ts';

export type CampaignRow = typeof campaigns.$inferSelect;

export type CampaignProgress = {
  sent: number;
  skipped: number;
  clicks: number;
  clicked: number;
  conversions: number;
};

/** A campaign with its progress: `sent` of `total` so far, clicks and attributed conversions. */
export function presentCampaign(row: CampaignRow, progress: CampaignProgress) {
  return {
    id: row.id,
    object: 'campaign' as const,
    created: toUnix(row.created),
    name: row.name,
    segment: row.segmentId,
    content: row.content,
    subject_experiment: row.subjectExperiment,
    subject_variants: row.subjectVariants,
    links: row.links,
    rate_per_minute: row.ratePerMinute,
    attribution_days: row.attributionDays,
    status: row.status,
    total: row.total,
    ...progress,
    started_at: row.startedAt ? toUnix(row.startedAt) : null,
    finished_at: row.finishedAt ? toUnix(row.finishedAt) : null,
    metadata: row.metadata,
  };
}
