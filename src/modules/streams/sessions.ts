/** Playback sessions: admitted under the line's row lock, kept alive by heartbeats, listed for the account. */
import { and, desc, eq, gt, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/index.ts';
import { cachedRead } from '../../db/read-cache.ts';
import { accounts, lines, streamSessions } from '../../db/schema/index.ts';
import { toDate, toUnix } from '../../kernel/clock.ts';
import { newId } from '../../kernel/ids.ts';
import { admit } from './core/admission.ts';
import { streamingSettingsOf } from './settings.ts';

type SessionRow = typeof streamSessions.$inferSelect;

export type PlaybackStart = {
  accountId: string;
  lineId: string;
  stream: number;
  ip: string;
  userAgent: string;
  maxConnections: number;
  now: Temporal.Instant;
};

const live = (accountId: string, lineId: string, now: Temporal.Instant): SQL =>
  and(
    eq(streamSessions.accountId, accountId),
    eq(streamSessions.lineId, lineId),
    isNull(streamSessions.closedAt),
    gt(streamSessions.expiresAt, toDate(now)),
  )!;

/** The account's streaming settings; kept on PGlite until the accounts table is written. */
async function settingsOf(db: Db, accountId: string) {
  const settings = await cachedRead(db, 'account_settings', accountId, 'streaming', async () => {
    const [account] = await db.select({ settings: accounts.settings }).from(accounts).where(eq(accounts.id, accountId));
    return streamingSettingsOf(account?.settings as Record<string, unknown>);
  });
  return settings ?? streamingSettingsOf({});
}

/**
 * Starts (or resumes) a playback, or refuses it over `max_connections`. The line's row is locked FOR UPDATE for
 * the read-decide-write, so processes sharing one PostgreSQL admit one at a time and never exceed the limit.
 */
export async function startPlayback(db: Db, p: PlaybackStart): Promise<{ session: string } | null> {
  const settings = await settingsOf(db, p.accountId);
  return db.transaction(async (tx) => {
    await tx
      .select({ id: lines.id })
      .from(lines)
      .where(and(eq(lines.accountId, p.accountId), eq(lines.id, p.lineId)))
      .for('update');
    const rows = await tx
      .select()
      .from(streamSessions)
      .where(live(p.accountId, p.lineId, p.now));
    const sessions = rows.map((r) => ({
      id: r.id,
      stream: r.streamNum,
      ip: r.clientIp,
      userAgent: r.userAgent,
      started: r.started.getTime(),
    }));
    const answer = admit(sessions, p, p.maxConnections, settings.over_limit);
    const expires = toDate(p.now.add({ seconds: settings.session_ttl_seconds }));
    if (answer.action === 'refuse') return null;
    if (answer.action === 'resume') {
      await tx
        .update(streamSessions)
        .set({ lastSeen: toDate(p.now), expiresAt: expires })
        .where(and(eq(streamSessions.accountId, p.accountId), eq(streamSessions.id, answer.session)));
      return { session: answer.session };
    }
    if (answer.close.length > 0)
      await tx
        .update(streamSessions)
        .set({ closedAt: toDate(p.now) })
        .where(and(eq(streamSessions.accountId, p.accountId), inArray(streamSessions.id, answer.close)));
    const id = newId('sess');
    await tx.insert(streamSessions).values({
      accountId: p.accountId,
      id,
      lineId: p.lineId,
      streamNum: p.stream,
      clientIp: p.ip,
      userAgent: p.userAgent,
      started: toDate(p.now),
      lastSeen: toDate(p.now),
      expiresAt: expires,
    });
    return { session: id };
  });
}

/** A heartbeat: extends a live session by the TTL; false when it expired or was closed for a newer one. */
export async function touchSession(
  db: Db,
  accountId: string,
  session: string,
  now: Temporal.Instant,
): Promise<boolean> {
  const ttl = (await settingsOf(db, accountId)).session_ttl_seconds;
  const rows = await db
    .update(streamSessions)
    .set({ lastSeen: toDate(now), expiresAt: toDate(now.add({ seconds: ttl })) })
    .where(
      and(
        eq(streamSessions.accountId, accountId),
        eq(streamSessions.id, session),
        isNull(streamSessions.closedAt),
        gt(streamSessions.expiresAt, toDate(now)),
      ),
    )
    .returning({ id: streamSessions.id });
  return rows.length > 0;
}

/** Live sessions of a line (active_cons); on PGlite their expiries are kept until a session is written. */
export async function countLiveSessions(db: Db, accountId: string, lineId: string, now: Temporal.Instant) {
  const expiries = await cachedRead(db, 'line_sessions', accountId, lineId, async () =>
    (
      await db
        .select({ expires: streamSessions.expiresAt })
        .from(streamSessions)
        .where(live(accountId, lineId, now))
    ).map((r) => r.expires.getTime()),
  );
  return (expiries ?? []).filter((ms) => ms > now.epochMilliseconds).length;
}

function presentSession(row: SessionRow, now: Temporal.Instant) {
  return {
    id: row.id,
    object: 'stream_session' as const,
    created: toUnix(row.started),
    line: row.lineId,
    stream: row.streamNum,
    client_ip: row.clientIp,
    user_agent: row.userAgent,
    started: toUnix(row.started),
    last_seen: toUnix(row.lastSeen),
    expires_at: toUnix(row.expiresAt),
    closed_at: row.closedAt ? toUnix(row.closedAt) : null,
    live: !row.closedAt && row.expiresAt.getTime() > now.epochMilliseconds,
    viewing_seconds: Math.round((row.lastSeen.getTime() - row.started.getTime()) / 1000),
  };
}

/** A line's sessions, newest first (`live` only those still playing). */
export async function listSessions(
  ctx: AppContext,
  accountId: string,
  q: { line: string; live?: boolean; limit?: number },
) {
  const now = ctx.clock.now();
  const rows = await ctx.db
    .select()
    .from(streamSessions)
    .where(
      q.live
        ? live(accountId, q.line, now)
        : and(eq(streamSessions.accountId, accountId), eq(streamSessions.lineId, q.line)),
    )
    .orderBy(desc(streamSessions.id))
    .limit(q.limit ?? 100);
  return { object: 'list' as const, data: rows.map((r) => presentSession(r, now)), has_more: false };
}
