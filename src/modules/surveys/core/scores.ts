/** What a survey accepts and how its answers add up besides NPS: CSAT = % of 4–5 answers (the usual "top two boxes"). */
import type { SurveyKind } from '../../../db/schema/surveys.ts';

/** The answers a survey takes: NPS 0–10, CSAT 1–5, a choice the index of one of its `options` options. */
export function scoreRange(kind: SurveyKind, options = 0): { min: number; max: number } {
  if (kind === 'nps') return { min: 0, max: 10 };
  if (kind === 'csat') return { min: 1, max: 5 };
  return { min: 0, max: options - 1 };
}

export const scoresOf = (kind: SurveyKind, options = 0): number[] => {
  const { min, max } = scoreRange(kind, options);
  return Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => min + i);
};

export const isValidScore = (kind: SurveyKind, score: number, options = 0): boolean => {
  const { min, max } = scoreRange(kind, options);
  return Number.isInteger(score) && score >= min && score <= max;
};

/** CSAT in percent with two decimals; null without answers. */
export function csat(scores: readonly number[]): { responses: number; satisfied: number; score: number | null } {
  for (const s of scores) if (!isValidScore('csat', s)) throw new RangeError(`CSAT answer must be 1–5: ${s}`);
  const satisfied = scores.filter((s) => s >= 4).length;
  const score = scores.length === 0 ? null : Math.round((satisfied / scores.length) * 10_000) / 100;
  return { responses: scores.length, satisfied, score };
}

const DAY_MS = 86_400_000;

/** True while a survey sent at `lastSentAt` keeps the customer from another one (the throttle window). */
export function throttled(lastSentAt: Date | null, now: Date, throttleDays: number): boolean {
  return lastSentAt !== null && now.getTime() - lastSentAt.getTime() < throttleDays * DAY_MS;
}
