import { index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdColumn, idText, instant, metadata, tenantColumns } from './columns.ts';

/** A campaign's text in one locale (`en` is required and the fallback). */
export type CampaignContent = { subject: string; body: string };
export type CampaignStatus = 'draft' | 'sending' | 'sent';

/** Marketing e-mail to a segment's consenting members, sent at a per-minute rate, with tracked links. */
export const campaigns = pgTable(
  'campaigns',
  {
    ...tenantColumns(),
    name: text('name').notNull(),
    segmentId: idText('segment_id').notNull(),
    content: jsonb('content').$type<Record<string, CampaignContent>>().notNull(),
    /** An experiment whose variant picks the subject line; subjects per variant key and locale. */
    subjectExperiment: idText('subject_experiment'),
    subjectVariants: jsonb('subject_variants').$type<Record<string, Record<string, string>>>(),
    /** The distinct URLs of the bodies, in order: a click link names one by its index. */
    links: jsonb('links').$type<string[]>().notNull(),
    ratePerMinute: integer('rate_per_minute').notNull(),
    attributionDays: integer('attribution_days').notNull(),
    /** Signs the click links of this campaign's e-mails. */
    secret: text('secret').notNull(),
    status: text('status').$type<CampaignStatus>().notNull(),
    total: integer('total').notNull().default(0),
    nextBatchAt: instant('next_batch_at'),
    startedAt: instant('started_at'),
    finishedAt: instant('finished_at'),
    metadata: metadata(),
    created: createdColumn(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] }), index('campaigns_next_batch').on(t.status, t.nextBatchAt)],
);

export type RecipientStatus = 'pending' | 'sent' | 'skipped';

/** One member of the segment when the campaign started: e-mailed at most once, clicks counted. */
export const campaignRecipients = pgTable(
  'campaign_recipients',
  {
    ...tenantColumns(),
    campaignId: idText('campaign_id').notNull(),
    customerId: idText('customer_id').notNull(),
    status: text('status').$type<RecipientStatus>().notNull(),
    /** skipped: why (no e-mail address, no marketing consent). */
    reason: text('reason'),
    variant: text('variant'),
    messageId: idText('message_id'),
    sentAt: instant('sent_at'),
    clicks: integer('clicks').notNull().default(0),
    firstClickAt: instant('first_click_at'),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    uniqueIndex('campaign_recipients_once').on(t.accountId, t.campaignId, t.customerId),
    index('campaign_recipients_pending').on(t.accountId, t.campaignId, t.status, t.id),
  ],
);
