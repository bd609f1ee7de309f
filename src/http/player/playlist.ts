/** get.php and xmltv.php: the line's whole catalogue as an M3U playlist and an XMLTV guide. */
import { writeM3U } from '@iptv/playlist';
import { writeXmltv } from '@iptv/xmltv';
import type { Temporal } from 'temporal-polyfill';
import type { AppContext } from '../../context.ts';
import {
  programmesOf,
  type Scope,
  visibleCategories,
  visibleSeries,
  visibleSeriesWithEpisodes,
  visibleStreams,
} from '../../modules/channels/index.ts';

export type PlaylistOptions = { base: string; username: string; password: string; plus: boolean; extension: string };

/** Channels, then movies, then episodes, each with the URL players stream it from (on Tenure, never the origin). */
export function buildPlaylist(scope: Scope, o: PlaylistOptions): string {
  const credentials = `${encodeURIComponent(o.username)}/${encodeURIComponent(o.password)}`;
  const groups = new Map<number | null, string>();
  for (const kind of ['live', 'movie', 'series'] as const)
    for (const c of visibleCategories(scope, kind)) groups.set(c.num, c.name);
  const entry = (
    name: string,
    url: string,
    extra: { id?: string | null; logo?: string | null; group: number | null; days?: number },
  ) =>
    o.plus
      ? {
          name,
          url,
          tvgId: extra.id ?? '',
          tvgName: name,
          tvgLogo: extra.logo ?? '',
          groupTitle: groups.get(extra.group) ?? '',
          ...(extra.days ? { catchup: 'default', catchupDays: String(extra.days) } : {}),
        }
      : { name, url };
  const channels = [];
  for (const s of visibleStreams(scope, 'live'))
    channels.push(
      entry(s.name, `${o.base}/live/${credentials}/${s.num}.${o.extension}`, {
        id: s.epgChannelId,
        logo: s.icon,
        group: s.categoryNum,
        days: s.archiveDays,
      }),
    );
  for (const s of visibleStreams(scope, 'movie'))
    channels.push(
      entry(s.name, `${o.base}/movie/${credentials}/${s.num}.${s.containerExtension ?? 'mp4'}`, {
        logo: s.icon,
        group: s.categoryNum,
      }),
    );
  for (const show of visibleSeries(scope)) {
    const found = visibleSeriesWithEpisodes(scope, show.num);
    for (const e of found?.episodes ?? [])
      channels.push(
        entry(
          `${show.name} S${pad(e.season)} E${pad(e.episodeNum)}`,
          `${o.base}/series/${credentials}/${e.num}.${e.containerExtension ?? 'mp4'}`,
          {
            logo: show.cover,
            group: show.categoryNum,
          },
        ),
      );
  }
  return writeM3U({ channels });
}

const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');

/** The guide of the line's live channels, from `at` on. */
export async function buildGuide(ctx: AppContext, scope: Scope, at: Temporal.Instant): Promise<string> {
  const live = visibleStreams(scope, 'live').filter((s) => s.epgChannelId);
  const ids = [...new Set(live.map((s) => s.epgChannelId!))];
  const programmes = await programmesOf(ctx.db, scope.accountId, ids, new Date(at.epochMilliseconds));
  return writeXmltv({
    channels: ids.map((id) => {
      const s = live.find((c) => c.epgChannelId === id)!;
      return { id, displayName: [{ _value: s.name }], ...(s.icon ? { icon: [{ src: s.icon }] } : {}) };
    }),
    programmes: programmes.map((p) => ({
      channel: p.epgChannelId,
      start: p.start,
      stop: p.stop,
      title: [{ _value: p.title, ...(p.lang ? { lang: p.lang } : {}) }],
      ...(p.description ? { desc: [{ _value: p.description }] } : {}),
    })),
  });
}
