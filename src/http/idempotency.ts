import { createHash } from 'node:crypto';
import { and, eq, gte, lt } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, AppContext } from '../context.ts';
import { idempotencyKeys } from '../db/schema/index.ts';
import { transact } from '../db/tx.ts';
import { wallMs } from '../kernel/clock.ts';
import { TenureError } from '../kernel/errors.ts';

const TTL_MS = 24 * 3600_000;

/** Raised inside a mutation when a concurrent request with the same key committed first. */
class KeyTakenMeanwhile extends Error {}

function requestHash(req: FastifyRequest): string {
  return createHash('sha256')
    .update(`${req.method} ${req.url}\n${JSON.stringify(req.body ?? null)}`)
    .digest('hex');
}

export function readIdempotencyKey(req: FastifyRequest): string | undefined {
  const raw = req.headers['idempotency-key'];
  if (raw === undefined) return undefined;
  const key = Array.isArray(raw) ? raw[0]! : raw;
  if (key.length < 1 || key.length > 255) {
    throw new TenureError(
      'invalid_request',
      'idempotency_key_invalid',
      'Idempotency-Key must be 1–255 characters',
      'Idempotency-Key',
    );
  }
  return key;
}

/**
 * Replays a stored result for a repeated key (true = reply sent). A different request under the same key is a
 * 409, as is one whose first attempt is still running.
 */
export async function replayStored(ctx: AppContext, req: FastifyRequest, reply: FastifyReply): Promise<boolean> {
  const key = req.idempotencyKey;
  if (!key) return false;
  const since = new Date(wallMs() - TTL_MS);
  const rows = await ctx.db
    .select()
    .from(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.accountId, req.account.accountId),
        eq(idempotencyKeys.key, key),
        gte(idempotencyKeys.createdAt, since),
      ),
    );
  const stored = rows[0];
  if (!stored) return false;
  if (stored.requestHash !== requestHash(req)) {
    throw new TenureError(
      'idempotency',
      'idempotency_key_reused',
      'This Idempotency-Key was used with a different request; use a new key',
      'Idempotency-Key',
    );
  }
  if (stored.statusCode === null) {
    throw new TenureError(
      'idempotency',
      'idempotency_key_in_use',
      'A request with this Idempotency-Key is still being processed',
      'Idempotency-Key',
    );
  }
  reply.code(stored.statusCode).header('idempotent-replayed', 'true');
  await reply.send(JSON.parse(stored.responseBody!));
  return true;
}

export function actorOf(req: FastifyRequest): Actor {
  return { accountId: req.account.accountId, requestId: String(req.id), idempotencyKey: req.idempotencyKey };
}

/** Answers again after the commit and the change's deferred work (a charge made after the commit changes the object). */
export type Reread<T> = (ctx: AppContext, actor: Actor, result: T) => Promise<T>;

/**
 * Runs a state change in one transaction together with its idempotency record, so a key's stored result exists
 * exactly when the change committed. A concurrent duplicate waits on the key's row and then replays. Work the
 * change deferred (a charge) runs after the commit; `reread` then gives the answer as it stands, also stored.
 */
export async function mutate<T>(
  ctx: AppContext,
  req: FastifyRequest,
  reply: FastifyReply,
  work: (ctx: AppContext, actor: Actor) => Promise<T>,
  reread?: Reread<T>,
): Promise<T | FastifyReply> {
  const key = req.idempotencyKey;
  try {
    const { result } = await transact(ctx, async (tx) => {
      if (key) await claimKey(tx, req, key);
      const result = await work(tx, actorOf(req));
      if (key) await storeResult(tx, req, key, result);
      return result;
    });
    if (!reread) return result;
    const fresh = await reread(ctx, actorOf(req), result);
    if (key) await storeResult(ctx, req, key, fresh);
    return fresh;
  } catch (error) {
    if (error instanceof KeyTakenMeanwhile && (await replayStored(ctx, req, reply))) return reply;
    throw error;
  }
}

async function storeResult(ctx: AppContext, req: FastifyRequest, key: string, result: unknown): Promise<void> {
  await ctx.db
    .update(idempotencyKeys)
    .set({ statusCode: 200, responseBody: JSON.stringify(result) })
    .where(and(eq(idempotencyKeys.accountId, req.account.accountId), eq(idempotencyKeys.key, key)));
}

async function claimKey(ctx: AppContext, req: FastifyRequest, key: string): Promise<void> {
  const now = new Date(wallMs());
  const claimed = await ctx.db
    .insert(idempotencyKeys)
    .values({ accountId: req.account.accountId, key, requestHash: requestHash(req), createdAt: now })
    .onConflictDoUpdate({
      target: [idempotencyKeys.accountId, idempotencyKeys.key],
      set: { requestHash: requestHash(req), statusCode: null, responseBody: null, createdAt: now },
      setWhere: lt(idempotencyKeys.createdAt, new Date(now.getTime() - TTL_MS)),
    })
    .returning({ key: idempotencyKeys.key });
  if (claimed.length === 0) throw new KeyTakenMeanwhile();
}
