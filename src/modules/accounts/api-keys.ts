/** The account's API keys as a resource: secret keys (`sk_…`, all access) and restricted keys (`rk_…`, grants). */
import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import type { ListParams } from '../../db/paginate.ts';
import { listPage } from '../../db/paginate.ts';
import { apiKeys } from '../../db/schema/index.ts';
import { toDate, toUnix } from '../../kernel/clock.ts';
import { notFound } from '../../kernel/errors.ts';
import { createApiKey } from './keys.ts';

type KeyRow = typeof apiKeys.$inferSelect;

export function presentApiKey(row: KeyRow, secret?: string) {
  return {
    id: row.id,
    object: 'api_key' as const,
    created: toUnix(row.created),
    name: row.name,
    type: row.permissions ? ('restricted' as const) : ('secret' as const),
    redacted: row.redacted,
    permissions: row.permissions,
    revoked_at: row.revokedAt ? toUnix(row.revokedAt) : null,
    ...(secret !== undefined && { secret }),
  };
}

/** Issues a key; its secret is in this answer only. With `permissions` it is a restricted key (`rk_…`). */
export async function issueApiKey(
  ctx: AppContext,
  accountId: string,
  input: { name?: string; permissions?: Record<string, 'read' | 'write'> },
) {
  const issued = await createApiKey(ctx.db, accountId, ctx.clock.now(), input);
  return presentApiKey(await keyRow(ctx, accountId, issued.id), issued.secret);
}

async function keyRow(ctx: AppContext, accountId: string, id: string): Promise<KeyRow> {
  const [row] = await ctx.db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.accountId, accountId), eq(apiKeys.id, id)));
  if (!row) throw notFound('api_key', id);
  return row;
}

export async function getApiKey(ctx: AppContext, accountId: string, id: string) {
  return presentApiKey(await keyRow(ctx, accountId, id));
}

export function listApiKeys(ctx: AppContext, accountId: string, params: ListParams) {
  return listPage(ctx.db, apiKeys, accountId, params, isNull(apiKeys.revokedAt), presentApiKey);
}

/** Revokes at once in the database; an authenticator's cache may honour the key for up to its TTL (30 s). */
export async function revokeApiKey(ctx: AppContext, accountId: string, id: string) {
  await keyRow(ctx, accountId, id);
  const [row] = await ctx.db
    .update(apiKeys)
    .set({ revokedAt: toDate(ctx.clock.now()) })
    .where(and(eq(apiKeys.accountId, accountId), eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning();
  return presentApiKey(row ?? (await keyRow(ctx, accountId, id)));
}
