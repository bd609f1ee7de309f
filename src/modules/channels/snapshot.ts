/**
 * An account's whole catalogue in memory, so a player's lists and stream starts filter arrays instead of querying:
 * `get_live_streams` over 10,000 channels is asked by every player at every start. On PGlite the snapshot is kept
 * until a write to a catalogue table (db/read-cache.ts); on PostgreSQL it is read per request.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { cachedRead } from '../../db/read-cache.ts';
import { bouquets, series, streamCategories, streams } from '../../db/schema/index.ts';
import type { BouquetRow, CategoryRow, SeriesRow, StreamRow } from './present.ts';

export type Catalogue = {
  categories: CategoryRow[];
  categoryNum: Map<string, number>;
  /** Streams in catalogue order (position, then number). */
  streams: StreamRow[];
  streamByNum: Map<number, StreamRow>;
  series: SeriesRow[];
  episodes: Map<string, StreamRow[]>;
  bouquets: Map<string, BouquetRow>;
};

async function load(db: Db, accountId: string): Promise<Catalogue> {
  const [categories, streamRows, seriesRows, bouquetRows] = await Promise.all([
    db
      .select()
      .from(streamCategories)
      .where(eq(streamCategories.accountId, accountId))
      .orderBy(asc(streamCategories.num)),
    db.select().from(streams).where(eq(streams.accountId, accountId)).orderBy(asc(streams.position), asc(streams.num)),
    db.select().from(series).where(eq(series.accountId, accountId)).orderBy(asc(series.num)),
    db.select().from(bouquets).where(eq(bouquets.accountId, accountId)),
  ]);
  const episodes = new Map<string, StreamRow[]>();
  for (const s of streamRows) {
    if (s.kind !== 'episode' || !s.seriesId) continue;
    const list = episodes.get(s.seriesId) ?? [];
    list.push(s);
    episodes.set(s.seriesId, list);
  }
  for (const list of episodes.values())
    list.sort(
      (a, b) => (a.season ?? 0) - (b.season ?? 0) || (a.episodeNum ?? 0) - (b.episodeNum ?? 0) || a.num - b.num,
    );
  return {
    categories,
    categoryNum: new Map(categories.map((c) => [c.id, c.num])),
    streams: streamRows,
    streamByNum: new Map(streamRows.map((s) => [s.num, s])),
    series: seriesRows,
    episodes,
    bouquets: new Map(bouquetRows.map((b) => [b.id, b])),
  };
}

export function catalogueOf(db: Db, accountId: string): Catalogue | Promise<Catalogue> {
  return cachedRead(db, 'catalogues', accountId, 'all', () => load(db, accountId)) as Catalogue | Promise<Catalogue>;
}
