/**
 * The Xtream Codes–compatible player API, beside /v1: no API key (the line's credentials are in every URL), no
 * problem+json (players expect the panels' own answers), and URLs with credentials redacted from logs.
 */

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.ts';
import { toUnix } from '../../kernel/clock.ts';
import { findVisibleStream, type Scope, scopeOf } from '../../modules/channels/index.ts';
import { readStreamToken, signStreamToken, streamingKeyCache, tokenAccount } from '../../modules/lines/index.ts';
import { countLiveSessions, startPlayback, touchSession } from '../../modules/streams/index.ts';
import { plainFormBodies } from '../form-body.ts';
import { playerAction, SerializedJson } from './actions.ts';
import { type Authenticated, authenticateLine } from './line-auth.ts';
import { buildGuide, buildPlaylist } from './playlist.ts';
import { redactCredentials } from './redact.ts';
import { type ServerAddress, serverInfo, userInfo } from './xtream-format.ts';

/** How long a redirect's token lets the origin serve the stream: enough to start playback, short enough to leak little. */
const TOKEN_SECONDS = 30;

type Params = Record<string, string | undefined>;
type Query = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function playerApi(app: FastifyInstance, options: { ctx: AppContext }) {
  const { ctx } = options;
  const keyOf = streamingKeyCache(ctx.db);
  // Not part of the /v1 OpenAPI document: this protocol is the panels', documented in the README.
  app.addHook('onRoute', (route) => {
    route.schema = { ...route.schema, hide: true };
  });
  // Some players send their credentials as a form; Fastify knows only JSON by default.
  plainFormBodies(app);
  app.setErrorHandler((error, req, reply) => {
    req.log.error({ err: error }, 'player api error');
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    reply
      .code(status >= 400 ? status : 500)
      .type('application/json')
      .send({ error: status < 500 ? 'bad request' : 'server error' });
  });

  const params = (req: FastifyRequest): Query => ({ ...(req.query as Query), ...((req.body as Query) ?? {}) });
  const login = (req: FastifyRequest, username: unknown, password: unknown) =>
    authenticateLine(ctx, { username, password, ip: req.ip, userAgent: req.headers['user-agent'] });
  const address = (req: FastifyRequest): ServerAddress => {
    const [host, port] = (req.headers.host ?? '127.0.0.1').split(':');
    const protocol = req.protocol === 'https' ? 'https' : 'http';
    return { host: host!, port: Number(port ?? (protocol === 'https' ? 443 : 80)), protocol };
  };
  const base = (req: FastifyRequest) => `${req.protocol}://${req.headers.host ?? '127.0.0.1'}`;
  const scopeFor = (auth: Authenticated): Promise<Scope> =>
    scopeOf(
      ctx.db,
      auth.line.accountId,
      auth.access.status === 'Active' ? auth.access.result.entitlements.bouquets : [],
    );

  async function playerApiHandler(req: FastifyRequest, reply: FastifyReply) {
    const q = params(req);
    const auth = await login(req, first(q.username), first(q.password));
    if (!auth) return { user_info: { auth: 0 } };
    const action = first(q.action);
    const answer = action ? await playerAction(ctx, auth, await scopeFor(auth), action, q) : undefined;
    if (answer instanceof SerializedJson) return reply.type('application/json; charset=utf-8').send(answer.body);
    if (answer !== undefined) return answer;
    const connections = await countLiveSessions(ctx.db, auth.line.accountId, auth.line.id, ctx.clock.now());
    return {
      user_info: userInfo(auth.line, auth.access, connections),
      server_info: serverInfo(address(req), auth.access.at, auth.timeZone),
    };
  }
  app.get('/player_api.php', playerApiHandler);
  app.post('/player_api.php', playerApiHandler);

  app.get('/get.php', async (req, reply) => {
    const q = params(req);
    const auth = await login(req, first(q.username), first(q.password));
    if (auth?.access.status !== 'Active') return reply.code(401).type('text/plain').send('');
    const output = first(q.output) ?? 'ts';
    const extension = output === 'm3u8' || output === 'hls' ? 'm3u8' : 'ts';
    const body = buildPlaylist(await scopeFor(auth), {
      base: base(req),
      username: auth.line.username,
      password: auth.line.password,
      plus: first(q.type) !== 'm3u',
      extension,
    });
    return reply
      .type('audio/x-mpegurl')
      .header('content-disposition', 'attachment; filename="playlist.m3u"')
      .send(body);
  });

  app.get('/xmltv.php', async (req, reply) => {
    const q = params(req);
    const auth = await login(req, first(q.username), first(q.password));
    if (auth?.access.status !== 'Active') return reply.code(401).type('text/plain').send('');
    return reply.type('application/xml').send(await buildGuide(ctx, await scopeFor(auth), auth.access.at));
  });

  /** Authorizes one stream and redirects to its origin with a token; anything else is a bare 403 or 404. */
  async function stream(req: FastifyRequest, reply: FastifyReply, kind: 'live' | 'movie' | 'series' | 'timeshift') {
    const p = req.params as Params;
    const match = /^(\d+)\.([a-z0-9]{2,4})$/i.exec(p.file ?? '');
    if (!match) return reply.code(404).send('');
    const auth = await login(req, p.username, p.password);
    if (auth?.access.status !== 'Active') return reply.code(403).send('');
    const entitled = auth.access.result.entitlements;
    const extension = match[2]!.toLowerCase();
    if ((kind === 'live' || kind === 'timeshift') && !entitled.output_formats.includes(extension))
      return reply.code(403).send('');
    const kinds = kind === 'movie' ? ['movie' as const] : kind === 'series' ? ['episode' as const] : ['live' as const];
    const found = findVisibleStream(await scopeFor(auth), Number(match[1]), kinds);
    if (!found) return reply.code(404).send('');
    if (kind === 'timeshift' && (!entitled.catchup || found.archiveDays === 0)) return reply.code(403).send('');
    const now = ctx.clock.now();
    const playback = await startPlayback(ctx.db, {
      accountId: auth.line.accountId,
      lineId: auth.line.id,
      stream: found.num,
      ip: req.ip,
      userAgent: req.headers['user-agent'] ?? '',
      maxConnections: entitled.max_connections,
      now,
    });
    if (!playback) return reply.code(403).send('');
    const token = signStreamToken(await keyOf(auth.line.accountId), {
      accountId: auth.line.accountId,
      line: auth.line.id,
      stream: found.num,
      session: playback.session,
      expires: toUnix(now) + TOKEN_SECONDS,
    });
    const origin = `${found.originUrl}${found.originUrl.includes('?') ? '&' : '?'}token=${token}`;
    return reply.code(302).header('location', origin).header('cache-control', 'no-store').send('');
  }
  app.get('/live/:username/:password/:file', (req, reply) => stream(req, reply, 'live'));
  app.get('/movie/:username/:password/:file', (req, reply) => stream(req, reply, 'movie'));
  app.get('/series/:username/:password/:file', (req, reply) => stream(req, reply, 'series'));
  app.get('/timeshift/:username/:password/:duration/:start/:file', (req, reply) => stream(req, reply, 'timeshift'));

  /**
   * For nginx `auth_request` in front of the origin, on every segment: 204 while the token's playback is alive (each
   * call is its heartbeat, extending it by the session TTL), 403 once it expired or was closed for a newer one. The
   * token's own expiry is for origins that check the signature themselves instead.
   */
  app.get('/streaming/authorize', async (req, reply) => {
    const original = req.headers['x-original-uri'];
    const fromHeader =
      typeof original === 'string' ? new URLSearchParams(original.split('?')[1] ?? '').get('token') : null;
    const token = first((req.query as Query).token) ?? fromHeader ?? '';
    const account = tokenAccount(token);
    const grant = account ? readStreamToken(await keyOf(account), token) : null;
    const alive = grant ? await touchSession(ctx.db, grant.accountId, grant.session, ctx.clock.now()) : false;
    return reply.code(alive ? 204 : 403).send();
  });
}

/**
 * Log serializer for the player routes: the request without the credentials in its URL. Pino takes an object
 * from a serializer; Fastify's type says string, hence the cast.
 */
export const playerLogSerializers = {
  req: (req: { method: string; url: string; ip?: string }) => ({
    method: req.method,
    url: redactCredentials(req.url),
    ip: req.ip,
  }),
} as unknown as Record<string, (value: unknown) => string>;
