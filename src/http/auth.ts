import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { wallMs } from '../kernel/clock.ts';
import { TenureError } from '../kernel/errors.ts';
import { findAccountByKey } from '../modules/accounts/index.ts';
import { type AbuseLimits, refuseBlockedAddress } from './abuse/abuse-limits.ts';

export type RequestAccount = { accountId: string; timeZone: string };

declare module 'fastify' {
  interface FastifyRequest {
    account: RequestAccount;
    idempotencyKey: string | undefined;
  }
}

// Keys are checked on every request; a short cache keeps that off the database (revocation applies within it).
const CACHE_MS = 30_000;
const CACHE_MAX = 10_000;

/**
 * Resolves `Authorization: Bearer sk_…` to `req.account`, or throws a 401 problem. A cached key resolves at once
 * (undefined); only a miss returns a promise, so the hot path adds no promise and no microtask per request.
 * A wrong key counts against the client address; past the limit the address gets 429s before any look-up.
 */
export function createAuthenticator(ctx: AppContext, limits?: AbuseLimits) {
  // Keyed by the whole header as sent, so a hit needs no parsing. Only the canonical `Bearer <key>` of a valid key
  // is kept: variants in case and spacing (still accepted) would let one key holder fill the cache.
  const cache = new Map<string, { account: RequestAccount; until: number }>();
  const lookUp = async (req: FastifyRequest, header: string, secret: string, now: number) => {
    const account = await findAccountByKey(ctx.db, secret);
    if (!account) {
      limits?.authFailures.hit(req.ip, now);
      throw new TenureError('authentication', 'api_key_invalid', 'Invalid API key', 'Authorization');
    }
    req.account = account;
    if (header !== `Bearer ${secret}`) return;
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(header, { account, until: now + CACHE_MS });
  };
  return function authenticate(req: FastifyRequest): Promise<void> | undefined {
    const header = req.headers.authorization;
    const now = wallMs();
    const hit = header === undefined ? undefined : cache.get(header);
    if (hit && hit.until > now) {
      req.account = hit.account;
      return undefined;
    }
    if (limits) refuseBlockedAddress(limits, req.ip, now);
    const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!header || !match) {
      throw new TenureError(
        'authentication',
        'api_key_missing',
        'Send your secret key as `Authorization: Bearer sk_…`',
        'Authorization',
      );
    }
    return lookUp(req, header, match[1]!, now);
  };
}
