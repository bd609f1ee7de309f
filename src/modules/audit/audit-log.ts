/** The audit log: who changed what, when, from where, and the object as the change left it (`aud_`). */
import { and, eq, gte, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { type AuditActorType, auditLog } from '../../db/schema/index.ts';
import { fromUnix, toDate, toUnix } from '../../kernel/clock.ts';
import { newId } from '../../kernel/ids.ts';

export type AuditActor = { type: AuditActorType; id: string; label?: string | null | undefined };

export type AuditEntry = {
  accountId: string;
  actor: AuditActor;
  /** `POST /v1/refunds`-style verb and route, e.g. `refunds.create`. */
  action: string;
  method: string;
  path: string;
  statusCode: number;
  objectType?: string | null | undefined;
  objectId?: string | null | undefined;
  before?: unknown;
  after?: unknown;
  clientAddress?: string | undefined;
  requestId?: string | undefined;
};

type AuditRow = typeof auditLog.$inferSelect;

export async function recordAudit(ctx: AppContext, entry: AuditEntry): Promise<void> {
  await ctx.db.insert(auditLog).values({
    accountId: entry.accountId,
    id: newId('aud'),
    actorType: entry.actor.type,
    actorId: entry.actor.id,
    actorLabel: entry.actor.label ?? null,
    action: entry.action,
    method: entry.method,
    path: entry.path,
    statusCode: entry.statusCode,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    clientAddress: entry.clientAddress ?? null,
    requestId: entry.requestId ?? null,
    created: toDate(ctx.clock.now()),
  });
}

export function presentAudit(row: AuditRow) {
  return {
    id: row.id,
    object: 'audit_log_entry' as const,
    created: toUnix(row.created),
    actor: { type: row.actorType, id: row.actorId, label: row.actorLabel },
    action: row.action,
    request: { method: row.method, path: row.path, status: row.statusCode, id: row.requestId },
    object_type: row.objectType,
    object_id: row.objectId,
    before: row.before as Record<string, unknown> | null,
    after: row.after as Record<string, unknown> | null,
    client_address: row.clientAddress,
  };
}

export type AuditSearch = ListParams & { actor?: string; object?: string; since?: number };

/** Newest first; filtered by actor id (operator or key), object id, and time. */
export function listAuditLog(ctx: AppContext, accountId: string, params: AuditSearch) {
  const filters: SQL[] = [];
  if (params.actor) filters.push(eq(auditLog.actorId, params.actor));
  if (params.object) filters.push(eq(auditLog.objectId, params.object));
  if (params.since !== undefined) filters.push(gte(auditLog.created, toDate(fromUnix(params.since))));
  return listPage(ctx.db, auditLog, accountId, params, and(...filters), presentAudit);
}
