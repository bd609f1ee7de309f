import type { lines } from '../../db/schema/index.ts';
import { toUnix } from '../../kernel/clock.ts';
import type { LineAccess } from './line-access.ts';

export type LineRow = typeof lines.$inferSelect;

export function presentLine(row: LineRow, access: LineAccess) {
  return {
    id: row.id,
    object: 'line' as const,
    created: toUnix(row.created),
    customer: row.customerId,
    subscription: row.subscriptionId,
    username: row.username,
    password: row.password,
    status: row.status,
    access_status: access.status.toLowerCase(),
    exp_date: access.expDate ? toUnix(access.expDate) : null,
    is_trial: access.isTrial,
    max_connections: access.result.entitlements.max_connections,
    bouquets: access.result.entitlements.bouquets,
    allowed_ips: row.allowedIps,
    allowed_user_agents: row.allowedUserAgents,
    notes: row.notes,
    metadata: row.metadata,
  };
}
