import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import type { ListParams } from '../../../db/paginate.ts';
import type { CategoryKind, StreamKind } from '../../../db/schema/index.ts';
import * as channels from '../../../modules/channels/index.ts';
import { getCustomerEntitlements } from '../../../modules/entitlements/index.ts';
import * as lines from '../../../modules/lines/index.ts';
import { listSessions } from '../../../modules/streams/index.ts';
import { deleted, idParams, listOf, listQuery, ref, type Schema, strictObject } from '../../schemas/common.ts';
import * as s from '../../schemas/streaming.ts';
import { type IdParams, mutation, spec } from './route-kit.ts';

const idOf = (req: { params: unknown }) => (req.params as IdParams).id;
const listOnly = strictObject(listQuery);
/** Upstream playlists and guides run to tens of megabytes; other routes keep the app's 1 MB limit. */
const IMPORT_BODY_LIMIT = 64 * 1024 * 1024;

/** Entitlements, the channel catalogue and lines: what IPTV providers sell and what their players read. */
export function streamingRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/v1/customers/:id/entitlements',
    spec({
      tag: 'Entitlements',
      summary: "A customer's entitlements now",
      operationId: 'getCustomerEntitlements',
      params: idParams,
      response: ref('Entitlements'),
    }),
    (req) => getCustomerEntitlements(ctx, req.account.accountId, idOf(req)),
  );
  catalogueRoutes(app, ctx);
  lineRoutes(app, ctx);
}

function catalogueRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'Channels';
  const created = (summary: string, operationId: string, body: Schema, response: string) =>
    spec({ tag, summary, operationId, body, response: ref(response) });
  const listed = (summary: string, operationId: string, querystring: Schema, item: string) =>
    spec({ tag, summary, operationId, querystring, response: listOf(item) });

  app.post(
    '/v1/stream_categories',
    created('Create a category', 'createStreamCategory', s.createCategoryBody, 'StreamCategory'),
    mutation(ctx, (tx, actor, req) =>
      channels.createCategory(tx, actor, req.body as { kind: CategoryKind; name: string }),
    ),
  );
  app.get(
    '/v1/stream_categories',
    listed('List categories', 'listStreamCategories', s.listCategoriesQuery, 'StreamCategory'),
    (req) => channels.listCategories(ctx, req.account.accountId, req.query as ListParams & { kind?: CategoryKind }),
  );
  app.get(
    '/v1/stream_categories/:id',
    spec({
      tag,
      summary: 'Retrieve a category',
      operationId: 'getStreamCategory',
      params: idParams,
      response: ref('StreamCategory'),
    }),
    (req) => channels.getCategory(ctx, req.account.accountId, idOf(req)),
  );
  app.get(
    '/v1/series/:id',
    spec({ tag, summary: 'Retrieve a series', operationId: 'getSeries', params: idParams, response: ref('Series') }),
    (req) => channels.getSeries(ctx, req.account.accountId, idOf(req)),
  );
  app.post(
    '/v1/streams',
    created('Create a live channel, movie or episode', 'createStream', s.createStreamBody, 'Stream'),
    mutation(ctx, (tx, actor, req) => channels.createStream(tx, actor, req.body as channels.StreamInput)),
  );
  app.get('/v1/streams', listed('List streams', 'listStreams', s.listStreamsQuery, 'Stream'), (req) =>
    channels.listStreams(ctx, req.account.accountId, req.query as ListParams & { kind?: StreamKind }),
  );
  app.get(
    '/v1/streams/:id',
    spec({ tag, summary: 'Retrieve a stream', operationId: 'getStream', params: idParams, response: ref('Stream') }),
    (req) => channels.getStream(ctx, req.account.accountId, idOf(req)),
  );
  app.delete(
    '/v1/streams/:id',
    spec({
      tag,
      summary: 'Delete a stream',
      operationId: 'deleteStream',
      params: idParams,
      response: deleted('stream'),
    }),
    mutation(ctx, (tx, actor, req) => channels.deleteStream(tx, actor, idOf(req))),
  );
  app.post(
    '/v1/series',
    created('Create a series', 'createSeries', s.createSeriesBody, 'Series'),
    mutation(ctx, (tx, actor, req) => channels.createSeries(tx, actor, req.body as channels.SeriesInput)),
  );
  app.get('/v1/series', listed('List series', 'listSeries', listOnly, 'Series'), (req) =>
    channels.listSeries(ctx, req.account.accountId, req.query as ListParams),
  );
  app.post(
    '/v1/bouquets',
    created('Create a bouquet', 'createBouquet', s.createBouquetBody, 'Bouquet'),
    mutation(ctx, (tx, actor, req) =>
      channels.createBouquet(tx, actor, req.body as channels.BouquetInput & { name: string }),
    ),
  );
  app.post(
    '/v1/bouquets/:id',
    spec({
      tag,
      summary: 'Update a bouquet',
      operationId: 'updateBouquet',
      params: idParams,
      body: s.updateBouquetBody,
      response: ref('Bouquet'),
    }),
    mutation(ctx, (tx, actor, req) => channels.updateBouquet(tx, actor, idOf(req), req.body as channels.BouquetInput)),
  );
  app.get(
    '/v1/bouquets/:id',
    spec({ tag, summary: 'Retrieve a bouquet', operationId: 'getBouquet', params: idParams, response: ref('Bouquet') }),
    (req) => channels.getBouquet(ctx, req.account.accountId, idOf(req)),
  );
  app.get('/v1/bouquets', listed('List bouquets', 'listBouquets', listOnly, 'Bouquet'), (req) =>
    channels.listBouquets(ctx, req.account.accountId, req.query as ListParams),
  );
  app.post(
    '/v1/streams/import_playlist',
    {
      ...spec({
        tag,
        summary: 'Import an M3U/M3U-plus playlist',
        operationId: 'importPlaylist',
        body: s.importPlaylistBody,
        response: s.playlistImportSchema,
      }),
      bodyLimit: IMPORT_BODY_LIMIT,
    },
    mutation(ctx, (tx, actor, req) => channels.importPlaylist(tx, actor, req.body as { playlist: string })),
  );
  app.post(
    '/v1/epg/import',
    {
      ...spec({
        tag,
        summary: 'Import an XMLTV programme guide',
        operationId: 'importEpg',
        body: s.importEpgBody,
        response: s.epgImportSchema,
      }),
      bodyLimit: IMPORT_BODY_LIMIT,
    },
    mutation(ctx, (tx, actor, req) => channels.importEpg(tx, actor, req.body as { xmltv: string })),
  );
}

function lineRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'Lines';
  app.post(
    '/v1/lines',
    spec({
      tag,
      summary: 'Create a line for a subscription',
      operationId: 'createLine',
      body: s.createLineBody,
      response: ref('Line'),
    }),
    mutation(ctx, (tx, actor, req) =>
      lines.createLine(tx, actor, req.body as lines.LineInput & { subscription: string }),
    ),
  );
  app.get(
    '/v1/lines/:id',
    spec({ tag, summary: 'Retrieve a line', operationId: 'getLine', params: idParams, response: ref('Line') }),
    (req) => lines.getLine(ctx, req.account.accountId, idOf(req)),
  );
  app.post(
    '/v1/lines/:id',
    spec({
      tag,
      summary: 'Update a line: credentials, enable/disable/ban, allowed IPs and user agents, notes',
      operationId: 'updateLine',
      params: idParams,
      body: s.updateLineBody,
      response: ref('Line'),
    }),
    mutation(ctx, (tx, actor, req) => lines.updateLine(tx, actor, idOf(req), req.body as lines.LineInput)),
  );
  app.get(
    '/v1/lines/:id/sessions',
    spec({
      tag,
      summary: "A line's playback sessions, newest first",
      operationId: 'listLineSessions',
      params: idParams,
      querystring: s.listSessionsQuery,
      response: listOf('StreamSession'),
    }),
    async (req) => {
      const line = await lines.getLine(ctx, req.account.accountId, idOf(req));
      return listSessions(ctx, req.account.accountId, {
        ...(req.query as { live?: boolean; limit?: number }),
        line: line.id,
      });
    },
  );
  app.get(
    '/v1/lines',
    spec({
      tag,
      summary: 'List or search lines',
      operationId: 'listLines',
      querystring: s.listLinesQuery,
      response: listOf('Line'),
    }),
    (req) => lines.listLines(ctx, req.account.accountId, req.query as lines.LineSearch),
  );
}
