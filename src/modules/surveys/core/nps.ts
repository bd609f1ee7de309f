/**
 * Net Promoter Score (Bain/Reichheld): % promoters (9–10) − % detractors (0–6), passives (7–8) only count in the
 * denominator. Scores are −100…100, rounded once to two decimals; no answers give null, never NaN.
 */

export interface NpsSummary {
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** −100…100 with two decimals, null without answers. */
  score: number | null;
}

export type NpsCategory = 'promoter' | 'passive' | 'detractor';

/** The category of one 0–10 answer; anything else is a RangeError (a survey must have validated it). */
export function npsCategory(score: number): NpsCategory {
  if (!Number.isInteger(score) || score < 0 || score > 10) throw new RangeError(`NPS answer must be 0–10: ${score}`);
  if (score >= 9) return 'promoter';
  return score >= 7 ? 'passive' : 'detractor';
}

/** NPS from counts (e.g. 100 promoters, 30 passives, 80 detractors → 9.52). */
export function npsFromCounts(counts: { promoters: number; passives: number; detractors: number }): NpsSummary {
  for (const [name, value] of Object.entries(counts)) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a count, got ${value}`);
  }
  const responses = counts.promoters + counts.passives + counts.detractors;
  const score = responses === 0 ? null : round2(((counts.promoters - counts.detractors) * 100) / responses);
  return { responses, ...counts, score };
}

/** NPS over individual 0–10 answers. */
export function nps(scores: readonly number[]): NpsSummary {
  const counts = { promoters: 0, passives: 0, detractors: 0 };
  for (const score of scores) {
    const category = npsCategory(score);
    if (category === 'promoter') counts.promoters += 1;
    else if (category === 'passive') counts.passives += 1;
    else counts.detractors += 1;
  }
  return npsFromCounts(counts);
}

export interface DatedAnswer {
  score: number;
  /** When it was answered. */
  at: Date;
}

export interface NpsPoint extends NpsSummary {
  /** The UTC day the window ends on (inclusive), YYYY-MM-DD. */
  date: string;
}

const DAY_MS = 86_400_000;

/**
 * A moving NPS: for each UTC day from `from` to `to` (inclusive), the NPS of answers in the `windowDays` days
 * ending with that day. A day without answers in its window has score null.
 */
export function movingNps(
  answers: readonly DatedAnswer[],
  range: { from: string; to: string; windowDays?: number },
): NpsPoint[] {
  const windowDays = range.windowDays ?? 30;
  const first = dayStart(range.from);
  const last = dayStart(range.to);
  if (last < first) throw new RangeError('to must not be before from');
  const sorted = answers
    .map((a) => ({ at: a.at.getTime(), category: npsCategory(a.score) }))
    .sort((a, b) => a.at - b.at);
  // A sliding window over the sorted answers: each answer enters and leaves once, O(answers + days).
  const counts = { promoter: 0, passive: 0, detractor: 0 };
  let entered = 0;
  let left = 0;
  const points: NpsPoint[] = [];
  for (let day = first; day <= last; day += DAY_MS) {
    const end = day + DAY_MS;
    const start = end - windowDays * DAY_MS;
    while (entered < sorted.length && sorted[entered]!.at < end) counts[sorted[entered++]!.category] += 1;
    while (left < entered && sorted[left]!.at < start) counts[sorted[left++]!.category] -= 1;
    const summary = npsFromCounts({
      promoters: counts.promoter,
      passives: counts.passive,
      detractors: counts.detractor,
    });
    points.push({ date: new Date(day).toISOString().slice(0, 10), ...summary });
  }
  return points;
}

function dayStart(date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(ms)) throw new RangeError(`not a date: ${date}`);
  return ms;
}

function round2(value: number): number {
  // Half away from zero on the second decimal; EPSILON keeps 9.525 from becoming 9.52 through binary noise.
  return (Math.sign(value) * Math.round((Math.abs(value) + Number.EPSILON) * 100)) / 100;
}
