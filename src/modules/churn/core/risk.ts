import type { EncodedColumn, RawRow, RawValue } from './features.ts';
import { type ChurnModel, predictChurn, sourceContributions } from './pipeline.ts';

export type RiskBand = 'high' | 'medium' | 'low';

/** Probability → score 1–100 (rounded percent; 0 % still scores 1 so every subscriber has a score). */
export function riskScore(probability: number): number {
  if (!(probability >= 0 && probability <= 1)) throw new RangeError('probability must be in [0, 1]');
  return Math.min(100, Math.max(1, Math.round(probability * 100)));
}

/** Bands of the churn issue: High ≥ 75, Medium 25–74, Low < 25. */
export function riskBand(score: number): RiskBand {
  if (score >= 75) return 'high';
  return score >= 25 ? 'medium' : 'low';
}

/** Words for a feature's value; null when the value does not read as a reason (e.g. viewing went up). */
export type ReasonPhrase = (value: number) => string | null;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Phrases for the features of Tenure's own snapshots (see snapshots.ts). */
export const tenureReasonPhrases: Readonly<Partial<Record<string, ReasonPhrase>>> = {
  viewing_change_30d: (v) => (v < 0 ? `viewing fell ${Math.round(-v * 100)} % in 30 days` : null),
  viewing_minutes_30d: (v) => (v === 0 ? 'no viewing in 30 days' : `only ${Math.round(v)} minutes watched in 30 days`),
  days_since_last_view: (v) => `nothing watched for ${plural(Math.round(v), 'day', 'days')}`,
  failed_payments_90d: (v) => (v > 0 ? plural(v, 'failed payment', 'failed payments') : null),
  days_past_due: (v) => (v > 0 ? `${plural(v, 'day', 'days')} past due` : null),
  contractions_90d: (v) => (v > 0 ? `${plural(v, 'downgrade', 'downgrades')} in 90 days` : null),
  support_contacts_30d: (v) => (v > 0 ? `${plural(v, 'support contact', 'support contacts')} in 30 days` : null),
  tenure_months: (v) => `subscribed for ${plural(Math.round(v), 'month', 'months')}`,
  mrr: (v) => `pays ${(v / 100).toFixed(2)} a month`,
};

function humanise(name: string): string {
  return name.replaceAll('_', ' ');
}

/** Fallback words: which way the value sits from the training average, or the category it falls in. */
function genericReason(source: string, value: RawValue, columns: readonly EncodedColumn[]): string {
  const numeric = columns.find((c) => c.source === source && c.kind === 'numeric');
  if (numeric && value !== null && value !== undefined && value !== '') {
    const n = Number(value);
    const direction = n >= numeric.mean ? 'high' : 'low';
    return `${humanise(source)} is ${direction} (${n} against an average of ${Number(numeric.mean.toPrecision(3))})`;
  }
  return `${humanise(source)} is ${value === null || value === undefined || value === '' ? 'missing' : String(value)}`;
}

export interface RiskReason {
  feature: string;
  /** Added log-odds of churn. */
  contribution: number;
  text: string;
}

export interface ChurnRisk {
  probability: number;
  score: number;
  band: RiskBand;
  reasons: RiskReason[];
}

/**
 * Scores one subscriber and names the three features that push the risk up the most, in plain words. Features
 * that lower the risk are never given as reasons.
 */
export function churnRisk(
  trained: ChurnModel,
  row: RawRow,
  phrases: Readonly<Partial<Record<string, ReasonPhrase>>> = tenureReasonPhrases,
): ChurnRisk {
  const probability = predictChurn(trained, row);
  const score = riskScore(probability);
  const reasons = [...sourceContributions(trained, row)]
    .filter(([, contribution]) => contribution > 1e-9)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([feature, contribution]) => {
      const value = row[feature];
      const phrase = phrases[feature];
      const text =
        (phrase && typeof value === 'number' ? phrase(value) : null) ??
        genericReason(feature, value, trained.spec.columns);
      return { feature, contribution, text };
    });
  return { probability, score, band: riskBand(score), reasons };
}
