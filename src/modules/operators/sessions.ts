/**
 * Console sessions: server-side rows behind an HttpOnly cookie, revocable at once, ending after 2 hours idle or
 * 12 hours in all, each with the CSRF token its unsafe requests must echo.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { accounts, operatorSessions, operators } from '../../db/schema/index.ts';
import { transact } from '../../db/tx.ts';
import { toDate, toUnix } from '../../kernel/clock.ts';
import { TenureError } from '../../kernel/errors.ts';
import { newId, newSecret } from '../../kernel/ids.ts';
import { queueOperatorMail } from '../notices/index.ts';
import { decoyHash, verifyPassword } from './core/password.ts';
import type { Role } from './core/permissions.ts';
import { type OperatorRow, presentOperator } from './operators.ts';
import { hashToken, issueToken, spendToken } from './tokens.ts';
import { verifyTotp } from './totp.ts';

export const SESSION_IDLE_S = 2 * 3600;
export const SESSION_ABSOLUTE_S = 12 * 3600;
/** Last-seen is written at most once a minute per session, so reading pages does not write on every request. */
const TOUCH_AFTER_MS = 60_000;

export type StartedSession = { secret: string; csrfToken: string; expiresAt: number; operator: OperatorRow };

/** What a request authenticated by a session cookie acts as. */
export type SessionHolder = {
  accountId: string;
  timeZone: string;
  sessionId: string;
  operatorId: string;
  email: string;
  role: Role;
  csrfToken: string;
};

const refused = () =>
  new TenureError('authentication', 'operator_credentials_invalid', 'Wrong e-mail or password', 'email');

export async function startSession(ctx: AppContext, operator: OperatorRow): Promise<StartedSession> {
  const at = ctx.clock.now();
  const secret = newSecret('opsess');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = at.add({ seconds: SESSION_ABSOLUTE_S });
  await transact(ctx, async (tx) => {
    await tx.db.insert(operatorSessions).values({
      id: newId('opses'),
      accountId: operator.accountId,
      operatorId: operator.id,
      secretHash: hashToken(secret),
      csrfToken,
      lastSeenAt: toDate(at),
      expiresAt: toDate(expiresAt),
      created: toDate(at),
    });
    await tx.db
      .update(operators)
      .set({ lastSignInAt: toDate(at) })
      .where(and(eq(operators.accountId, operator.accountId), eq(operators.id, operator.id)));
  });
  return { secret, csrfToken, expiresAt: toUnix(expiresAt), operator };
}

/** E-mail and password (and the TOTP code once enabled). An unknown e-mail costs the same hash time as a known one. */
export async function signInWithPassword(
  ctx: AppContext,
  input: { email: string; password: string; totp_code?: string | undefined },
): Promise<StartedSession> {
  const rows = await ctx.db
    .select()
    .from(operators)
    .where(and(eq(operators.email, input.email.trim().toLowerCase()), eq(operators.status, 'active')));
  if (rows.length === 0) {
    await verifyPassword(input.password, await decoyHash());
    throw refused();
  }
  for (const row of rows) {
    if (!row.passwordHash || !(await verifyPassword(input.password, row.passwordHash))) continue;
    if (row.totpSecret) checkTotp(row.totpSecret, input.totp_code);
    return startSession(ctx, row);
  }
  throw refused();
}

function checkTotp(secret: string, code: string | undefined): void {
  if (code === undefined) {
    throw new TenureError('authentication', 'totp_required', 'Enter the code from your authenticator app', 'totp_code');
  }
  if (!verifyTotp(secret, code)) {
    throw new TenureError('authentication', 'totp_invalid', 'The authenticator code is wrong or expired', 'totp_code');
  }
}

/** Sends a sign-in link to each active operator with this e-mail; the same answer whether or not there is one. */
export async function sendSignInLink(ctx: AppContext, email: string, consoleUrl: string): Promise<void> {
  await transact(ctx, async (tx) => {
    const at = tx.clock.now();
    const rows = await tx.db
      .select()
      .from(operators)
      .where(and(eq(operators.email, email.trim().toLowerCase()), eq(operators.status, 'active')));
    for (const row of rows) {
      const token = await issueToken(tx.db, at, { accountId: row.accountId, kind: 'magic_link', operatorId: row.id });
      await queueOperatorMail(
        tx.db,
        toDate(at),
        {
          accountId: row.accountId,
          operatorId: row.id,
          to: row.email,
          template: 'operator_sign_in_link',
          cause: hashToken(token).slice(0, 24),
        },
        {
          subject: 'Your Tenure sign-in link',
          lines: ['Sign in to Tenure with this link. It works once, within 15 minutes.'],
          link: `${consoleUrl}/sign-in?token=${token}`,
        },
      );
    }
  });
}

/** A magic link signs in once; an operator with TOTP still needs the code. */
export async function signInWithLink(
  ctx: AppContext,
  input: { token: string; totp_code?: string | undefined },
): Promise<StartedSession> {
  const { result } = await transact(ctx, async (tx) => {
    const token = await spendToken(tx.db, tx.clock.now(), input.token, 'magic_link');
    const [row] = await tx.db
      .select()
      .from(operators)
      .where(and(eq(operators.accountId, token.accountId), eq(operators.id, token.operatorId!)));
    if (row?.status !== 'active') throw refused();
    if (row.totpSecret) checkTotp(row.totpSecret, input.totp_code);
    return row;
  });
  return startSession(ctx, result);
}

/** The live session a cookie names, or null (unknown, revoked, idle too long or past its end). */
export async function findSession(ctx: AppContext, secret: string): Promise<SessionHolder | null> {
  const now = toDate(ctx.clock.now());
  const [row] = await ctx.db
    .select({ session: operatorSessions, operator: operators, timeZone: accounts.timeZone })
    .from(operatorSessions)
    .innerJoin(
      operators,
      and(eq(operators.accountId, operatorSessions.accountId), eq(operators.id, operatorSessions.operatorId)),
    )
    .innerJoin(accounts, eq(accounts.id, operatorSessions.accountId))
    .where(
      and(
        eq(operatorSessions.secretHash, hashToken(secret)),
        isNull(operatorSessions.revokedAt),
        gt(operatorSessions.expiresAt, now),
        gt(operatorSessions.lastSeenAt, new Date(now.getTime() - SESSION_IDLE_S * 1000)),
      ),
    );
  if (!row) return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await ctx.db.update(operatorSessions).set({ lastSeenAt: now }).where(eq(operatorSessions.id, row.session.id));
  }
  return {
    accountId: row.session.accountId,
    timeZone: row.timeZone,
    sessionId: row.session.id,
    operatorId: row.operator.id,
    email: row.operator.email,
    role: row.operator.role as Role,
    csrfToken: row.session.csrfToken,
  };
}

export async function endSession(ctx: AppContext, sessionId: string): Promise<void> {
  await ctx.db
    .update(operatorSessions)
    .set({ revokedAt: toDate(ctx.clock.now()) })
    .where(eq(operatorSessions.id, sessionId));
}

export function presentSession(started: StartedSession) {
  return {
    object: 'operator_session' as const,
    expires_at: started.expiresAt,
    csrf_token: started.csrfToken,
    operator: presentOperator(started.operator),
  };
}
