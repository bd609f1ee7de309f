/** What a set of bouquets shows a player: categories, streams and series, by the numbers players use. */
import { and, asc, eq, gte } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { anyOf } from '../../db/index.ts';
import { type CategoryKind, epgProgrammes, type StreamKind } from '../../db/schema/index.ts';
import type { CategoryRow, SeriesRow, StreamRow } from './present.ts';
import { type Catalogue, catalogueOf } from './snapshot.ts';

/** What bouquets allow, with the catalogue it was read from (read once per request, or kept on PGlite). */
export type Scope = {
  accountId: string;
  /** The bouquets it was made from, sorted: scopes with the same key see the same lists. */
  key: string;
  catalogue: Catalogue;
  categories: Set<string>;
  streams: Set<string>;
  series: Set<string>;
};

/** The union of the bouquets' categories, single streams and series. */
export async function scopeOf(db: Db, accountId: string, bouquetIds: readonly string[]): Promise<Scope> {
  const catalogue = await catalogueOf(db, accountId);
  const key = [...bouquetIds].sort().join(',');
  const scope: Scope = { accountId, key, catalogue, categories: new Set(), streams: new Set(), series: new Set() };
  for (const id of bouquetIds) {
    const b = catalogue.bouquets.get(id);
    if (!b) continue;
    for (const c of b.categories) scope.categories.add(c);
    for (const s of b.streams) scope.streams.add(s);
    for (const s of b.series) scope.series.add(s);
  }
  return scope;
}

export type VisibleStream = StreamRow & { categoryNum: number | null };
export type VisibleSeries = SeriesRow & { categoryNum: number | null };

const inCategory = (scope: Scope, categoryId: string | null) => categoryId !== null && scope.categories.has(categoryId);
const streamAllowed = (scope: Scope, s: StreamRow) => scope.streams.has(s.id) || inCategory(scope, s.categoryId);
const seriesAllowed = (scope: Scope, s: SeriesRow) => scope.series.has(s.id) || inCategory(scope, s.categoryId);
const withCategory = <T extends { categoryId: string | null }>(c: Catalogue, row: T) => ({
  ...row,
  categoryNum: row.categoryId ? (c.categoryNum.get(row.categoryId) ?? null) : null,
});

/** Streams of a kind the scope allows, in catalogue order; `categoryNum` narrows to one category. */
export function visibleStreams(scope: Scope, kind: 'live' | 'movie', categoryNum?: number): VisibleStream[] {
  const c = scope.catalogue;
  const out: VisibleStream[] = [];
  for (const s of c.streams) {
    if (s.kind !== kind || !streamAllowed(scope, s)) continue;
    const row = withCategory(c, s);
    if (categoryNum === undefined || row.categoryNum === categoryNum) out.push(row);
  }
  return out;
}

/** Categories of a kind that hold something the scope allows. */
export function visibleCategories(scope: Scope, kind: CategoryKind): CategoryRow[] {
  const c = scope.catalogue;
  const used = new Set<string | null>();
  if (kind === 'series') for (const s of c.series) if (seriesAllowed(scope, s)) used.add(s.categoryId);
  if (kind !== 'series')
    for (const s of c.streams) if (s.kind === kind && streamAllowed(scope, s)) used.add(s.categoryId);
  return c.categories.filter((cat) => cat.kind === kind && used.has(cat.id));
}

export function visibleSeries(scope: Scope, categoryNum?: number): VisibleSeries[] {
  const c = scope.catalogue;
  return c.series
    .filter((s) => seriesAllowed(scope, s))
    .map((s) => withCategory(c, s))
    .filter((s) => categoryNum === undefined || s.categoryNum === categoryNum);
}

/** One stream by its number if the scope allows it (an episode through its series); else null. */
export function findVisibleStream(scope: Scope, num: number, kinds: StreamKind[]): VisibleStream | null {
  const c = scope.catalogue;
  const s = c.streamByNum.get(num);
  if (!s || !kinds.includes(s.kind)) return null;
  if (s.kind === 'episode') {
    const parent = c.series.find((x) => x.id === s.seriesId);
    return parent && seriesAllowed(scope, parent) ? withCategory(c, s) : null;
  }
  return streamAllowed(scope, s) ? withCategory(c, s) : null;
}

/** A series the scope allows, by number, with its episodes in season order. */
export function visibleSeriesWithEpisodes(scope: Scope, num: number) {
  const c = scope.catalogue;
  const found = c.series.find((s) => s.num === num);
  if (!found || !seriesAllowed(scope, found)) return null;
  return { series: withCategory(c, found), episodes: c.episodes.get(found.id) ?? [] };
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
