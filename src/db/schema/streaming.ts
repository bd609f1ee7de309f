import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdColumn, idText, instant, metadata, tenantColumns } from './columns.ts';

/** The last entitlements told in an `entitlements.updated` event, so a change is noticed (and only a change). */
export const customerEntitlements = pgTable(
  'customer_entitlements',
  {
    accountId: idText('account_id').notNull(),
    customerId: idText('customer_id').notNull(),
    value: jsonb('value').$type<Record<string, unknown>>().notNull(),
    updated: instant('updated').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.customerId] })],
);

export type StreamKind = 'live' | 'movie' | 'episode';
export type CategoryKind = 'live' | 'movie' | 'series';

/**
 * Players address categories and streams by number (`/live/u/p/123.ts`, `category_id: "4"`), so each row also has
 * a server-wide identity number beside its prefixed id.
 */
export const streamCategories = pgTable(
  'stream_categories',
  {
    ...tenantColumns(),
    num: integer('num').generatedAlwaysAsIdentity().notNull(),
    kind: text('kind').$type<CategoryKind>().notNull(),
    name: text('name').notNull(),
    created: createdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    uniqueIndex('stream_categories_num').on(t.num),
    uniqueIndex('stream_categories_name').on(t.accountId, t.kind, t.name),
  ],
);

export type StreamInfo = Record<string, string | number | string[] | null>;

/** A live channel, a movie or a series episode, with the origin URL players never see. */
export const streams = pgTable(
  'streams',
  {
    ...tenantColumns(),
    num: integer('num').generatedAlwaysAsIdentity().notNull(),
    kind: text('kind').$type<StreamKind>().notNull(),
    name: text('name').notNull(),
    categoryId: idText('category_id'),
    icon: text('icon'),
    epgChannelId: text('epg_channel_id'),
    archiveDays: integer('archive_days').notNull().default(0),
    originUrl: text('origin_url').notNull(),
    containerExtension: text('container_extension'),
    seriesId: idText('series_id'),
    season: integer('season'),
    episodeNum: integer('episode_num'),
    rating: text('rating'),
    info: jsonb('info').$type<StreamInfo>().notNull().default({}),
    position: integer('position').notNull().default(0),
    metadata: metadata(),
    created: createdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    uniqueIndex('streams_num').on(t.num),
    index('streams_kind').on(t.accountId, t.kind, t.position),
    index('streams_series').on(t.accountId, t.seriesId).where(sql`series_id is not null`),
  ],
);

export const series = pgTable(
  'series',
  {
    ...tenantColumns(),
    num: integer('num').generatedAlwaysAsIdentity().notNull(),
    name: text('name').notNull(),
    categoryId: idText('category_id'),
    cover: text('cover'),
    rating: text('rating'),
    info: jsonb('info').$type<StreamInfo>().notNull().default({}),
    metadata: metadata(),
    created: createdColumn(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] }), uniqueIndex('series_num').on(t.num)],
);

/** A channel package: whole categories plus single streams and series; products grant bouquets. */
export const bouquets = pgTable(
  'bouquets',
  {
    ...tenantColumns(),
    name: text('name').notNull(),
    categories: text('categories').array().notNull().default(sql`'{}'::text[]`),
    streams: text('streams').array().notNull().default(sql`'{}'::text[]`),
    series: text('series').array().notNull().default(sql`'{}'::text[]`),
    metadata: metadata(),
    created: createdColumn(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] })],
);

/** The programme guide, imported from XMLTV, keyed by the channels' `epg_channel_id`. */
export const epgProgrammes = pgTable(
  'epg_programmes',
  {
    accountId: idText('account_id').notNull(),
    epgChannelId: text('epg_channel_id').notNull(),
    start: instant('start').notNull(),
    stop: instant('stop').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    lang: text('lang'),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.epgChannelId, t.start] })],
);

export type LineStatus = 'enabled' | 'disabled' | 'banned';

/**
 * Xtream credentials of one subscription. The password is stored as given: players send it in every URL and the
 * reference API returns it in `user_info`, so it is a bearer token, not a login secret to hash.
 */
export const lines = pgTable(
  'lines',
  {
    ...tenantColumns(),
    customerId: idText('customer_id').notNull(),
    subscriptionId: idText('subscription_id').notNull(),
    username: text('username').notNull(),
    password: text('password').notNull(),
    status: text('status').$type<LineStatus>().notNull(),
    allowedIps: text('allowed_ips').array().notNull().default(sql`'{}'::text[]`),
    allowedUserAgents: text('allowed_user_agents').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    metadata: metadata(),
    created: createdColumn(),
    updated: instant('updated').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    // Players log in with a username only, so it names one line on the whole server.
    uniqueIndex('lines_username').on(t.username),
    index('lines_subscription').on(t.accountId, t.subscriptionId),
  ],
);

/** The key that signs an account's short-lived stream tokens (checked again by /streaming/authorize). */
export const streamingKeys = pgTable('streaming_keys', {
  accountId: idText('account_id').primaryKey(),
  secret: text('secret').notNull(),
  created: createdColumn(),
});

/** One playback of a line: kept alive by segment or heartbeat requests, over after `expires_at`. */
export const streamSessions = pgTable(
  'stream_sessions',
  {
    ...tenantColumns(),
    lineId: idText('line_id').notNull(),
    streamNum: integer('stream_num').notNull(),
    clientIp: text('client_ip').notNull(),
    userAgent: text('user_agent').notNull(),
    started: instant('started').notNull(),
    lastSeen: instant('last_seen').notNull(),
    expiresAt: instant('expires_at').notNull(),
    /** Set when the session ended early: closed to make room for a newer one. */
    closedAt: instant('closed_at'),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    index('stream_sessions_line').on(t.accountId, t.lineId, t.expiresAt),
  ],
);

/**
 * Bumped by every write to an account's catalogue (categories, streams, series, bouquets), in the same transaction:
 * a process keeps the catalogue in memory and re-reads it only when this number moved (PostgreSQL, several writers).
 */
export const catalogueVersions = pgTable('catalogue_versions', {
  accountId: idText('account_id').primaryKey(),
  version: integer('version').notNull(),
});
