/**
 * Auto-churn of past-due subscriptions (ChartMogul's "Handling Past-due Subscriptions"): with a limit of N days, a
 * subscription stops counting toward MRR once it has been past_due for N whole days (86,400 s each, as in mrr.ts's
 * countsTowardMrr) and counts again from the moment it leaves past_due (recovered to active).
 */

/** One stored snapshot of a subscription (a subscription event's object) at unix seconds `at`. */
export interface SubscriptionSnapshot {
  id: string;
  status: string;
  at: number;
}

/**
 * When each subscription's current past_due run began, for those whose latest snapshot is past_due: the first
 * snapshot of the trailing run of past_due ones (updates inside the run, e.g. access blocked, do not restart it).
 * Snapshots must be in the order they happened.
 */
export function pastDueSince(snapshots: readonly SubscriptionSnapshot[]): Map<string, number> {
  const since = new Map<string, number>();
  for (const s of snapshots) {
    if (s.status !== 'past_due') since.delete(s.id);
    else if (!since.has(s.id)) since.set(s.id, s.at);
  }
  return since;
}

/** The instant a run begun at `since` stops counting, with a limit of `days`. */
export function pastDueChurnAt(since: number, days: number): number {
  if (!Number.isSafeInteger(days) || days < 0) throw new RangeError(`days must be an integer ≥ 0, got ${days}`);
  return since + days * 86_400;
}
