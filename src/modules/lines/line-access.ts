import type { Temporal } from 'temporal-polyfill';
import type { LineStatus } from '../../db/schema/index.ts';
import { type AccessData, type EntitlementsResult, entitlementsAt } from '../entitlements/index.ts';

export type XtreamStatus = 'Active' | 'Expired' | 'Banned' | 'Disabled';

export type LineAccess = {
  status: XtreamStatus;
  /** End of the paid (or trial) access; after it ends, when it ended. */
  expDate: Temporal.Instant | null;
  isTrial: boolean;
  result: EntitlementsResult;
  at: Temporal.Instant;
};

/**
 * A line's access follows its subscription at `at`: an operator's ban or disable wins, then billing decides Active or
 * Expired (a cancel, the end of the period of a cancel-at-period-end, a blocking dunning stage, a pause).
 */
export function lineAccess(
  line: { status: LineStatus; subscriptionId: string },
  data: AccessData,
  at: Temporal.Instant,
): LineAccess {
  const subs = data.subscriptions.filter((s) => s.id === line.subscriptionId);
  const result = entitlementsAt(subs, data.products, at);
  const sub = subs[0];
  const expDate = result.accessUntil ?? (sub ? (sub.endedAt ?? sub.cancelAt ?? sub.currentPeriodEnd) : null);
  const billed: XtreamStatus = result.access ? 'Active' : 'Expired';
  const status: XtreamStatus = line.status === 'banned' ? 'Banned' : line.status === 'disabled' ? 'Disabled' : billed;
  return { status, expDate, isTrial: result.access && result.trial, result, at };
}
