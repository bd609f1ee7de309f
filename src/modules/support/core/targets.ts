/**
 * First-response and resolution targets per priority, in clock time (no business hours): a target is the
 * ticket's creation plus the priority's minutes. Pure: which targets are due, breached or met at an instant.
 */
import type { TicketPriority } from '../../../db/schema/support.ts';

export type Target = { first_response_minutes: number; resolution_minutes: number };
export type Targets = Record<TicketPriority, Target>;

const HOUR = 60;
export const DEFAULT_TARGETS: Targets = {
  urgent: { first_response_minutes: 1 * HOUR, resolution_minutes: 8 * HOUR },
  high: { first_response_minutes: 4 * HOUR, resolution_minutes: 24 * HOUR },
  normal: { first_response_minutes: 8 * HOUR, resolution_minutes: 72 * HOUR },
  low: { first_response_minutes: 24 * HOUR, resolution_minutes: 168 * HOUR },
};

const MINUTE_MS = 60_000;

export function dueTimes(created: Date, target: Target) {
  return {
    firstResponseDueAt: new Date(created.getTime() + target.first_response_minutes * MINUTE_MS),
    resolutionDueAt: new Date(created.getTime() + target.resolution_minutes * MINUTE_MS),
  };
}

/** The clock state of a ticket's targets. */
export type TargetState = {
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
  firstRespondedAt: Date | null;
  solvedAt: Date | null;
  firstResponseBreachedAt: Date | null;
  resolutionBreachedAt: Date | null;
};

const pendingFirstResponse = (t: TargetState) => t.firstRespondedAt === null && t.firstResponseBreachedAt === null;
const pendingResolution = (t: TargetState) => t.solvedAt === null && t.resolutionBreachedAt === null;

/** The earliest target neither met nor reported as breached: when the due work looks at the ticket next. */
export function nextBreachAt(t: TargetState): Date | null {
  const times = [
    pendingFirstResponse(t) ? t.firstResponseDueAt : null,
    pendingResolution(t) ? t.resolutionDueAt : null,
  ].filter((d): d is Date => d !== null);
  return times.length ? new Date(Math.min(...times.map((d) => d.getTime()))) : null;
}

/** The target the queue sorts by: the first response until it is given, then the resolution. */
export const queueTarget = (t: TargetState): Date =>
  t.firstRespondedAt === null ? t.firstResponseDueAt : t.resolutionDueAt;

export type Breach = { kind: 'first_response' | 'resolution'; at: Date };

/** The breaches that happened by `now` and are not yet reported, each at its target time, oldest first. */
export function breachesBy(t: TargetState, now: Date): Breach[] {
  const out: Breach[] = [];
  if (pendingFirstResponse(t) && t.firstResponseDueAt <= now)
    out.push({ kind: 'first_response', at: t.firstResponseDueAt });
  if (pendingResolution(t) && t.resolutionDueAt <= now) out.push({ kind: 'resolution', at: t.resolutionDueAt });
  return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}
