import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { wallMs } from '../kernel/clock.ts';
import { TenureError } from '../kernel/errors.ts';
import { findAccountByKey, type KeyHolder } from '../modules/accounts/index.ts';
import type { AuditActor } from '../modules/audit/index.ts';
import { findSession, type Grants, ROLE_GRANTS, type Role } from '../modules/operators/index.ts';
import { type AbuseLimits, refuseBlockedAddress } from './abuse/abuse-limits.ts';

export type RequestAccount = {
  accountId: string;
  timeZone: string;
  /** Who acts, as the audit log records them. */
  actor: AuditActor;
  /** What the caller may do; null: everything (a secret key, an owner or admin). */
  grants: Grants | null;
  /** The role operator management checks: an operator's own; `owner` for a secret key, `admin` for a restricted one. */
  role: Role;
  /** Set when a console session cookie authenticated the request. */
  session?: { id: string; operatorId: string; csrfToken: string } | undefined;
};

declare module 'fastify' {
  interface FastifyRequest {
    account: RequestAccount;
    idempotencyKey: string | undefined;
  }
  interface FastifyContextConfig {
    /** A /v1 route that needs no key or session (signing in, accepting an invitation, the owner's set-up). */
    public?: boolean;
  }
}

// Keys are checked on every request; a short cache keeps that off the database (revocation applies within it).
const CACHE_MS = 30_000;
const CACHE_MAX = 10_000;
export const SESSION_COOKIE = 'tenure_session';
const SESSION_SECRET = /^opsess_[A-Za-z0-9_-]{20,100}$/;

function keyAccount(holder: KeyHolder): RequestAccount {
  const restricted = holder.permissions !== null;
  return {
    accountId: holder.accountId,
    timeZone: holder.timeZone,
    actor: { type: 'api_key', id: holder.keyId, label: holder.redacted },
    grants: restricted ? (holder.permissions as Grants) : null,
    role: restricted ? 'admin' : 'owner',
  };
}

/** One cookie's value from a `Cookie` header (RFC 6265 pairs; the first of a repeated name wins). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}

const sameText = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

/**
 * Resolves `Authorization: Bearer sk_…` (or `rk_…`) to `req.account`, or throws a 401 problem. A cached key resolves
 * at once (undefined); only a miss returns a promise, so the hot path adds no promise and no microtask per request.
 * Without an Authorization header, a console session cookie authenticates instead (never cached: a sign-out or a
 * removed operator takes effect at once), and its unsafe requests must echo the session's CSRF token.
 * A wrong key or session counts against the client address; past the limit the address gets 429s first.
 */
export function createAuthenticator(ctx: AppContext, limits?: AbuseLimits) {
  // Keyed by the whole header as sent, so a hit needs no parsing. Only the canonical `Bearer <key>` of a valid key
  // is kept: variants in case and spacing (still accepted) would let one key holder fill the cache.
  const cache = new Map<string, { account: RequestAccount; until: number }>();
  const lookUp = async (req: FastifyRequest, header: string, secret: string, now: number) => {
    const holder = await findAccountByKey(ctx.db, secret);
    if (!holder) {
      limits?.authFailures.hit(req.ip, now);
      throw new TenureError('authentication', 'api_key_invalid', 'Invalid API key', 'Authorization');
    }
    const account = keyAccount(holder);
    req.account = account;
    if (header !== `Bearer ${secret}`) return;
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(header, { account, until: now + CACHE_MS });
  };
  const bySession = async (req: FastifyRequest, secret: string, now: number) => {
    const holder = SESSION_SECRET.test(secret) ? await findSession(ctx, secret) : null;
    if (!holder) {
      limits?.authFailures.hit(req.ip, now);
      throw new TenureError('authentication', 'session_invalid', 'Your session ended; sign in again', 'Cookie');
    }
    const full = holder.role === 'owner' || holder.role === 'admin';
    req.account = {
      accountId: holder.accountId,
      timeZone: holder.timeZone,
      actor: { type: 'operator', id: holder.operatorId, label: holder.email },
      grants: full ? null : ROLE_GRANTS[holder.role],
      role: holder.role,
      session: { id: holder.sessionId, operatorId: holder.operatorId, csrfToken: holder.csrfToken },
    };
    if (req.method === 'GET' || req.method === 'HEAD') return;
    const sent = req.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !sameText(sent, holder.csrfToken)) {
      throw new TenureError(
        'permission',
        'csrf_token_invalid',
        'Send the session’s CSRF token in the x-csrf-token header',
        'x-csrf-token',
      );
    }
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
      const session = header ? undefined : readCookie(req.headers.cookie, SESSION_COOKIE);
      if (session) return bySession(req, session, now);
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
