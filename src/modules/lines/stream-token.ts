/**
 * Short-lived signed stream tokens: the redirect to the origin carries one, and the origin (or an nginx
 * `auth_request` to /streaming/authorize) checks it, so an origin URL copied out of a player stops working quickly.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { streamingKeys } from '../../db/schema/index.ts';

/** `session` names the playback the token opened; the origin's heartbeats keep that session alive. */
export type StreamGrant = { accountId: string; line: string; stream: number; session: string; expires: number };

const sign = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(payload).digest('base64url').slice(0, 32);

/** `payload.signature`, the payload being account, line, stream number and expiry (unix seconds), base64url. */
export function signStreamToken(secret: string, grant: StreamGrant): string {
  const payload = Buffer.from(
    `${grant.accountId}|${grant.line}|${grant.stream}|${grant.session}|${grant.expires}`,
  ).toString('base64url');
  return `${payload}.${sign(secret, payload)}`;
}

/** The account a token claims to be for, read before its signature is checked (to find the key). */
export function tokenAccount(token: string): string | null {
  const payload = token.split('.')[0] ?? '';
  const account = Buffer.from(payload, 'base64url').toString().split('|')[0];
  return account?.startsWith('acct_') ? account : null;
}

/** The grant if the signature holds (expired or not: the caller decides what expiry means); else null. */
export function readStreamToken(secret: string, token: string): StreamGrant | null {
  const [payload, signature] = token.split('.');
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [accountId, line, stream, session, expires] = Buffer.from(payload, 'base64url').toString().split('|');
  const grant = {
    accountId: accountId!,
    line: line!,
    stream: Number(stream),
    session: session!,
    expires: Number(expires),
  };
  return Number.isFinite(grant.expires) ? grant : null;
}

/** The grant if the signature holds and `nowUnix` is before its expiry; else null. */
export function verifyStreamToken(secret: string, token: string, nowUnix: number): StreamGrant | null {
  const grant = readStreamToken(secret, token);
  return grant && nowUnix < grant.expires ? grant : null;
}

/** The account's signing key, made on first use; kept in memory after (it never changes). */
export function streamingKeyCache(db: Db) {
  const keys = new Map<string, Promise<string>>();
  async function load(accountId: string): Promise<string> {
    await db
      .insert(streamingKeys)
      .values({ accountId, secret: randomBytes(32).toString('base64url'), created: new Date(0) })
      .onConflictDoNothing();
    const [row] = await db.select().from(streamingKeys).where(eq(streamingKeys.accountId, accountId));
    return row!.secret;
  }
  return (accountId: string) => {
    let key = keys.get(accountId);
    if (!key) {
      key = load(accountId);
      key.catch(() => keys.delete(accountId));
      keys.set(accountId, key);
    }
    return key;
  };
}
