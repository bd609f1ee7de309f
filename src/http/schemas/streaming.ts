import {
  arrayOf,
  bool,
  int,
  listQuery,
  metadataIn,
  metadataOut,
  nullable,
  resource,
  type Schema,
  str,
  strictObject,
} from './common.ts';
import { entitlementsSchema } from './entitlements.ts';

const info: Schema = { type: 'object', additionalProperties: true, description: 'Free-form details players show' };
const infoIn: Schema = { ...info, maxProperties: 50 };
const url = str({ minLength: 1, maxLength: 2000 });
const categoryKind = str({ enum: ['live', 'movie', 'series'] });
const streamKind = str({ enum: ['live', 'movie', 'episode'] });

export const categorySchema = resource(
  'StreamCategory',
  'stream_category',
  { kind: categoryKind, name: str(), number: int({ description: "The player API's category_id" }) },
  'A group of live channels, movies or series, as players list them.',
);
export const createCategoryBody = strictObject({ kind: categoryKind, name: str({ minLength: 1, maxLength: 200 }) }, [
  'kind',
  'name',
]);
export const listCategoriesQuery = strictObject({ ...listQuery, kind: categoryKind });

export const streamSchema = resource(
  'Stream',
  'stream',
  {
    kind: streamKind,
    number: int({ description: "The player API's stream_id" }),
    name: str(),
    category: nullable(str()),
    icon: nullable(str()),
    epg_channel_id: nullable(str()),
    archive_days: int(),
    origin_url: str({ description: 'Never shown to players: they get a redirect with a short-lived signed token' }),
    container_extension: nullable(str()),
    series: nullable(str()),
    season: nullable(int()),
    episode_num: nullable(int()),
    rating: nullable(str()),
    info,
    position: int(),
    metadata: metadataOut,
  },
  'A live channel, a movie or a series episode.',
);
export const createStreamBody = strictObject(
  {
    kind: streamKind,
    name: str({ minLength: 1, maxLength: 300 }),
    origin_url: url,
    category: nullable(str()),
    icon: nullable(url),
    epg_channel_id: nullable(str({ maxLength: 200 })),
    archive_days: int({ minimum: 0, maximum: 60 }),
    container_extension: nullable(str({ pattern: '^[a-z0-9]{2,4}$' })),
    series: nullable(str()),
    season: nullable(int({ minimum: 0 })),
    episode_num: nullable(int({ minimum: 0 })),
    rating: nullable(str({ maxLength: 20 })),
    info: infoIn,
    position: int({ minimum: 0 }),
    metadata: metadataIn,
  },
  ['kind', 'name', 'origin_url'],
);
export const listStreamsQuery = strictObject({ ...listQuery, kind: streamKind, category: str(), series: str() });

export const seriesSchema = resource(
  'Series',
  'series',
  {
    number: int({ description: "The player API's series_id" }),
    name: str(),
    category: nullable(str()),
    cover: nullable(str()),
    rating: nullable(str()),
    info,
    metadata: metadataOut,
  },
  'A series; its episodes are streams of kind `episode`.',
);
export const createSeriesBody = strictObject(
  {
    name: str({ minLength: 1, maxLength: 300 }),
    category: nullable(str()),
    cover: nullable(url),
    rating: nullable(str({ maxLength: 20 })),
    info: infoIn,
    metadata: metadataIn,
  },
  ['name'],
);

const ids = arrayOf(str(), { maxItems: 10000 });
export const bouquetSchema = resource(
  'Bouquet',
  'bouquet',
  { name: str(), categories: arrayOf(str()), streams: arrayOf(str()), series: arrayOf(str()), metadata: metadataOut },
  'A channel package: whole categories plus single streams and series. Products grant bouquets.',
);
const bouquetFields = {
  name: str({ minLength: 1, maxLength: 200 }),
  categories: ids,
  streams: ids,
  series: ids,
  metadata: metadataIn,
};
export const createBouquetBody = strictObject(bouquetFields, ['name']);
export const updateBouquetBody = strictObject(bouquetFields);

export const importPlaylistBody = strictObject(
  { playlist: str({ minLength: 7, maxLength: 20_000_000, description: 'An M3U or M3U-plus playlist' }) },
  ['playlist'],
);
export const playlistImportSchema = {
  type: 'object',
  properties: {
    object: str(),
    created: int(),
    updated: int(),
    skipped: int(),
    categories_created: int(),
  },
};
export const importEpgBody = strictObject({ xmltv: str({ minLength: 1, maxLength: 50_000_000 }) }, ['xmltv']);
export const epgImportSchema = { type: 'object', properties: { object: str(), channels: int(), programmes: int() } };

const username = str({ pattern: '^[A-Za-z0-9._@-]{3,64}$' });
const password = str({ pattern: '^[A-Za-z0-9._@-]{4,64}$' });
export const lineSchema = resource(
  'Line',
  'line',
  {
    customer: str(),
    subscription: str(),
    username: str(),
    password: str(),
    status: str({ enum: ['enabled', 'disabled', 'banned'], description: "The operator's switch" }),
    access_status: str({ enum: ['active', 'expired', 'banned', 'disabled'], description: 'What players are told' }),
    exp_date: nullable(int({ description: 'End of the paid (or trial) access' })),
    is_trial: bool(),
    max_connections: int(),
    bouquets: arrayOf(str()),
    allowed_ips: arrayOf(str()),
    allowed_user_agents: arrayOf(str()),
    notes: nullable(str()),
    metadata: metadataOut,
  },
  'Xtream credentials of a subscription; players log in with them and get what the subscription entitles.',
);
const lineFields = {
  username,
  password,
  status: str({ enum: ['enabled', 'disabled', 'banned'] }),
  allowed_ips: arrayOf(str({ maxLength: 64 }), { maxItems: 50 }),
  allowed_user_agents: arrayOf(str({ maxLength: 300 }), { maxItems: 50 }),
  notes: nullable(str({ maxLength: 2000 })),
  metadata: metadataIn,
};
export const createLineBody = strictObject({ subscription: str(), ...lineFields }, ['subscription']);
export const updateLineBody = strictObject({
  ...lineFields,
  reset_password: bool({ description: 'Replace the password by a generated one' }),
});
export const listLinesQuery = strictObject({
  ...listQuery,
  username: str({ description: 'Exactly this username' }),
  search: str({ minLength: 1, maxLength: 64, description: 'Usernames containing this text' }),
  subscription: str(),
  customer: str(),
});

export const sessionSchema = resource(
  'StreamSession',
  'stream_session',
  {
    line: str(),
    stream: int({ description: 'The stream number' }),
    client_ip: str(),
    user_agent: str(),
    started: int(),
    last_seen: int(),
    expires_at: int({ description: 'Ends here without another segment or heartbeat' }),
    closed_at: nullable(int({ description: 'Closed early, to make room for a newer playback' })),
    live: bool(),
    viewing_seconds: int(),
  },
  'One playback of a line, kept alive by its segment or heartbeat requests.',
);
export const listSessionsQuery = strictObject({
  live: bool({ description: 'Only sessions still playing' }),
  limit: int({ minimum: 1, maximum: 100, default: 100 }),
});

export const streamingSchemas = [
  entitlementsSchema,
  categorySchema,
  streamSchema,
  seriesSchema,
  bouquetSchema,
  lineSchema,
  sessionSchema,
];
