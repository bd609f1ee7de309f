import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { parseM3U } from '@iptv/playlist';
import { Xtream } from '@iptv/xtream-api';
import { pino } from 'pino';
import { buildApp } from '../../src/http/app.ts';
import { FakeClock } from '../../src/kernel/clock.ts';
import { type Harness, startHarness } from '../helpers/harness.ts';
import { billingKit } from '../scenarios/billing-kit.ts';

// A provider's upstream playlist: two news channels and a sports channel, and a movie (Xtream-style URL).
const PLAYLIST = `#EXTM3U
#EXTINF:-1 tvg-id="news1.example" tvg-name="News One" tvg-logo="http://img.example/n1.png" group-title="News" catchup="default" catchup-days="3",News One
http://origin.example/hls/news1/index.m3u8
#EXTINF:-1 tvg-id="news2.example" tvg-name="News Two" tvg-logo="http://img.example/n2.png" group-title="News",News Two
http://origin.example/hls/news2/index.m3u8
#EXTINF:-1 tvg-id="sport1.example" tvg-name="Sport One" tvg-logo="http://img.example/s1.png" group-title="Sports",Sport One
http://origin.example/hls/sport1/index.m3u8
#EXTINF:-1 tvg-name="The Film" tvg-logo="http://img.example/film.jpg" group-title="Movies",The Film
http://upstream.example/movie/u/p/991.mkv
`;
const GUIDE = `<?xml version="1.0" encoding="UTF-8"?>
<tv>
  <channel id="news1.example"><display-name>News One</display-name></channel>
  <programme start="20250601110000 +0000" stop="20250601120000 +0000" channel="news1.example"><title lang="en">Morning</title></programme>
  <programme start="20250601120000 +0000" stop="20250601130000 +0000" channel="news1.example"><title lang="en">Noon News</title><desc lang="en">Headlines</desc></programme>
  <programme start="20250601130000 +0000" stop="20250601140000 +0000" channel="news1.example"><title lang="en">Afternoon</title></programme>
</tv>`;

let h: Harness;
let k: ReturnType<typeof billingKit>;
let url: string;
const ids: Record<string, any> = {};

before(async () => {
  h = await startHarness({ clock: new FakeClock('2025-06-01T12:30:00Z') });
  k = billingKit(h);
  await h.app.listen({ host: '127.0.0.1', port: 0 });
  url = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;

  const imported = await k.ok('POST', '/v1/streams/import_playlist', { playlist: PLAYLIST });
  assert.deepEqual([imported.created, imported.categories_created], [4, 3]);
  const again = await k.ok('POST', '/v1/streams/import_playlist', { playlist: PLAYLIST });
  assert.deepEqual([again.created, again.updated], [0, 4], 'importing the same playlist again changes nothing');
  assert.equal((await k.ok('POST', '/v1/epg/import', { xmltv: GUIDE })).programmes, 3);

  const cats = (await k.ok('GET', '/v1/stream_categories?limit=100')).data as any[];
  const cat = (name: string) => cats.find((c) => c.name === name).id;
  const shows = await k.ok('POST', '/v1/stream_categories', { kind: 'series', name: 'Shows' });
  const show = await k.ok('POST', '/v1/series', {
    name: 'Mystery',
    category: shows.id,
    cover: 'http://img.example/m.jpg',
    info: { plot: 'Who?' },
  });
  ids.show = show;
  for (const [season, episode] of [
    [1, 1],
    [1, 2],
    [2, 1],
  ]) {
    await k.ok('POST', '/v1/streams', {
      kind: 'episode',
      name: `Mystery S${season}E${episode}`,
      series: show.id,
      season,
      episode_num: episode,
      container_extension: 'mp4',
      origin_url: `http://origin.example/vod/mystery/${season}-${episode}.mp4`,
    });
  }
  const basic = await k.ok('POST', '/v1/bouquets', {
    name: 'Basic',
    categories: [cat('News'), cat('Movies'), shows.id],
  });
  const premium = await k.ok('POST', '/v1/bouquets', { name: 'Sports', categories: [cat('Sports')] });
  ids.basic = basic.id;
  ids.premium = premium.id;

  const product = await k.ok('POST', '/v1/products', {
    name: 'Basic',
    entitlements: { bouquets: [basic.id], max_connections: 2, output_formats: ['m3u8', 'ts'], catchup: true },
  });
  const price = await k.ok('POST', '/v1/prices', {
    product: product.id,
    currency: 'usd',
    unit_amount: 1000,
    recurring: { interval: 'month' },
  });
  const customer = (await k.ok('POST', '/v1/customers', { name: 'Ana' })).id;
  await k.ok('POST', '/v1/payment_methods', { customer, token: 'tok_visa' });
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: price.id }] });
  ids.line = await k.ok('POST', '/v1/lines', { subscription: sub.id, username: 'ana', password: 'secret1' });
  ids.sub = sub;
});
after(() => h.close());

test('the @iptv/xtream-api client logs in and reads only what the bouquets allow', async () => {
  const xtream = new Xtream({ url, username: 'ana', password: 'secret1' });
  const profile = await xtream.getProfile();
  assert.equal(profile.auth, 1);
  assert.equal(profile.status, 'Active');
  assert.equal(profile.is_trial, '0');
  assert.equal(profile.max_connections, '2');
  assert.equal(profile.exp_date, String(ids.sub.current_period_end));
  const server = await xtream.getServerInfo();
  assert.equal(server.timestamp_now, Date.parse('2025-06-01T12:30:00Z') / 1000);
  assert.equal(server.time_now, '2025-06-01 12:30:00');

  const live = await xtream.getChannelCategories();
  assert.deepEqual(
    live.map((c: any) => c.category_name),
    ['News'],
    'Sports is not in the line’s bouquets',
  );
  const channels = await xtream.getChannels();
  assert.deepEqual(
    channels.map((c: any) => [c.name, c.epg_channel_id, c.stream_icon, c.tv_archive_duration]),
    [
      ['News One', 'news1.example', 'http://img.example/n1.png', 3],
      ['News Two', 'news2.example', 'http://img.example/n2.png', 0],
    ],
  );
  assert.equal(typeof channels[0].stream_id, 'number');
  assert.equal(channels[0].category_id, live[0].category_id);

  const movies = await xtream.getMovies();
  assert.deepEqual(
    movies.map((m: any) => [m.name, m.container_extension]),
    [['The Film', 'mkv']],
  );
  const movie = await xtream.getMovie({ movieId: movies[0].stream_id });
  assert.equal(movie.movie_data.name, 'The Film');
  assert.match(movie.url ?? '', new RegExp(`/movie/ana/secret1/${movies[0].stream_id}\\.mkv$`));

  const shows = await xtream.getShows();
  assert.deepEqual(
    shows.map((s: any) => s.name),
    ['Mystery'],
  );
  const show = await xtream.getShow({ showId: shows[0].series_id });
  assert.deepEqual(Object.keys(show.episodes), ['1', '2']);
  assert.deepEqual(
    show.episodes['1'].map((e: any) => e.title),
    ['Mystery S1E1', 'Mystery S1E2'],
  );
  assert.equal(show.info.plot, 'Who?');

  const epg = await xtream.getShortEPG({ channelId: channels[0].stream_id, limit: 2 });
  const titles = epg.epg_listings.map((l: any) => Buffer.from(l.title, 'base64').toString());
  assert.deepEqual(titles, ['Noon News', 'Afternoon'], 'now and next, from the business clock');
  const table = await xtream.getFullEPG({ channelId: channels[0].stream_id });
  const now: any = table.epg_listings.find((l: any) => l.now_playing === 1);
  assert.equal(Buffer.from(now.description, 'base64').toString(), 'Headlines');
  assert.equal(
    table.epg_listings.find((l: any) => Buffer.from(l.title, 'base64').toString() === 'Morning')?.has_archive,
    1,
  );

  const sportsId = ((await k.ok('GET', '/v1/streams?kind=live&limit=100')).data as any[]).find(
    (s) => s.name === 'Sport One',
  ).number;
  const refused = await fetch(`${url}/live/ana/secret1/${sportsId}.m3u8`, { redirect: 'manual' });
  assert.equal(refused.status, 404, 'a channel outside the bouquets does not play');
});

test('a bouquet change shows in the player at once (the kept catalogue is dropped by the write)', async () => {
  const categories = async () =>
    (
      (await (
        await fetch(`${url}/player_api.php?username=ana&password=secret1&action=get_live_categories`)
      ).json()) as any[]
    ).map((c) => c.category_name);
  assert.deepEqual(await categories(), ['News']);
  const basic = await k.ok('GET', `/v1/bouquets/${ids.basic}`);
  const sports = ((await k.ok('GET', '/v1/stream_categories?kind=live')).data as any[]).find(
    (c) => c.name === 'Sports',
  );
  await k.ok('POST', `/v1/bouquets/${ids.basic}`, { categories: [...basic.categories, sports.id] });
  assert.deepEqual(await categories(), ['News', 'Sports']);
  await k.ok('POST', `/v1/bouquets/${ids.basic}`, { categories: basic.categories });
  assert.deepEqual(await categories(), ['News']);
});

test("server_info shows the account's time zone and its wall clock there", async () => {
  const login = async () =>
    ((await (await fetch(`${url}/player_api.php?username=ana&password=secret1`)).json()) as any).server_info;
  assert.deepEqual([(await login()).timezone, (await login()).time_now], ['UTC', '2025-06-01 12:30:00']);
  await k.ok('POST', '/v1/account', { time_zone: 'America/Sao_Paulo' });
  const there = await login();
  assert.deepEqual([there.timezone, there.time_now], ['America/Sao_Paulo', '2025-06-01 09:30:00']);
  assert.equal(there.timestamp_now, Date.parse('2025-06-01T12:30:00Z') / 1000, 'the instant itself does not move');
  await k.ok('POST', '/v1/account', { time_zone: 'UTC' });
});

test('bad credentials: auth 0, and no stream', async () => {
  for (const password of ['wrong', '']) {
    const res = await fetch(`${url}/player_api.php?username=ana&password=${password}`);
    assert.deepEqual(await res.json(), { user_info: { auth: 0 } });
  }
  const res = await fetch(`${url}/live/ana/wrong/1.ts`, { redirect: 'manual' });
  assert.equal(res.status, 403);
});

test('get.php: the M3U holds exactly the bouquets’ streams, with tvg-* attributes and URLs that authorize', async () => {
  const res = await fetch(`${url}/get.php?username=ana&password=secret1&type=m3u_plus&output=m3u8`);
  assert.equal(res.status, 200);
  const playlist = parseM3U(await res.text());
  assert.deepEqual(
    playlist.channels.map((c) => [c.name, c.tvgId ?? '', c.tvgLogo ?? '', c.groupTitle]),
    [
      ['News One', 'news1.example', 'http://img.example/n1.png', 'News'],
      ['News Two', 'news2.example', 'http://img.example/n2.png', 'News'],
      ['The Film', '', 'http://img.example/film.jpg', 'Movies'],
      ['Mystery S01 E01', '', 'http://img.example/m.jpg', 'Shows'],
      ['Mystery S01 E02', '', 'http://img.example/m.jpg', 'Shows'],
      ['Mystery S02 E01', '', 'http://img.example/m.jpg', 'Shows'],
    ],
  );
  assert.equal(playlist.channels[0]!.catchupDays, '3');
  for (const channel of playlist.channels) {
    assert.ok(channel.url!.startsWith(`${url}/`), 'players stream from Tenure, never the origin');
    const redirect = await fetch(channel.url!, { redirect: 'manual' });
    assert.equal(redirect.status, 302, channel.url);
    const location = new URL(redirect.headers.get('location')!);
    assert.equal(location.host.endsWith('.example'), true);
    const token = location.searchParams.get('token')!;
    assert.equal((await fetch(`${url}/streaming/authorize?token=${token}`)).status, 204);
    const viaNginx = await fetch(`${url}/streaming/authorize`, {
      headers: { 'x-original-uri': `${location.pathname}?token=${token}` },
    });
    assert.equal(viaNginx.status, 204);
  }
  assert.equal((await fetch(`${url}/streaming/authorize?token=forged.token`)).status, 403);
  const plain = await (await fetch(`${url}/get.php?username=ana&password=secret1&type=m3u`)).text();
  assert.doesNotMatch(plain, /tvg-id/);
  assert.match(plain, /\/live\/ana\/secret1\/\d+\.ts/);

  const guide = await (await fetch(`${url}/xmltv.php?username=ana&password=secret1`)).text();
  assert.match(guide, /<channel id="news1.example">/);
  assert.match(guide, /Noon News/);
  assert.doesNotMatch(guide, /Morning/, 'the guide starts now');
});

test('lines are listed and searched by username; a ban answers Banned and stops streams', async () => {
  const found = await k.ok('GET', '/v1/lines?search=an');
  assert.deepEqual(
    found.data.map((l: any) => l.username),
    ['ana'],
  );
  assert.equal((await k.ok('GET', '/v1/lines?username=bob')).data.length, 0);
  const taken = await h.call('POST', '/v1/lines', { body: { subscription: ids.sub.id, username: 'ana' } });
  assert.equal(taken.json().code, 'username_taken');
  await k.ok('POST', `/v1/lines/${ids.line.id}`, { status: 'banned' });
  const profile: any = await (await fetch(`${url}/player_api.php?username=ana&password=secret1`)).json();
  assert.equal(profile.user_info.status, 'Banned');
  const channel = ((await k.ok('GET', '/v1/streams?kind=live&limit=100')).data as any[]).find(
    (s) => s.name === 'News One',
  );
  assert.equal((await fetch(`${url}/live/ana/secret1/${channel.number}.ts`, { redirect: 'manual' })).status, 403);
  const reset = await k.ok('POST', `/v1/lines/${ids.line.id}`, { status: 'enabled', reset_password: true });
  assert.notEqual(reset.password, 'secret1');
  const old: any = await (await fetch(`${url}/player_api.php?username=ana&password=secret1`)).json();
  assert.equal(old.user_info.auth, 0, 'the old password stops working at once');
});

test('credentials in player URLs never reach the logs', async () => {
  const logged: string[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => logged.push(line) });
  const app = await buildApp(h.ctx, { logger });
  const urls = [
    '/player_api.php?username=ana&password=secret1&action=get_live_streams',
    '/get.php?username=ana&password=secret1&type=m3u_plus',
    '/xmltv.php?username=ana&password=secret1',
    '/live/ana/secret1/1.ts',
    '/movie/ana/secret1/2.mkv',
    '/series/ana/secret1/3.mp4',
    '/streaming/authorize?token=secret1.sig',
  ];
  for (const url of urls) await app.inject({ method: 'GET', url });
  await app.close();
  const requests = logged.filter((l) => l.includes('incoming request'));
  assert.equal(requests.length, urls.length, 'every request was logged');
  assert.ok(requests.some((l) => l.includes('/live/***/***/1.ts')));
  for (const line of logged) assert.doesNotMatch(line, /secret1|username=ana/, line);
});
