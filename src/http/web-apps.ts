import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { TenureError } from '../kernel/errors.ts';

/** Where `npm install` (scripts/build-web.ts) leaves the built console and portal. */
export const WEB_DIST = join(import.meta.dirname, '../../web/dist');
export const WEB_APPS = ['console', 'portal'] as const;

// The apps load only their own scripts, styles and fonts and talk only to this server; React sets styles through
// the DOM, which style-src does not restrict, so no 'unsafe-inline' is needed.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * The operator console at /console and the subscriber portal at /portal: single-page apps, so every path under
 * each answers its index.html and the app routes in the browser; hashed assets under /assets/ are cached forever.
 */
export async function registerWebApps(app: FastifyInstance, dist = WEB_DIST): Promise<void> {
  const built = existsSync(join(dist, 'assets'));
  if (built) {
    await app.register(fastifyStatic, {
      root: join(dist, 'assets'),
      prefix: '/assets/',
      decorateReply: false,
      index: false,
      immutable: true,
      maxAge: '365d',
    });
  }
  for (const name of WEB_APPS) {
    let html: Buffer | undefined; // read at the first visit, not at start-up
    const page = (_req: unknown, reply: FastifyReply) => {
      const file = join(dist, name, 'index.html');
      if (!built || !existsSync(file))
        throw new TenureError('unavailable', 'web_app_not_built', `The ${name} has not been built; run npm install`);
      html ??= readFileSync(file);
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .header('content-security-policy', CONTENT_SECURITY_POLICY)
        .header('x-content-type-options', 'nosniff')
        .header('referrer-policy', 'same-origin')
        .send(html);
    };
    app.get(`/${name}`, { schema: { hide: true } }, page);
    app.get(`/${name}/*`, { schema: { hide: true } }, page);
  }
}
