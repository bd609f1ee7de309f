/**
 * An account's whole catalogue in memory, so a player's lists and stream starts filter arrays instead of querying:
 * `get_live_streams` over 10,000 channels is asked by every player at every start. On PGlite the snapshot is kept
 * until a write to a catalogue table (db/read-cache.ts); on PostgreSQL it is read per request.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { cachedRead } from '../../db/read-cache.ts';
import { bouquets, catalogueVersions, series, streamCategories, streams } from '../../db/schema/index.ts';
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
  return cachedRead(db, 'catalogues', accountId, 'all', () => versionedLoad(db, accountId)) as
    | Catalogue
    | Promise<Catalogue>;
}

/** Marks the account's catalogue changed (call in the transaction of the write). */
export async function bumpCatalogue(db: Db, accountId: string): Promise<void> {
  await db
    .insert(catalogueVersions)
    .values({ accountId, version: 1 })
    .onConflictDoUpdate({
      target: catalogueVersions.accountId,
      set: { version: sql`${catalogueVersions.version} + 1` },
    });
}

// Per database handle and account: the last catalogue read and its version.
const kept = new WeakMap<object, Map<string, { version: number; catalogue: Promise<Catalogue> }>>();

/** The catalogue, re-read only when its version moved: one small query instead of 10,000 rows per request. */
async function versionedLoad(db: Db, accountId: string): Promise<Catalogue> {
  const [row] = await db
    .select({ version: catalogueVersions.version })
    .from(catalogueVersions)
    .where(eq(catalogueVersions.accountId, accountId));
  const version = row?.version ?? 0;
  let byAccount = kept.get(db);
  if (!byAccount) {
    byAccount = new Map();
    kept.set(db, byAccount);
  }
  const hit = byAccount.get(accountId);
  if (hit && hit.version === version) return hit.catalogue;
  const catalogue = load(db, accountId);
  byAccount.set(accountId, { version, catalogue });
  catalogue.catch(() => byAccount.delete(accountId));
  return catalogue;
}
