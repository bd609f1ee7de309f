/**
 * Monthly subscriptions → signup cohorts with observed survival, the input of the sBG fit. Pure; dates are
 * account-local calendar days (YYYY-MM-DD).
 */
import { cohortSurvival } from './forecast.ts';

export type Lifetime = {
  /** First paid day: the trial's end, else the start. */
  paidStart: string;
  /** Last day of service for an ended subscription; null while it runs. */
  ended: string | null;
};

function wholeMonths(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  return Math.max(0, (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0));
}

const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Monthly periods paid: every period that started before the end (a subscription ending on its renewal day did
 * not pay that renewal), or up to today for one still running.
 */
export function paidPeriods(lifetime: Lifetime, today: string): number {
  if (lifetime.paidStart > today) return 0;
  const last = lifetime.ended === null ? today : dayBefore(lifetime.ended);
  if (last < lifetime.paidStart) return 0;
  return wholeMonths(lifetime.paidStart, last) + 1;
}

/**
 * Groups by signup month; a cohort is observed for as many renewals as its youngest member could have made by
 * today, so every member had the same chances.
 */
export function signupCohorts(lifetimes: readonly Lifetime[], today: string) {
  const byMonth = new Map<string, Lifetime[]>();
  for (const l of lifetimes) {
    if (l.paidStart > today) continue;
    const month = l.paidStart.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), l]);
  }
  return [...byMonth]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, members]) => {
      const youngest = members.reduce((a, b) => (a.paidStart > b.paidStart ? a : b));
      const observed = wholeMonths(youngest.paidStart, today);
      const paid = members.map((m) => paidPeriods(m, today));
      return { month, size: members.length, survival: cohortSurvival(paid, observed) };
    });
}
