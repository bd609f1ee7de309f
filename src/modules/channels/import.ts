/** Imports an upstream provider's M3U/M3U-plus playlist and XMLTV guide into the catalogue. */
import { parseM3U } from '@iptv/playlist';
import { parseXmltv } from '@iptv/xmltv';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { bulkInsert } from '../../db/index.ts';
import { type CategoryKind, epgProgrammes, streamCategories, streams } from '../../db/schema/index.ts';
import { recordEvent } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { invalid } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { streamValues } from './catalogue.ts';
import { bumpCatalogue } from './snapshot.ts';

/** Xtream-style upstream URLs say what they are: /movie/u/p/1.mkv is a movie; anything else plays as live. */
function kindOf(url: string): 'live' | 'movie' | 'series' {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  if (path.startsWith('/movie/')) return 'movie';
  if (path.startsWith('/series/')) return 'series';
  return 'live';
}

const extensionOf = (url: string) => /\.([A-Za-z0-9]{2,4})(?:\?|$)/.exec(url)?.[1]?.toLowerCase() ?? null;

/**
 * Adds the playlist's channels and movies: categories from `group-title` (created when new), icon from `tvg-logo`,
 * `epg_channel_id` from `tvg-id`, archive days from `catchup-days`. A stream whose origin URL is already known is
 * updated instead, so importing the same playlist again changes nothing. Series episodes need their series and are
 * skipped (counted).
 */
export async function importPlaylist(ctx: AppContext, actor: Actor, input: { playlist: string }) {
  if (!input.playlist.trimStart().startsWith('#EXTM3U'))
    throw invalid('playlist_invalid', 'The playlist must start with #EXTM3U', 'playlist');
  const channels = parseM3U(input.playlist).channels.filter((c) => c.url);
  const at = ctx.clock.now();
  const categories = await categoryIds(ctx, actor.accountId);
  const known = new Map(
    (
      await ctx.db
        .select({ id: streams.id, url: streams.originUrl })
        .from(streams)
        .where(eq(streams.accountId, actor.accountId))
    ).map((r) => [r.url, r.id]),
  );
  const result = { object: 'playlist_import' as const, created: 0, updated: 0, skipped: 0, categories_created: 0 };
  const fresh: ReturnType<typeof streamValues>[] = [];
  for (const [position, channel] of channels.entries()) {
    const url = channel.url!;
    const kind = kindOf(url);
    if (kind === 'series') {
      result.skipped++;
      continue;
    }
    const group = channel.groupTitle?.trim() || 'Uncategorized';
    const categoryKind: CategoryKind = kind;
    let category = categories.get(`${categoryKind}:${group}`);
    if (!category) {
      category = newId('scat');
      await ctx.db
        .insert(streamCategories)
        .values({ accountId: actor.accountId, id: category, kind: categoryKind, name: group, created: toDate(at) });
      categories.set(`${categoryKind}:${group}`, category);
      result.categories_created++;
    }
    const fields = {
      kind,
      name: channel.name || channel.tvgName || url,
      origin_url: url,
      category,
      icon: channel.tvgLogo || null,
      epg_channel_id: channel.tvgId || null,
      archive_days: Number.parseInt(channel.catchupDays ?? '0', 10) || 0,
      container_extension: kind === 'movie' ? (extensionOf(url) ?? 'mp4') : null,
      position,
    };
    const existing = known.get(url);
    if (existing) {
      const row = streamValues(actor.accountId, fields, toDate(at));
      const { id: _i, created: _c, accountId: _a, metadata: _m, info: _n, ...changes } = row;
      await ctx.db
        .update(streams)
        .set(changes)
        .where(and(eq(streams.accountId, actor.accountId), eq(streams.id, existing)));
      result.updated++;
    } else {
      fresh.push(streamValues(actor.accountId, fields, toDate(at)));
      known.set(url, 'new');
      result.created++;
    }
  }
  await bulkInsert(ctx.db, streams, fresh);
  await bumpCatalogue(ctx.db, actor.accountId);
  await recordEvent(ctx.db, actor, { type: 'playlist.imported', object: { id: newId('imp'), ...result }, at });
  return result;
}

async function categoryIds(ctx: AppContext, accountId: string) {
  const rows = await ctx.db
    .select({ id: streamCategories.id, kind: streamCategories.kind, name: streamCategories.name })
    .from(streamCategories)
    .where(eq(streamCategories.accountId, accountId));
  return new Map(rows.map((r) => [`${r.kind}:${r.name}`, r.id]));
}

/** Stores the guide's programmes (a programme already known at the same channel and start is replaced). */
export async function importEpg(ctx: AppContext, actor: Actor, input: { xmltv: string }) {
  let parsed: ReturnType<typeof parseXmltv>;
  try {
    parsed = parseXmltv(input.xmltv);
  } catch {
    throw invalid('xmltv_invalid', 'The guide is not XMLTV', 'xmltv');
  }
  const rows = (parsed.programmes ?? [])
    .filter((p) => p.channel && p.start)
    .map((p) => ({
      accountId: actor.accountId,
      epgChannelId: p.channel,
      start: p.start,
      stop: p.stop ?? new Date(p.start.getTime() + 3600_000),
      title: p.title?.[0]?._value ?? '',
      description: p.desc?.[0]?._value ?? null,
      lang: p.title?.[0]?.lang ?? null,
    }));
  for (let i = 0; i < rows.length; i += 500) {
    await ctx.db
      .insert(epgProgrammes)
      .values(rows.slice(i, i + 500))
      .onConflictDoUpdate({
        target: [epgProgrammes.accountId, epgProgrammes.epgChannelId, epgProgrammes.start],
        set: {
          stop: sql`excluded.stop`,
          title: sql`excluded.title`,
          description: sql`excluded.description`,
          lang: sql`excluded.lang`,
        },
      });
  }
  const result = { object: 'epg_import' as const, channels: parsed.channels?.length ?? 0, programmes: rows.length };
  await recordEvent(ctx.db, actor, {
    type: 'epg.imported',
    object: { id: newId('imp'), ...result },
    at: ctx.clock.now(),
  });
  return result;
}
