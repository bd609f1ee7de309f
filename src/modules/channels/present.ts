import type { bouquets, series, streamCategories, streams } from '../../db/schema/index.ts';
import { toUnix } from '../../kernel/clock.ts';

export type CategoryRow = typeof streamCategories.$inferSelect;
export type StreamRow = typeof streams.$inferSelect;
export type SeriesRow = typeof series.$inferSelect;
export type BouquetRow = typeof bouquets.$inferSelect;

export function presentCategory(row: CategoryRow) {
  return {
    id: row.id,
    object: 'stream_category' as const,
    created: toUnix(row.created),
    kind: row.kind,
    name: row.name,
    number: row.num,
  };
}

/** A stream as the API shows it; the origin URL is shown to the account only (players never see it). */
export function presentStream(row: StreamRow) {
  return {
    id: row.id,
    object: 'stream' as const,
    created: toUnix(row.created),
    kind: row.kind,
    number: row.num,
    name: row.name,
    category: row.categoryId,
    icon: row.icon,
    epg_channel_id: row.epgChannelId,
    archive_days: row.archiveDays,
    origin_url: row.originUrl,
    container_extension: row.containerExtension,
    series: row.seriesId,
    season: row.season,
    episode_num: row.episodeNum,
    rating: row.rating,
    info: row.info,
    position: row.position,
    metadata: row.metadata,
  };
}

export function presentSeries(row: SeriesRow) {
  return {
    id: row.id,
    object: 'series' as const,
    created: toUnix(row.created),
    number: row.num,
    name: row.name,
    category: row.categoryId,
    cover: row.cover,
    rating: row.rating,
    info: row.info,
    metadata: row.metadata,
  };
}

export function presentBouquet(row: BouquetRow) {
  return {
    id: row.id,
    object: 'bouquet' as const,
    created: toUnix(row.created),
    name: row.name,
    categories: row.categories,
    streams: row.streams,
    series: row.series,
    metadata: row.metadata,
  };
}
