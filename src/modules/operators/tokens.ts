/** Single-use links (owner set-up, invitation, magic sign-in): only a SHA-256 of the token is stored. */
import { createHash } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Db } from '../../db/index.ts';
import { type OperatorTokenKind, operatorTokens } from '../../db/schema/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { TenureError } from '../../kernel/errors.ts';
import { newId, newSecret } from '../../kernel/ids.ts';

/** How long each link works: set-up a day, an invitation a week, a sign-in link a quarter hour. */
export const TOKEN_TTL_S: Record<OperatorTokenKind, number> = {
  setup: 24 * 3600,
  invitation: 7 * 24 * 3600,
  magic_link: 15 * 60,
};

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function issueToken(
  db: Db,
  at: Temporal.Instant,
  input: { accountId: string; kind: OperatorTokenKind; operatorId?: string | undefined },
): Promise<string> {
  const token = newSecret('otok');
  await db.insert(operatorTokens).values({
    id: newId('optok'),
    accountId: input.accountId,
    kind: input.kind,
    tokenHash: hashToken(token),
    operatorId: input.operatorId ?? null,
    expiresAt: toDate(at.add({ seconds: TOKEN_TTL_S[input.kind] })),
    created: toDate(at),
  });
  return token;
}

/**
 * Spends a token: marks it used in the same statement that finds it, so two requests racing with one link
 * cannot both succeed. Unknown, used, expired and wrong-kind tokens are one error.
 */
export async function spendToken(db: Db, at: Temporal.Instant, token: string, kind: OperatorTokenKind) {
  const now = toDate(at);
  const [row] = await db
    .update(operatorTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(operatorTokens.tokenHash, hashToken(token)),
        eq(operatorTokens.kind, kind),
        isNull(operatorTokens.usedAt),
        gt(operatorTokens.expiresAt, now),
      ),
    )
    .returning();
  if (!row) {
    throw new TenureError(
      'invalid_request',
      'operator_token_invalid',
      'This link is unknown, used or expired',
      'token',
    );
  }
  return row;
}
