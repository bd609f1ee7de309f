import { bigint, date, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { idText, instant, tenantColumns } from './columns.ts';

export type EngagementType = 'viewing' | 'login' | 'app_open' | 'support_contact' | 'training_completed' | 'custom';

/**
 * Raw engagement events as sent, one row per event id: the id is the sender's, so a replayed batch inserts
 * nothing. Kept for a retention window; everything else reads the daily rollups.
 */
export const engagementEvents = pgTable(
  'engagement_events',
  {
    ...tenantColumns(),
    customerId: idText('customer_id').notNull(),
    type: text('type').$type<EngagementType>().notNull(),
    /** The event's name: its type, or a custom event's own name. */
    name: text('name').notNull(),
    occurredAt: instant('occurred_at').notNull(),
    /** The calendar day of `occurred_at` in the account's time zone. */
    day: date('day', { mode: 'string' }).notNull(),
    contentId: text('content_id'),
    contentTitle: text('content_title'),
    contentKind: text('content_kind').$type<'live' | 'vod' | 'series'>(),
    channel: text('channel'),
    genre: text('genre'),
    deviceType: text('device_type'),
    secondsWatched: integer('seconds_watched'),
    properties: jsonb('properties').$type<Record<string, unknown>>().notNull().default({}),
    received: instant('received').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    index('engagement_events_customer').on(t.accountId, t.customerId, t.occurredAt),
  ],
);

/** Per customer and day: what the profile, segments and RFM read. Kept forever. */
export const engagementDaily = pgTable(
  'engagement_daily',
  {
    accountId: idText('account_id').notNull(),
    customerId: idText('customer_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    secondsWatched: bigint('seconds_watched', { mode: 'number' }).notNull().default(0),
    /** Viewing events (one per play). */
    sessions: integer('sessions').notNull().default(0),
    events: integer('events').notNull().default(0),
    /** Events per name (`login`, `app_open`, custom names…). */
    counts: jsonb('counts').$type<Record<string, number>>().notNull().default({}),
    /** Seconds watched per genre, device type and channel. */
    genres: jsonb('genres').$type<Record<string, number>>().notNull().default({}),
    devices: jsonb('devices').$type<Record<string, number>>().notNull().default({}),
    channels: jsonb('channels').$type<Record<string, number>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.customerId, t.day] }),
    index('engagement_daily_day').on(t.accountId, t.day),
  ],
);
