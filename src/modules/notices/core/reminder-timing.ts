/** When a renewal reminder falls due: N days before the period end (default 7, annual plans 30). */
export type ReminderSettings = { enabled: boolean; daysBefore: number; annualDaysBefore: number };

export const DEFAULT_REMINDER: ReminderSettings = { enabled: true, daysBefore: 7, annualDaysBefore: 30 };

const DAY_MS = 86_400_000;

/** Days before renewal for a plan's interval: annual plans get the longer notice. */
export function reminderDays(interval: string, settings: ReminderSettings): number {
  return interval === 'year' ? settings.annualDaysBefore : settings.daysBefore;
}

/**
 * The reminder's due time, or null when none is sent: disabled, a subscription that will not renew (canceling,
 * ended, paused) or a period shorter than the notice (a weekly plan with a 7-day notice).
 */
export function reminderDueAt(
  sub: {
    status: string;
    interval: string;
    currentPeriodStart: Date;
    currentPeriodEnd: Date;
    cancelAtPeriodEnd: boolean;
    cancelAt: Date | null;
  },
  settings: ReminderSettings,
): Date | null {
  if (!settings.enabled || sub.cancelAtPeriodEnd) return null;
  if (!['active', 'trialing', 'past_due'].includes(sub.status)) return null;
  if (sub.cancelAt && sub.cancelAt.getTime() <= sub.currentPeriodEnd.getTime()) return null;
  const due = new Date(sub.currentPeriodEnd.getTime() - reminderDays(sub.interval, settings) * DAY_MS);
  return due.getTime() > sub.currentPeriodStart.getTime() ? due : null;
}
