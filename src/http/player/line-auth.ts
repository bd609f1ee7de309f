import { timingSafeEqual } from 'node:crypto';
import type { AppContext } from '../../context.ts';
import { type LineAccess, type LineRow, lineAccess, lineForLogin } from '../../modules/lines/index.ts';
import { timeFor } from '../../modules/test-clocks/index.ts';

export type Authenticated = { line: LineRow; access: LineAccess; timeZone: string };

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * The line these credentials open, with its access now (in its subscription's clock), or null: an unknown user, a
 * wrong password, or a client address or user agent the line does not allow all look the same to the caller.
 */
export async function authenticateLine(
  ctx: AppContext,
  credentials: { username: unknown; password: unknown; ip: string; userAgent: string | undefined },
): Promise<Authenticated | null> {
  const { username, password } = credentials;
  if (typeof username !== 'string' || typeof password !== 'string' || !username || !password) return null;
  const found = await lineForLogin(ctx.db, username);
  if (!found || !same(found.line.password, password)) return null;
  const { line, data, timeZone } = found;
  if (line.allowedIps.length > 0 && !line.allowedIps.includes(credentials.ip)) return null;
  if (line.allowedUserAgents.length > 0 && !line.allowedUserAgents.includes(credentials.userAgent ?? '')) return null;
  const at = await timeFor(ctx, line.accountId, data.subscriptions[0]?.testClock);
  return { line, access: lineAccess(line, data, at), timeZone };
}
