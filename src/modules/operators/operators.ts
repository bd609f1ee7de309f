/** Operators of an account: the owner's set-up, invitations by e-mail with a role, role changes and removal. */
import { and, eq, ne, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import type { ListParams } from '../../db/paginate.ts';
import { listPage } from '../../db/paginate.ts';
import { operatorSessions, operators } from '../../db/schema/index.ts';
import { transact } from '../../db/tx.ts';
import { toDate, toUnix } from '../../kernel/clock.ts';
import { conflict, notFound, TenureError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { queueOperatorMail } from '../notices/index.ts';
import { hashPassword, PASSWORD_MIN_LENGTH } from './core/password.ts';
import { mayAssignRole, type Role } from './core/permissions.ts';
import { issueToken, spendToken } from './tokens.ts';

export type OperatorRow = typeof operators.$inferSelect;
/** Who manages operators: an operator's role, or `owner` for a secret key and `admin` for a restricted one. */
export type Manager = { accountId: string; role: Role; operatorId?: string | undefined };

export function presentOperator(row: OperatorRow) {
  return {
    id: row.id,
    object: 'operator' as const,
    created: toUnix(row.created),
    email: row.email,
    name: row.name,
    role: row.role as Role,
    status: row.status,
    totp_enabled: row.totpSecret !== null,
    last_sign_in_at: row.lastSignInAt ? toUnix(row.lastSignInAt) : null,
  };
}

export async function operatorRow(ctx: AppContext, accountId: string, id: string): Promise<OperatorRow> {
  const [row] = await ctx.db
    .select()
    .from(operators)
    .where(and(eq(operators.accountId, accountId), eq(operators.id, id)));
  if (!row) throw notFound('operator', id);
  return row;
}

export const getOperator = async (ctx: AppContext, accountId: string, id: string) =>
  presentOperator(await operatorRow(ctx, accountId, id));

export const listOperators = (ctx: AppContext, accountId: string, params: ListParams) =>
  listPage(ctx.db, operators, accountId, params, undefined, presentOperator);

function checkPassword(password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw new TenureError(
      'invalid_request',
      'password_too_short',
      `A password has at least ${PASSWORD_MIN_LENGTH} characters`,
      'password',
    );
  }
}

function refuseRole(message: string, param = 'role'): TenureError {
  return new TenureError('permission', 'role_not_assignable', message, param);
}

/** Invites by e-mail: the operator exists as `invited` until the link (a week) sets their password. */
export async function inviteOperator(
  ctx: AppContext,
  manager: Manager,
  input: { email: string; role: Role; name?: string | undefined },
  consoleUrl: string,
) {
  if (!mayAssignRole(manager.role, input.role)) throw refuseRole(`A ${manager.role} cannot invite an ${input.role}`);
  const email = input.email.trim().toLowerCase();
  const { result } = await transact(ctx, async (tx) => {
    const at = tx.clock.now();
    const id = newId('op');
    const [row] = await tx.db
      .insert(operators)
      .values({
        accountId: manager.accountId,
        id,
        email,
        name: input.name ?? null,
        role: input.role,
        status: 'invited',
        invitedBy: manager.operatorId ?? null,
        created: toDate(at),
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw conflict('operator_exists', 'An operator with this e-mail already exists', 'email');
    const token = await issueToken(tx.db, at, { accountId: manager.accountId, kind: 'invitation', operatorId: id });
    await queueOperatorMail(
      tx.db,
      toDate(at),
      { accountId: manager.accountId, operatorId: id, to: email, template: 'operator_invitation', cause: id },
      {
        subject: 'You are invited to Tenure',
        lines: [`You are invited to run this Tenure account as ${input.role}.`, 'Choose your password here:'],
        link: `${consoleUrl}/accept?token=${token}`,
      },
    );
    return row;
  });
  return presentOperator(result);
}

/** Accepting sets the password and activates the operator; the link works once. */
export async function acceptInvitation(
  ctx: AppContext,
  input: { token: string; password: string; name?: string | undefined },
): Promise<OperatorRow> {
  checkPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  const { result } = await transact(ctx, async (tx) => {
    const token = await spendToken(tx.db, tx.clock.now(), input.token, 'invitation');
    const [row] = await tx.db
      .update(operators)
      .set({ passwordHash, status: 'active', ...(input.name && { name: input.name }) })
      .where(and(eq(operators.accountId, token.accountId), eq(operators.id, token.operatorId!)))
      .returning();
    if (!row)
      throw new TenureError('invalid_request', 'operator_token_invalid', 'The invitation was withdrawn', 'token');
    return row;
  });
  return result;
}

/** The first start's link: creates the account's owner, once, and only while the account has no operator. */
export async function completeSetup(
  ctx: AppContext,
  input: { token: string; email: string; password: string; name?: string | undefined },
): Promise<OperatorRow> {
  checkPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  const { result } = await transact(ctx, async (tx) => {
    const at = tx.clock.now();
    const token = await spendToken(tx.db, at, input.token, 'setup');
    if (await hasOperators(tx, token.accountId)) {
      throw conflict('owner_exists', 'This account already has operators; ask one of them for an invitation');
    }
    const [row] = await tx.db
      .insert(operators)
      .values({
        accountId: token.accountId,
        id: newId('op'),
        email: input.email.trim().toLowerCase(),
        name: input.name ?? null,
        role: 'owner',
        status: 'active',
        passwordHash,
        created: toDate(at),
      })
      .returning();
    return row!;
  });
  return result;
}

export async function hasOperators(ctx: AppContext, accountId: string): Promise<boolean> {
  const rows = await ctx.db
    .select({ id: operators.id })
    .from(operators)
    .where(eq(operators.accountId, accountId))
    .limit(1);
  return rows.length > 0;
}

/**
 * First start: while the account has no operator, a set-up link for its owner (null once it has one). The token
 * is stored hashed and works once, for a day; each start without an owner makes a new one.
 */
export async function ownerSetupToken(ctx: AppContext, accountId: string): Promise<string | null> {
  if (await hasOperators(ctx, accountId)) return null;
  return issueToken(ctx.db, ctx.clock.now(), { accountId, kind: 'setup' });
}

/** Only an owner touches an owner, and the last owner stays one (an account always has someone who can do all). */
async function checkManaged(ctx: AppContext, manager: Manager, target: OperatorRow, newRole?: Role) {
  if (!mayAssignRole(manager.role, target.role as Role)) throw refuseRole(`A ${manager.role} cannot change an owner`);
  if (newRole && !mayAssignRole(manager.role, newRole)) throw refuseRole(`A ${manager.role} cannot make an ${newRole}`);
  if (target.role !== 'owner' || newRole === 'owner') return;
  const [others] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(operators)
    .where(and(eq(operators.accountId, target.accountId), eq(operators.role, 'owner'), ne(operators.id, target.id)));
  if (!others || others.n === 0) throw conflict('last_owner', 'The account needs at least one owner', 'role');
}

export async function updateOperator(
  ctx: AppContext,
  manager: Manager,
  id: string,
  input: { role?: Role | undefined; name?: string | undefined },
) {
  const target = await operatorRow(ctx, manager.accountId, id);
  await checkManaged(ctx, manager, target, input.role);
  const [row] = await ctx.db
    .update(operators)
    .set({ ...(input.role && { role: input.role }), ...(input.name !== undefined && { name: input.name }) })
    .where(and(eq(operators.accountId, manager.accountId), eq(operators.id, id)))
    .returning();
  return presentOperator(row!);
}

/** Removes the operator and ends their sessions at once. */
export async function removeOperator(ctx: AppContext, manager: Manager, id: string) {
  const target = await operatorRow(ctx, manager.accountId, id);
  await checkManaged(ctx, manager, target, undefined);
  await transact(ctx, async (tx) => {
    await tx.db.delete(operators).where(and(eq(operators.accountId, manager.accountId), eq(operators.id, id)));
    await tx.db
      .update(operatorSessions)
      .set({ revokedAt: toDate(tx.clock.now()) })
      .where(and(eq(operatorSessions.accountId, manager.accountId), eq(operatorSessions.operatorId, id)));
  });
  return { id, object: 'operator' as const, deleted: true as const };
}
