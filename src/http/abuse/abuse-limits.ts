import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { wallMs } from '../../kernel/clock.ts';
import { AddressLimiter } from './address-limiter.ts';
import { TooManyRequests } from './too-many-requests.ts';

export type AbuseLimitOptions = {
  /** Failed authentications (a wrong key) an address may make per window before it gets 429s. */
  authFailuresPerWindow: number;
  /** Requests per window an address may make to the pages reached without an API key (/pay, /unsubscribe). */
  pageRequestsPerWindow: number;
  windowSeconds: number;
};

export const DEFAULT_ABUSE_LIMITS: AbuseLimitOptions = {
  authFailuresPerWindow: 20,
  pageRequestsPerWindow: 60,
  windowSeconds: 60,
};

// 100,000 addresses × ~150 bytes is ~15 MB at worst; beyond it the oldest windows are forgotten.
const MAX_ADDRESSES = 100_000;

/** The two per-address limiters of one app: failed authentications, and key-less page requests. */
export function createAbuseLimits(options: Partial<AbuseLimitOptions> = {}) {
  const limits = { ...DEFAULT_ABUSE_LIMITS, ...options };
  const windowMs = limits.windowSeconds * 1000;
  return {
    authFailures: new AddressLimiter({ max: limits.authFailuresPerWindow, windowMs, maxAddresses: MAX_ADDRESSES }),
    pages: new AddressLimiter({ max: limits.pageRequestsPerWindow, windowMs, maxAddresses: MAX_ADDRESSES }),
  };
}
export type AbuseLimits = ReturnType<typeof createAbuseLimits>;

/** Thrown before a key is looked up, so a blocked address cannot go on guessing (a valid cached key still works). */
export function refuseBlockedAddress(limits: AbuseLimits, address: string, now: number): void {
  const wait = limits.authFailures.retryAfter(address, now);
  if (wait > 0) {
    throw new TooManyRequests(
      'too_many_authentication_failures',
      `Too many failed authentications from this address; try again in ${wait} s`,
      wait,
    );
  }
}

// The pages whose URL token is the credential (payment links, card update, one-click unsubscribe, tracked campaign links), the portal's
// sign-in endpoints (an e-mail address or a link secret, no key), and the console's sign-in, set-up and invitation
// routes, where a guessed password or token is what a flood would try.
const KEYLESS_PAGES =
  /^\/(pay|unsubscribe|r)\/|^\/portal\/api\/(login|session)$|^\/v1\/(operator_sessions|operator_sessions\/link|operator_sign_in_links|operator_setup|operator_invitations\/accept)$/;

/**
 * Adds the page limit to the key-less page routes only (an onRoute hook), so /v1 requests run no extra code.
 * Register before the routes.
 */
export function limitKeylessPages(app: FastifyInstance, limits: AbuseLimits): void {
  const limitPage: onRequestHookHandler = (req: FastifyRequest, _reply: FastifyReply, done) => {
    const wait = limits.pages.hit(req.ip, wallMs());
    if (wait === 0) return done();
    done(new TooManyRequests('too_many_requests', `Too many requests from this address; try again in ${wait} s`, wait));
  };
  app.addHook('onRoute', (route) => {
    if (KEYLESS_PAGES.test(route.url)) route.onRequest = [limitPage, ...[route.onRequest ?? []].flat()];
  });
}
