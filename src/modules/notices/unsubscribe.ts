/** One-click unsubscribe (RFC 8058): a link signed per account, so it needs no API key and cannot be forged. */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { customers, noticeSecrets } from '../../db/schema/index.ts';

async function accountSecret(db: Db, accountId: string): Promise<string> {
  await db
    .insert(noticeSecrets)
    .values({ accountId, secret: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.select().from(noticeSecrets).where(eq(noticeSecrets.accountId, accountId));
  return row!.secret;
}

// 128 bits of HMAC-SHA256: the whole token stays under Fastify's 100-character path-parameter limit.
const sign = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(payload).digest('base64url').slice(0, 22);

/** `acct_….cus_….signature` */
export async function unsubscribeToken(db: Db, accountId: string, customerId: string): Promise<string> {
  const payload = `${accountId}.${customerId}`;
  return `${payload}.${sign(await accountSecret(db, accountId), payload)}`;
}

/** Withdraws the customer's marketing consent; false for a token that does not verify. */
export async function unsubscribe(db: Db, token: string, at: Date): Promise<boolean> {
  const [accountId, customerId, signature] = token.split('.');
  if (!accountId || !customerId || !signature) return false;
  const [row] = await db.select().from(noticeSecrets).where(eq(noticeSecrets.accountId, accountId));
  if (!row) return false;
  const want = Buffer.from(sign(row.secret, `${accountId}.${customerId}`));
  const got = Buffer.from(signature);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return false;
  await db
    .update(customers)
    .set({ marketingConsent: false, marketingConsentAt: at })
    .where(and(eq(customers.accountId, accountId), eq(customers.id, customerId)));
  return true;
}
