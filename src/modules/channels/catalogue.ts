/** Categories, streams (live, movies, episodes), series and bouquets: the account's channel catalogue. */
import { and, eq, type SQL } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { byId, findOne } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import {
  bouquets,
  type CategoryKind,
  type StreamKind,
  series,
  streamCategories,
  streams,
} from '../../db/schema/index.ts';
import { recordEvent } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { conflict, invalid } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { mergeMetadata } from '../../kernel/metadata.ts';
import {
  type BouquetRow,
  type CategoryRow,
  presentBouquet,
  presentCategory,
  presentSeries,
  presentStream,
  type SeriesRow,
  type StreamRow,
} from './present.ts';
import { bumpCatalogue } from './snapshot.ts';

const CATEGORY_KIND: Record<StreamKind, CategoryKind> = { live: 'live', movie: 'movie', episode: 'series' };

export async function createCategory(ctx: AppContext, actor: Actor, input: { kind: CategoryKind; name: string }) {
  const [row] = await ctx.db
    .insert(streamCategories)
    .values({
      accountId: actor.accountId,
      id: newId('scat'),
      kind: input.kind,
      name: input.name,
      created: toDate(ctx.clock.now()),
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw conflict('category_exists', `A ${input.kind} category named '${input.name}' already exists`, 'name');
  await bumpCatalogue(ctx.db, actor.accountId);
  return presentCategory(row);
}

export async function listCategories(ctx: AppContext, accountId: string, params: ListParams & { kind?: CategoryKind }) {
  const filter = params.kind ? eq(streamCategories.kind, params.kind) : undefined;
  return listPage(ctx.db, streamCategories, accountId, params, filter, presentCategory);
}

export async function getCategory(ctx: AppContext, accountId: string, id: string) {
  return presentCategory(await findOne<CategoryRow>(ctx.db, streamCategories, accountId, id, 'stream category'));
}

export async function getSeries(ctx: AppContext, accountId: string, id: string) {
  return presentSeries(await findOne<SeriesRow>(ctx.db, series, accountId, id, 'series'));
}

async function checkCategory(ctx: AppContext, accountId: string, id: string | null | undefined, kind: CategoryKind) {
  if (!id) return;
  const row = await findOne<CategoryRow>(ctx.db, streamCategories, accountId, id, 'stream category', {
    param: 'category',
  });
  if (row.kind !== kind)
    throw invalid('category_kind_mismatch', `Category '${id}' holds ${row.kind} streams`, 'category');
}

export type StreamInput = {
  kind: StreamKind;
  name: string;
  origin_url: string;
  category?: string | null;
  icon?: string | null;
  epg_channel_id?: string | null;
  archive_days?: number;
  container_extension?: string | null;
  series?: string | null;
  season?: number | null;
  episode_num?: number | null;
  rating?: string | null;
  info?: Record<string, string | number | string[] | null>;
  position?: number;
  metadata?: Record<string, string | null>;
};

export async function createStream(ctx: AppContext, actor: Actor, input: StreamInput) {
  await checkCategory(ctx, actor.accountId, input.category, CATEGORY_KIND[input.kind]);
  if (input.kind === 'episode') {
    if (!input.series) throw invalid('parameter_missing', 'An episode belongs to a series', 'series');
    await findOne<SeriesRow>(ctx.db, series, actor.accountId, input.series, 'series', { param: 'series' });
  }
  const [row] = await ctx.db
    .insert(streams)
    .values(streamValues(actor.accountId, input, toDate(ctx.clock.now())))
    .returning();
  const stream = presentStream(row!);
  await bumpCatalogue(ctx.db, actor.accountId);
  await recordEvent(ctx.db, actor, { type: 'stream.created', object: stream, at: ctx.clock.now() });
  return stream;
}

/** The row for a new stream (shared with the playlist import). */
export function streamValues(accountId: string, input: StreamInput, created: Date) {
  return {
    accountId,
    id: newId('strm'),
    kind: input.kind,
    name: input.name,
    categoryId: input.category ?? null,
    icon: input.icon ?? null,
    epgChannelId: input.epg_channel_id ?? null,
    archiveDays: input.archive_days ?? 0,
    originUrl: input.origin_url,
    containerExtension: input.container_extension ?? (input.kind === 'live' ? null : 'mp4'),
    seriesId: input.series ?? null,
    season: input.season ?? null,
    episodeNum: input.episode_num ?? null,
    rating: input.rating ?? null,
    info: input.info ?? {},
    position: input.position ?? 0,
    metadata: mergeMetadata({}, input.metadata),
    created,
  };
}

export async function getStream(ctx: AppContext, accountId: string, id: string) {
  return presentStream(await findOne<StreamRow>(ctx.db, streams, accountId, id, 'stream'));
}

export async function deleteStream(ctx: AppContext, actor: Actor, id: string) {
  const row = await findOne<StreamRow>(ctx.db, streams, actor.accountId, id, 'stream', { lock: true });
  await ctx.db.delete(streams).where(byId(streams, actor.accountId, id));
  await bumpCatalogue(ctx.db, actor.accountId);
  await recordEvent(ctx.db, actor, { type: 'stream.deleted', object: presentStream(row), at: ctx.clock.now() });
  return { id, object: 'stream' as const, deleted: true as const };
}

export async function listStreams(
  ctx: AppContext,
  accountId: string,
  params: ListParams & { kind?: StreamKind; category?: string; series?: string },
) {
  const filters: SQL[] = [];
  if (params.kind) filters.push(eq(streams.kind, params.kind));
  if (params.category) filters.push(eq(streams.categoryId, params.category));
  if (params.series) filters.push(eq(streams.seriesId, params.series));
  return listPage(ctx.db, streams, accountId, params, and(...filters), presentStream);
}

export type SeriesInput = {
  name: string;
  category?: string | null;
  cover?: string | null;
  rating?: string | null;
  info?: Record<string, string | number | string[] | null>;
  metadata?: Record<string, string | null>;
};

export async function createSeries(ctx: AppContext, actor: Actor, input: SeriesInput) {
  await checkCategory(ctx, actor.accountId, input.category, 'series');
  const [row] = await ctx.db
    .insert(series)
    .values({
      accountId: actor.accountId,
      id: newId('series'),
      name: input.name,
      categoryId: input.category ?? null,
      cover: input.cover ?? null,
      rating: input.rating ?? null,
      info: input.info ?? {},
      metadata: mergeMetadata({}, input.metadata),
      created: toDate(ctx.clock.now()),
    })
    .returning();
  const presented = presentSeries(row!);
  await bumpCatalogue(ctx.db, actor.accountId);
  await recordEvent(ctx.db, actor, { type: 'series.created', object: presented, at: ctx.clock.now() });
  return presented;
}

export async function listSeries(ctx: AppContext, accountId: string, params: ListParams) {
  return listPage(ctx.db, series, accountId, params, undefined, presentSeries);
}

export type BouquetInput = {
  name?: string;
  categories?: string[];
  streams?: string[];
  series?: string[];
  metadata?: Record<string, string | null>;
};

export async function createBouquet(ctx: AppContext, actor: Actor, input: BouquetInput & { name: string }) {
  const at = ctx.clock.now();
  const [row] = await ctx.db
    .insert(bouquets)
    .values({
      accountId: actor.accountId,
      id: newId('bq'),
      name: input.name,
      categories: input.categories ?? [],
      streams: input.streams ?? [],
      series: input.series ?? [],
      metadata: mergeMetadata({}, input.metadata),
      created: toDate(at),
    })
    .returning();
  const bouquet = presentBouquet(row!);
  await bumpCatalogue(ctx.db, actor.accountId);
  await recordEvent(ctx.db, actor, { type: 'bouquet.created', object: bouquet, at });
  return bouquet;
}

export async function updateBouquet(ctx: AppContext, actor: Actor, id: string, input: BouquetInput) {
  const current = await findOne<BouquetRow>(ctx.db, bouquets, actor.accountId, id, 'bouquet', { lock: true });
  const [row] = await ctx.db
    .update(bouquets)
    .set({
      ...(input.name !== undefined && { name: input.name }),
      ...(input.categories !== undefined && { categories: input.categories }),
      ...(input.streams !== undefined && { streams: input.streams }),
      ...(input.series !== undefined && { series: input.series }),
      ...(input.metadata !== undefined && { metadata: mergeMetadata(current.metadata, input.metadata) }),
    })
    .where(byId(bouquets, actor.accountId, id))
    .returning();
  const bouquet = presentBouquet(row!);
  await bumpCatalogue(ctx.db, actor.accountId);
  await recordEvent(ctx.db, actor, { type: 'bouquet.updated', object: bouquet, at: ctx.clock.now() });
  return bouquet;
}

export async function getBouquet(ctx: AppContext, accountId: string, id: string) {
  return presentBouquet(await findOne<BouquetRow>(ctx.db, bouquets, accountId, id, 'bouquet'));
}

export async function listBouquets(ctx: AppContext, accountId: string, params: ListParams) {
  return listPage(ctx.db, bouquets, accountId, params, undefined, presentBouquet);
}
