/**
 * One-click answers: each answer's link carries `acct.srq.score.signature`, an HMAC under a per-account secret, so
 * it needs no API key and cannot be forged or turned into another answer.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { surveySecrets } from '../../db/schema/index.ts';

async function accountSecret(db: Db, accountId: string): Promise<string> {
  await db
    .insert(surveySecrets)
    .values({ accountId, secret: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.select().from(surveySecrets).where(eq(surveySecrets.accountId, accountId));
  return row!.secret;
}

// 128 bits of HMAC-SHA256 keeps the token under Fastify's 100-character path-parameter limit.
const sign = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(payload).digest('base64url').slice(0, 22);

/** The path answering `score` to the request, e.g. `/surveys/answer/acct_….srq_….9.signature`. */
export async function answerPaths(
  db: Db,
  accountId: string,
  requestId: string,
  scores: number[],
): Promise<Record<string, string>> {
  const secret = await accountSecret(db, accountId);
  return Object.fromEntries(
    scores.map((score) => {
      const payload = `${accountId}.${requestId}.${score}`;
      return [String(score), `/surveys/answer/${payload}.${sign(secret, payload)}`];
    }),
  );
}

export type VerifiedAnswer = { accountId: string; requestId: string; score: number };

/** The answer a token stands for, or null when it does not verify. */
export async function verifyAnswerToken(db: Db, token: string): Promise<VerifiedAnswer | null> {
  const [accountId, requestId, score, signature, ...rest] = token.split('.');
  if (!accountId || !requestId || !score || !signature || rest.length > 0 || !/^\d{1,2}$/.test(score)) return null;
  const [row] = await db.select().from(surveySecrets).where(eq(surveySecrets.accountId, accountId));
  if (!row) return null;
  const want = Buffer.from(sign(row.secret, `${accountId}.${requestId}.${score}`));
  const got = Buffer.from(signature);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return null;
  return { accountId, requestId, score: Number(score) };
}
