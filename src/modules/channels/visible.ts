/** What a set of bouquets shows a player: categories, streams and series, by the numbers players use. */
import { and, asc, eq, gte, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { anyOf } from '../../db/index.ts';
import {
  bouquets,
  type CategoryKind,
  epgProgrammes,
  type StreamKind,
  series,
  streamCategories,
  streams,
} from '../../db/schema/index.ts';
import type { CategoryRow, SeriesRow, StreamRow } from './present.ts';

export type Scope = { accountId: string; categories: string[]; streams: string[]; series: string[] };

/** The union of the bouquets' categories, single streams and series. */
export async function scopeOf(db: Db, accountId: string, bouquetIds: readonly string[]): Promise<Scope> {
  const rows = bouquetIds.length
    ? await db
        .select()
        .from(bouquets)
        .where(and(eq(bouquets.accountId, accountId), anyOf(bouquets.id, bouquetIds)))
    : [];
  const union = (pick: (r: (typeof rows)[number]) => string[]) => [...new Set(rows.flatMap(pick))];
  return {
    accountId,
    categories: union((r) => r.categories),
    streams: union((r) => r.streams),
    series: union((r) => r.series),
  };
}

const streamInScope = (scope: Scope): SQL =>
  or(anyOf(streams.categoryId, scope.categories), anyOf(streams.id, scope.streams))!;
const seriesInScope = (scope: Scope): SQL =>
  or(anyOf(series.categoryId, scope.categories), anyOf(series.id, scope.series))!;

/** Streams of a kind the scope allows, in catalogue order; `categoryNum` narrows to one category. */
export async function visibleStreams(db: Db, scope: Scope, kind: 'live' | 'movie', categoryNum?: number) {
  const rows = await db
    .select({ stream: streams, categoryNum: streamCategories.num })
    .from(streams)
    .leftJoin(
      streamCategories,
      and(eq(streamCategories.accountId, streams.accountId), eq(streamCategories.id, streams.categoryId)),
    )
    .where(
      and(
        eq(streams.accountId, scope.accountId),
        eq(streams.kind, kind),
        streamInScope(scope),
        categoryNum !== undefined ? eq(streamCategories.num, categoryNum) : undefined,
      ),
    )
    .orderBy(asc(streams.position), asc(streams.num));
  return rows.map((r) => ({ ...r.stream, categoryNum: r.categoryNum }));
}

export type VisibleStream = StreamRow & { categoryNum: number | null };

/** Categories of a kind that hold something the scope allows. */
export async function visibleCategories(db: Db, scope: Scope, kind: CategoryKind): Promise<CategoryRow[]> {
  const used =
    kind === 'series'
      ? await db
          .selectDistinct({ id: series.categoryId })
          .from(series)
          .where(and(eq(series.accountId, scope.accountId), seriesInScope(scope)))
      : await db
          .selectDistinct({ id: streams.categoryId })
          .from(streams)
          .where(and(eq(streams.accountId, scope.accountId), eq(streams.kind, kind), streamInScope(scope)));
  const ids = used.map((u) => u.id).filter((id): id is string => id !== null);
  if (ids.length === 0) return [];
  return db
    .select()
    .from(streamCategories)
    .where(
      and(
        eq(streamCategories.accountId, scope.accountId),
        eq(streamCategories.kind, kind),
        anyOf(streamCategories.id, ids),
      ),
    )
    .orderBy(asc(streamCategories.num));
}

export async function visibleSeries(db: Db, scope: Scope, categoryNum?: number) {
  const rows = await db
    .select({ series, categoryNum: streamCategories.num })
    .from(series)
    .leftJoin(
      streamCategories,
      and(eq(streamCategories.accountId, series.accountId), eq(streamCategories.id, series.categoryId)),
    )
    .where(
      and(
        eq(series.accountId, scope.accountId),
        seriesInScope(scope),
        categoryNum !== undefined ? eq(streamCategories.num, categoryNum) : undefined,
      ),
    )
    .orderBy(asc(series.num));
  return rows.map((r) => ({ ...r.series, categoryNum: r.categoryNum }));
}

export type VisibleSeries = SeriesRow & { categoryNum: number | null };

/** One stream by its number if the scope allows it (an episode through its series); else null. */
export async function findVisibleStream(
  db: Db,
  scope: Scope,
  num: number,
  kinds: StreamKind[],
): Promise<VisibleStream | null> {
  const [row] = await db
    .select({ stream: streams, categoryNum: streamCategories.num })
    .from(streams)
    .leftJoin(
      streamCategories,
      and(eq(streamCategories.accountId, streams.accountId), eq(streamCategories.id, streams.categoryId)),
    )
    .where(and(eq(streams.num, num), eq(streams.accountId, scope.accountId), inArray(streams.kind, kinds)));
  if (!row) return null;
  const stream = { ...row.stream, categoryNum: row.categoryNum };
  if (stream.kind === 'episode') {
    const [parent] = await db
      .select({ id: series.id })
      .from(series)
      .where(and(eq(series.accountId, scope.accountId), eq(series.id, stream.seriesId ?? ''), seriesInScope(scope)));
    return parent ? stream : null;
  }
  const allowed =
    scope.streams.includes(stream.id) || (stream.categoryId !== null && scope.categories.includes(stream.categoryId));
  return allowed ? stream : null;
}

/** A series the scope allows, by number, with its episodes in season order. */
export async function visibleSeriesWithEpisodes(db: Db, scope: Scope, num: number) {
  const [found] = (await visibleSeries(db, scope)).filter((s) => s.num === num);
  if (!found) return null;
  const episodes = await db
    .select()
    .from(streams)
    .where(and(eq(streams.accountId, scope.accountId), eq(streams.kind, 'episode'), eq(streams.seriesId, found.id)))
    .orderBy(asc(streams.season), asc(streams.episodeNum), asc(streams.num));
  return { series: found, episodes };
}

/** Programmes of a guide channel that have not ended by `from`, in time order. */
export async function programmesFrom(db: Db, accountId: string, epgChannelId: string, from: Date, limit: number) {
  return db
    .select()
    .from(epgProgrammes)
    .where(
      and(
        eq(epgProgrammes.accountId, accountId),
        eq(epgProgrammes.epgChannelId, epgChannelId),
        gte(epgProgrammes.stop, from),
      ),
    )
    .orderBy(asc(epgProgrammes.start))
    .limit(limit);
}

/** All programmes of these guide channels from `from` (xmltv.php). */
export async function programmesOf(db: Db, accountId: string, epgChannelIds: readonly string[], from: Date) {
  if (epgChannelIds.length === 0) return [];
  return db
    .select()
    .from(epgProgrammes)
    .where(
      and(
        eq(epgProgrammes.accountId, accountId),
        anyOf(epgProgrammes.epgChannelId, epgChannelIds),
        gte(epgProgrammes.stop, from),
      ),
    )
    .orderBy(asc(epgProgrammes.epgChannelId), asc(epgProgrammes.start));
}
