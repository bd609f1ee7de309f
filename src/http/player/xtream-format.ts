/**
 * The Xtream Codes player API's JSON, field for field as the reference panels send it: ids and timestamps as
 * numeric strings where they send strings, numbers where they send numbers (players parse both, some only one).
 */
import type { Temporal } from 'temporal-polyfill';
import type { CategoryRow, VisibleSeries, VisibleStream } from '../../modules/channels/index.ts';
import type { LineAccess, LineRow } from '../../modules/lines/index.ts';

const unix = (d: Date | Temporal.Instant) => Math.floor((d instanceof Date ? d.getTime() : d.epochMilliseconds) / 1000);
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const info = (row: { info: Record<string, unknown> }, key: string) => str(row.info[key]);

/** `2025-01-31 20:00:00` in UTC, the panels' time format. */
export const panelTime = (d: Date | Temporal.Instant) =>
  new Date(unix(d) * 1000).toISOString().replace('T', ' ').slice(0, 19);

export function userInfo(line: LineRow, access: LineAccess, activeConnections: number) {
  return {
    username: line.username,
    password: line.password,
    message: '',
    auth: 1,
    status: access.status,
    exp_date: access.expDate ? str(unix(access.expDate)) : null,
    is_trial: access.isTrial ? '1' : '0',
    active_cons: str(activeConnections),
    created_at: str(unix(line.created)),
    max_connections: str(access.result.entitlements.max_connections),
    allowed_output_formats: access.result.entitlements.output_formats,
  };
}

export type ServerAddress = { host: string; port: number; protocol: 'http' | 'https' };

/** The panel's wall clock in the account's time zone, as reference panels show their server's local time. */
export const panelTimeIn = (at: Temporal.Instant, timeZone: string) =>
  at.toZonedDateTimeISO(timeZone).toPlainDateTime().toString({ smallestUnit: 'second' }).replace('T', ' ');

export function serverInfo(server: ServerAddress, at: Temporal.Instant, timeZone = 'UTC') {
  return {
    url: server.host,
    port: str(server.protocol === 'http' ? server.port : 80),
    https_port: str(server.protocol === 'https' ? server.port : 443),
    server_protocol: server.protocol,
    rtmp_port: '1935',
    timezone: timeZone,
    timestamp_now: unix(at),
    time_now: panelTimeIn(at, timeZone),
    process: true,
  };
}

export const categoryJson = (row: CategoryRow) => ({
  category_id: str(row.num),
  category_name: row.name,
  parent_id: 0,
});

const categoryFields = (row: { categoryNum: number | null }) => ({
  category_id: str(row.categoryNum),
  category_ids: row.categoryNum === null ? [] : [row.categoryNum],
});

export function liveStreamJson(row: VisibleStream, index: number) {
  return {
    num: index + 1,
    name: row.name,
    stream_type: 'live',
    stream_id: row.num,
    stream_icon: str(row.icon),
    epg_channel_id: row.epgChannelId,
    added: str(unix(row.created)),
    is_adult: '0',
    ...categoryFields(row),
    custom_sid: '',
    tv_archive: row.archiveDays > 0 ? 1 : 0,
    direct_source: '',
    tv_archive_duration: row.archiveDays,
  };
}

const rating5 = (rating: string | null) => Math.round((Number(rating) || 0) * 5) / 10;

export function vodStreamJson(row: VisibleStream, index: number) {
  return {
    num: index + 1,
    name: row.name,
    stream_type: 'movie',
    stream_id: row.num,
    stream_icon: str(row.icon),
    rating: str(row.rating),
    rating_5based: rating5(row.rating),
    added: str(unix(row.created)),
    is_adult: '0',
    ...categoryFields(row),
    container_extension: str(row.containerExtension),
    custom_sid: '',
    direct_source: '',
  };
}

export function vodInfoJson(row: VisibleStream) {
  return {
    info: {
      movie_image: str(row.icon),
      tmdb_id: info(row, 'tmdb_id'),
      name: row.name,
      plot: info(row, 'plot'),
      cast: info(row, 'cast'),
      director: info(row, 'director'),
      genre: info(row, 'genre'),
      releasedate: info(row, 'releasedate'),
      duration_secs: Number(row.info.duration_secs ?? 0),
      duration: info(row, 'duration'),
      rating: str(row.rating),
    },
    movie_data: {
      stream_id: row.num,
      name: row.name,
      added: str(unix(row.created)),
      ...categoryFields(row),
      container_extension: str(row.containerExtension),
      custom_sid: '',
      direct_source: '',
    },
  };
}

function seriesInfoFields(row: VisibleSeries) {
  return {
    name: row.name,
    cover: str(row.cover),
    plot: info(row, 'plot'),
    cast: info(row, 'cast'),
    director: info(row, 'director'),
    genre: info(row, 'genre'),
    releaseDate: info(row, 'releaseDate'),
    last_modified: str(unix(row.created)),
    rating: str(row.rating),
    rating_5based: rating5(row.rating),
    backdrop_path: [] as string[],
    youtube_trailer: info(row, 'youtube_trailer'),
    episode_run_time: info(row, 'episode_run_time'),
    ...categoryFields(row),
  };
}

export const seriesJson = (row: VisibleSeries, index: number) => ({
  num: index + 1,
  series_id: row.num,
  ...seriesInfoFields(row),
});

export function seriesInfoJson(row: VisibleSeries, episodes: VisibleStream[] | Omit<VisibleStream, 'categoryNum'>[]) {
  const bySeason: Record<string, unknown[]> = {};
  for (const e of episodes) {
    const season = str(e.season ?? 1);
    bySeason[season] ??= [];
    bySeason[season].push({
      id: str(e.num),
      episode_num: e.episodeNum ?? 0,
      title: e.name,
      container_extension: str(e.containerExtension),
      info: { plot: info(e, 'plot'), duration_secs: Number(e.info.duration_secs ?? 0), duration: info(e, 'duration') },
      custom_sid: '',
      added: str(unix(e.created)),
      season: e.season ?? 1,
      direct_source: '',
    });
  }
  const seasons = Object.keys(bySeason).map((n) => ({
    season_number: Number(n),
    name: `Season ${n}`,
    episode_count: str(bySeason[n]!.length),
    cover: str(row.cover),
  }));
  return { seasons, info: seriesInfoFields(row), episodes: bySeason };
}

export type Programme = {
  epgChannelId: string;
  start: Date;
  stop: Date;
  title: string;
  description: string | null;
  lang: string | null;
};

/** Titles and descriptions are base64, as the reference panels send them. */
export function listingJson(p: Programme, streamNum: number, at: Temporal.Instant, archive: boolean) {
  const b64 = (s: string | null) => Buffer.from(s ?? '').toString('base64');
  const now = at.epochMilliseconds;
  return {
    id: `${p.epgChannelId}-${unix(p.start)}`,
    epg_id: str(streamNum),
    title: b64(p.title),
    lang: str(p.lang),
    start: panelTime(p.start),
    end: panelTime(p.stop),
    description: b64(p.description),
    channel_id: p.epgChannelId,
    start_timestamp: str(unix(p.start)),
    stop_timestamp: str(unix(p.stop)),
    now_playing: p.start.getTime() <= now && now < p.stop.getTime() ? 1 : 0,
    has_archive: archive && p.stop.getTime() <= now ? 1 : 0,
  };
}
