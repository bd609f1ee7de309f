/** player_api.php actions: each returns only what the line's bouquets allow (nothing unless the line is Active). */
import type { AppContext } from '../../context.ts';
import {
  findVisibleStream,
  programmesFrom,
  type Scope,
  visibleCategories,
  visibleSeries,
  visibleSeriesWithEpisodes,
  visibleStreams,
} from '../../modules/channels/index.ts';
import type { Authenticated } from './line-auth.ts';
import {
  categoryJson,
  listingJson,
  liveStreamJson,
  seriesInfoJson,
  seriesJson,
  vodInfoJson,
  vodStreamJson,
} from './xtream-format.ts';

type Query = Record<string, string | string[] | undefined>;
const num = (v: string | string[] | undefined) => {
  const n = Number(Array.isArray(v) ? v[0] : v);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/** A list answer already serialized: sent as is. */
export class SerializedJson {
  readonly body: string;
  constructor(body: string) {
    this.body = body;
  }
}

// Lists by (bouquets, action, category) per catalogue snapshot: every line of a package asks for the same 10,000
// channels, and a kept snapshot is replaced (never changed) when the catalogue is written, which drops these too.
const lists = new WeakMap<object, Map<string, SerializedJson>>();

function listAnswer(scope: Scope, key: string, build: () => unknown[]): SerializedJson {
  let byKey = lists.get(scope.catalogue);
  if (!byKey) {
    byKey = new Map();
    lists.set(scope.catalogue, byKey);
  }
  const full = `${scope.key}|${key}`;
  let answer = byKey.get(full);
  if (!answer) {
    answer = new SerializedJson(JSON.stringify(build()));
    byKey.set(full, answer);
  }
  return answer;
}

/** The action's answer, or undefined for an unknown action (the panels answer those with the login payload). */
export async function playerAction(ctx: AppContext, auth: Authenticated, scope: Scope, action: string, q: Query) {
  const db = ctx.db;
  const category = num(q.category_id);
  switch (action) {
    case 'get_live_categories':
      return listAnswer(scope, action, () => visibleCategories(scope, 'live').map(categoryJson));
    case 'get_vod_categories':
      return listAnswer(scope, action, () => visibleCategories(scope, 'movie').map(categoryJson));
    case 'get_series_categories':
      return listAnswer(scope, action, () => visibleCategories(scope, 'series').map(categoryJson));
    case 'get_live_streams':
      return listAnswer(scope, `${action}|${category}`, () =>
        visibleStreams(scope, 'live', category).map(liveStreamJson),
      );
    case 'get_vod_streams':
      return listAnswer(scope, `${action}|${category}`, () =>
        visibleStreams(scope, 'movie', category).map(vodStreamJson),
      );
    case 'get_series':
      return listAnswer(scope, `${action}|${category}`, () => visibleSeries(scope, category).map(seriesJson));
    case 'get_vod_info': {
      const id = num(q.vod_id);
      const found = id ? findVisibleStream(scope, id, ['movie']) : null;
      return found ? vodInfoJson(found) : { info: [] };
    }
    case 'get_series_info': {
      const id = num(q.series_id);
      const found = id ? visibleSeriesWithEpisodes(scope, id) : null;
      return found ? seriesInfoJson(found.series, found.episodes) : { seasons: [], info: { name: null }, episodes: {} };
    }
    case 'get_short_epg':
    case 'get_simple_data_table': {
      const id = num(q.stream_id);
      const channel = id ? findVisibleStream(scope, id, ['live']) : null;
      if (!channel?.epgChannelId) return { epg_listings: [] };
      const full = action === 'get_simple_data_table';
      const at = auth.access.at;
      // The short guide is what is on now and next; the full table reaches back over the archive.
      const from = new Date(at.epochMilliseconds - (full ? channel.archiveDays * 86_400_000 : 0));
      const limit = full ? 1000 : Math.min(num(q.limit) ?? 4, 100);
      const listings = await programmesFrom(db, scope.accountId, channel.epgChannelId, from, limit);
      const archive = channel.archiveDays > 0 && auth.access.result.entitlements.catchup;
      return { epg_listings: listings.map((p) => listingJson(p, channel.num, at, archive)) };
    }
    default:
      return undefined;
  }
}
