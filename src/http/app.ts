import swagger from '@fastify/swagger';
import { sql } from 'drizzle-orm';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifySchema,
} from 'fastify';
import type { AppContext } from '../context.ts';
import { EVENT_TYPES } from '../events/index.ts';
import { ERROR_CODES } from '../kernel/error-codes.ts';
import { newRequestId } from '../kernel/ids.ts';
import type { Worker } from '../worker/index.ts';
import { type AbuseLimitOptions, createAbuseLimits, limitKeylessPages } from './abuse/abuse-limits.ts';
import { createAuthenticator } from './auth.ts';
import { renderDocs } from './docs.ts';
import { answerClientError, createMethodTable, REQUEST_LIMITS, refuseBodyFaults, routeMissing } from './edge.ts';
import { readIdempotencyKey, replayStored } from './idempotency.ts';
import { registerMetrics } from './metrics.ts';
import { describeQueryStyles, type OpenApiDocument } from './openapi-styles.ts';
import { playerApi, playerLogSerializers } from './player/plugin.ts';
import { sendProblem } from './problem.ts';
import { parseQuery, queryError } from './querystring.ts';
import { registerRoutes } from './routes/v1/index.ts';
import { stripeWebhookRoute } from './routes/v1/payments.ts';
import { sharedSchemas } from './schemas/index.ts';
import { registerStripeCompat } from './stripe-compat.ts';
import { buildSerializer, buildValidator } from './validation.ts';
import { registerWebApps } from './web-apps.ts';

export type AppOptions = {
  /** Signing secret of Stripe's webhook endpoint; without it /webhooks/stripe answers 404. */
  stripeWebhookSecret?: string | undefined;
  worker?: Worker | undefined;
  /** A pino logger shared with the worker; none means silent (tests). */
  logger?: FastifyBaseLogger | undefined;
  /** Per-address limits on failed authentications and key-less pages (abuse/abuse-limits.ts has the defaults). */
  abuseLimits?: Partial<AbuseLimitOptions> | undefined;
  /** Behind a reverse proxy: whose X-Forwarded-For gives the client address the limits count (Fastify's option). */
  trustProxy?: boolean | string | undefined;
};

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Stripe's list envelope names the list's own URL; lists are built by modules that do not know their route. */
function listUrl(req: FastifyRequest, _reply: FastifyReply, payload: unknown, done: (e: null, p: unknown) => void) {
  const list = payload as { object?: string; url?: string } | null;
  if (list && typeof list === 'object' && list.object === 'list' && list.url === undefined)
    list.url = req.url.split('?')[0]!;
  done(null, payload);
}

/**
 * A route declared with listOf(…), or one whose response is free-form (it could return a list). A response that
 * refers to a shared schema is one resource (no shared schema is a list), so its route skips the hook.
 */
function returnsList(schema: FastifySchema | undefined): boolean {
  type Ok = { $ref?: string; properties?: { object?: { const?: string } } };
  const ok = (schema?.response as Record<string, Ok> | undefined)?.[200];
  if (ok?.$ref) return false;
  return !ok?.properties || ok.properties.object?.const === 'list';
}

/** The HTTP API: Stripe-style /v1 resources, problem+json errors, OpenAPI at /openapi.json, reference at /docs. */
export async function buildApp(ctx: AppContext, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    // A silent logger is no logger: then Fastify makes no per-request child logger to bind the request id to
    // (measured ~0.9 µs per request), where with any logger it makes one, or checks one a factory returns.
    ...(options.logger && options.logger.level !== 'silent' ? { loggerInstance: options.logger } : { logger: false }),
    genReqId: (req) => {
      const given = req.headers['request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : newRequestId();
    },
    // Ids are validated by each route's schema, after authentication; only a path segment over this is a 414.
    routerOptions: {
      querystringParser: (query: string) => parseQuery(query),
      maxParamLength: REQUEST_LIMITS.paramLength,
    },
    // A bad percent-encoding or an over-long segment in the path: the same problem+json as every other error.
    frameworkErrors: (error, req, reply) => sendProblem(error, req, reply),
    clientErrorHandler: answerClientError,
    bodyLimit: REQUEST_LIMITS.bodyBytes,
    trustProxy: options.trustProxy ?? false,
    return503OnClosing: true,
    schemaController: { compilersFactory: { buildValidator, buildSerializer } },
    ajv: {
      customOptions: {
        removeAdditional: false,
        coerceTypes: 'array',
        useDefaults: true,
        allErrors: false,
        allowUnionTypes: true,
      },
    },
  });
  // Bodies are JSON only; Fastify's default text/plain parser would let text reach validation as a string.
  app.removeContentTypeParser('text/plain');
  for (const schema of sharedSchemas) app.addSchema(schema);
  registerStripeCompat(app);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tenure API',
        version: '1',
        description: 'Subscriber management and subscription billing. Authenticate with `Authorization: Bearer sk_…`.',
        license: { name: 'AGPL-3.0-only', identifier: 'AGPL-3.0-only' },
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
      servers: [{ url: '/', description: 'This Tenure server (the document is served by the API it describes)' }],
    },
    transformObject: (document) =>
      'openapiObject' in document
        ? describeQueryStyles(document.openapiObject as OpenApiDocument)
        : document.swaggerObject,
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });

  // The hooks below run on every request, so they take Fastify's callback form: no promise, no microtask.
  const abuseLimits = createAbuseLimits(options.abuseLimits);
  const authenticate = createAuthenticator(ctx, abuseLimits);
  const afterAuthentication = (req: FastifyRequest, done: (error?: Error) => void) => {
    try {
      if (req.method === 'POST') req.idempotencyKey = readIdempotencyKey(req);
    } catch (error) {
      return done(error as Error);
    }
    done();
  };
  app.addHook('onRequest', (req, reply, done) => {
    reply.header('request-id', req.id);
    const badQuery = queryError(req.query);
    if (badQuery) return done(badQuery);
    if (!req.url.startsWith('/v1/')) return done();
    let pending: Promise<void> | undefined;
    try {
      pending = authenticate(req);
    } catch (error) {
      return done(error as Error);
    }
    if (!pending) return afterAuthentication(req, done);
    pending.then(() => afterAuthentication(req, done), done);
  });
  app.setErrorHandler((error, req, reply) => sendProblem(error as Error, req, reply));
  const methods = createMethodTable();
  app.setNotFoundHandler((req, reply) => sendProblem(routeMissing(methods.allowed(req.url), req, reply), req, reply));

  // Route-level, not global: a GET never carries an idempotency key, and only list routes return a list.
  app.addHook('onRoute', (route) => {
    methods.add(route);
    const verbs = [route.method].flat();
    if (verbs.includes('POST')) {
      route.preValidation = [refuseBodyFaults, ...[route.preValidation ?? []].flat()];
      route.preHandler = [replayIdempotent, ...[route.preHandler ?? []].flat()];
    }
    if (returnsList(route.schema)) route.preSerialization = [listUrl, ...[route.preSerialization ?? []].flat()];
  });
  function replayIdempotent(req: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) {
    if (!req.idempotencyKey) return done();
    // A replayed result is sent from here, and then the handler must not run: done() is not called.
    replayStored(ctx, req, reply).then((replayed) => {
      if (!replayed) done();
    }, done);
  }

  registerMetrics(app, ctx, options.worker);
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
    try {
      await ctx.db.execute(sql`select 1`);
      return { status: 'ready', engine: ctx.engine };
    } catch {
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
  limitKeylessPages(app, abuseLimits);
  registerRoutes(app, ctx, options.worker);
  await app.register(playerApi, { ctx, logSerializers: playerLogSerializers });
  if (options.stripeWebhookSecret) stripeWebhookRoute(app, ctx, options.stripeWebhookSecret);
  await registerWebApps(app);
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/docs', { schema: { hide: true } }, async (_req, reply) =>
    reply.type('text/html; charset=utf-8').send(renderDocs(app.swagger() as never, ERROR_CODES, EVENT_TYPES)),
  );
  await app.ready();
  return app;
}
