/**
 * Batch ingestion of engagement events: raw rows keyed by the sender's event id (a replay inserts nothing), and
 * the daily rollups of the events that were new, in the same transaction, so a rollup never counts an event twice.
 */
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { anyOf, rowsOf } from '../../db/index.ts';
import { accounts, customers, type EngagementType, engagementDaily, engagementEvents } from '../../db/schema/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { invalid, notFound } from '../../kernel/errors.ts';
import { timeFor } from '../test-clocks/index.ts';
import { type DailyRollup, localDay, rollupEvents } from './core/rollup.ts';

export type EngagementEventInput = {
  id: string;
  type: EngagementType;
  customer: string;
  occurred_at?: number;
  name?: string;
  content_id?: string;
  content_title?: string;
  content_kind?: 'live' | 'vod' | 'series';
  channel?: string;
  genre?: string;
  device_type?: string;
  started_at?: number;
  seconds_watched?: number;
  properties?: Record<string, unknown>;
};

type EventRow = typeof engagementEvents.$inferInsert;

/** Records a batch; events already recorded under the same id are accepted and counted once. */
export async function recordEngagementEvents(ctx: AppContext, actor: Actor, events: readonly EngagementEventInput[]) {
  const accountId = actor.accountId;
  // Read in the transaction, not from the request's cached key lookup: a changed time zone applies at once.
  const [account] = await ctx.db
    .select({ timeZone: accounts.timeZone })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  const timeZone = account?.timeZone ?? 'UTC';
  const clocks = await customerClocks(ctx, accountId, events);
  const nowByClock = new Map<string, Date>();
  const received = toDate(ctx.clock.now());
  const rows: EventRow[] = [];
  const seen = new Set<string>();
  for (const [k, e] of events.entries()) {
    const at = `events[${k}]`;
    const clock = clocks.get(e.customer);
    if (clock === undefined) throw notFound('customer', e.customer, `${at}.customer`);
    if (e.type === 'custom' && !e.name) throw invalid('parameter_missing', 'A custom event needs a name', `${at}.name`);
    if (seen.has(e.id)) continue; // the same id twice in one batch is one event, like a replay
    seen.add(e.id);
    const when = e.occurred_at ?? e.started_at;
    let occurredAt: Date;
    // a plain Date: building a Temporal instant per event cost a tenth of a 10,000-event batch
    if (when !== undefined) occurredAt = new Date(when * 1000);
    else {
      const key = clock ?? '';
      occurredAt = nowByClock.get(key) ?? toDate(await timeFor(ctx, accountId, clock));
      nowByClock.set(key, occurredAt);
    }
    rows.push(eventRow(accountId, e, occurredAt, localDay(occurredAt, timeZone), received));
  }
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)); // one lock order for concurrent batches
  const inserted = await insertNew(ctx, rows);
  const fresh = rows.filter((r) => inserted.has(r.id));
  await addToRollups(ctx, accountId, rollupEvents(fresh.map((r) => ({ ...r, customer: r.customerId }))));
  return {
    object: 'engagement_event_batch' as const,
    received: events.length,
    recorded: fresh.length,
    duplicates: events.length - fresh.length,
  };
}

/** Each named customer's test clock (null for real time); customers of the account only. */
async function customerClocks(ctx: AppContext, accountId: string, events: readonly EngagementEventInput[]) {
  const ids = [...new Set(events.map((e) => e.customer))];
  const found = await ctx.db
    .select({ id: customers.id, testClock: customers.testClock })
    .from(customers)
    .where(and(eq(customers.accountId, accountId), eq(customers.deleted, false), anyOf(customers.id, ids)));
  return new Map(found.map((c) => [c.id, c.testClock]));
}

function eventRow(accountId: string, e: EngagementEventInput, occurredAt: Date, day: string, received: Date): EventRow {
  return {
    accountId,
    id: e.id,
    customerId: e.customer,
    type: e.type,
    name: e.type === 'custom' ? e.name! : e.type,
    occurredAt,
    day,
    contentId: e.content_id ?? null,
    contentTitle: e.content_title ?? null,
    contentKind: e.content_kind ?? null,
    channel: e.channel ?? null,
    genre: e.genre ?? null,
    deviceType: e.device_type ?? null,
    secondsWatched: e.seconds_watched ?? null,
    properties: e.properties ?? {},
    received,
  };
}

const ROWS_PER_STATEMENT = 5000;

/** Inserts the rows as one jsonb parameter per statement (see db/bulk.ts); returns the ids that were new. */
async function insertNew(ctx: AppContext, rows: EventRow[]): Promise<Set<string>> {
  const inserted = new Set<string>();
  const columns =
    'account_id, id, customer_id, type, name, occurred_at, day, content_id, content_title, content_kind, channel, genre, device_type, seconds_watched, properties, received';
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const payload = rows.slice(i, i + ROWS_PER_STATEMENT).map((r) => ({
      account_id: r.accountId,
      id: r.id,
      customer_id: r.customerId,
      type: r.type,
      name: r.name,
      occurred_at: r.occurredAt.toISOString(),
      day: r.day,
      content_id: r.contentId,
      content_title: r.contentTitle,
      content_kind: r.contentKind,
      channel: r.channel,
      genre: r.genre,
      device_type: r.deviceType,
      seconds_watched: r.secondsWatched,
      properties: r.properties,
      received: (r.received as Date).toISOString(),
    }));
    const result = await ctx.db.execute(
      sql`insert into ${engagementEvents} (${sql.raw(columns)}) select ${sql.raw(columns)} from jsonb_populate_recordset(null::${engagementEvents}, ${JSON.stringify(payload)}::jsonb) on conflict do nothing returning id`,
    );
    for (const row of rowsOf<{ id: string }>(result)) inserted.add(row.id);
  }
  return inserted;
}

/** `a + b` for two jsonb maps of numbers, key by key. */
const addMaps = (column: string): SQL =>
  sql.raw(
    `${column} = (select coalesce(jsonb_object_agg(k, s), '{}'::jsonb) from (select k, sum(v::bigint) as s from ` +
      `(select key as k, value as v from jsonb_each_text(d.${column}) union all ` +
      `select key, value from jsonb_each_text(excluded.${column})) u group by k) t)`,
  );

async function addToRollups(ctx: AppContext, accountId: string, rollups: DailyRollup[]) {
  if (rollups.length === 0) return;
  const columns = 'account_id, customer_id, day, seconds_watched, sessions, events, counts, genres, devices, channels';
  for (let i = 0; i < rollups.length; i += ROWS_PER_STATEMENT) {
    const payload = rollups.slice(i, i + ROWS_PER_STATEMENT).map((r) => ({
      account_id: accountId,
      customer_id: r.customer,
      day: r.day,
      seconds_watched: r.secondsWatched,
      sessions: r.sessions,
      events: r.events,
      counts: r.counts,
      genres: r.genres,
      devices: r.devices,
      channels: r.channels,
    }));
    await ctx.db.execute(sql`insert into ${engagementDaily} as d (${sql.raw(columns)})
      select ${sql.raw(columns)} from jsonb_populate_recordset(null::${engagementDaily}, ${JSON.stringify(payload)}::jsonb)
      on conflict (account_id, customer_id, day) do update set
        seconds_watched = d.seconds_watched + excluded.seconds_watched,
        sessions = d.sessions + excluded.sessions,
        events = d.events + excluded.events,
        ${addMaps('counts')}, ${addMaps('genres')}, ${addMaps('devices')}, ${addMaps('channels')}`);
  }
}
