/**
 * Training rows from a subscriber base's own history: one row per customer paying at a snapshot date, features
 * computed only from what happened strictly before that date, label "churned within the next N days" from the MRR
 * movements. Times are unix seconds.
 */

export const DAY = 86_400;

export interface MovementRow {
  customer: string;
  at: number;
  type: 'new' | 'expansion' | 'contraction' | 'churn' | 'reactivation';
  mrrAfter: number;
}

export interface PaymentRow {
  customer: string;
  at: number;
  status: 'succeeded' | 'failed';
}

/** A per-customer daily viewing rollup; `day` is the UTC midnight the rollup starts at. */
export interface ViewingRow {
  customer: string;
  day: number;
  minutes: number;
}

export interface InvoiceDueRow {
  customer: string;
  dueAt: number;
  /** When it was paid; null while open. */
  paidAt: number | null;
}

/** A customer's declared attributes (plan of the customers module); they are undated, so they must not record churn. */
export type Attributes = Readonly<Record<string, string | number | boolean>>;

export interface History {
  movements: readonly MovementRow[];
  attributes?: ReadonlyMap<string, Attributes>;
  payments?: readonly PaymentRow[];
  viewing?: readonly ViewingRow[];
  invoices?: readonly InvoiceDueRow[];
}

export interface SnapshotOptions {
  dates: readonly number[];
  horizonDays?: number;
  /** History is complete up to here; a snapshot whose horizon reaches past it gets label null (not yet known). */
  observedUntil: number;
}

export interface Snapshot {
  customer: string;
  at: number;
  /** The fixed features below, then the customer's declared attributes by their own keys. */
  features: Record<SnapshotFeature, number> & Record<string, string | number | boolean>;
  label: 0 | 1 | null;
}

export const SNAPSHOT_FEATURES = [
  'mrr',
  'tenure_months',
  'reactivated',
  'contractions_90d',
  'expansions_90d',
  'failed_payments_90d',
  'days_past_due',
  'viewing_minutes_30d',
  'viewing_change_30d',
  'days_since_last_view',
] as const;
export type SnapshotFeature = (typeof SNAPSHOT_FEATURES)[number];

/** The features a model over `history` uses: the fixed ones, then every declared attribute key seen, sorted. */
export function snapshotFeatureNames(history: History): string[] {
  const fixed = new Set<string>(SNAPSHOT_FEATURES);
  const keys = new Set<string>();
  for (const attributes of history.attributes?.values() ?? []) for (const key of Object.keys(attributes)) keys.add(key);
  return [...SNAPSHOT_FEATURES, ...[...keys].filter((k) => !fixed.has(k)).sort()];
}

interface CustomerHistory {
  movements: MovementRow[];
  payments: PaymentRow[];
  viewing: ViewingRow[];
  invoices: InvoiceDueRow[];
}

function byCustomer(history: History): Map<string, CustomerHistory> {
  const out = new Map<string, CustomerHistory>();
  const of = (customer: string) => {
    const h = out.get(customer) ?? { movements: [], payments: [], viewing: [], invoices: [] };
    out.set(customer, h);
    return h;
  };
  for (const m of history.movements) of(m.customer).movements.push(m);
  for (const p of history.payments ?? []) of(p.customer).payments.push(p);
  for (const v of history.viewing ?? []) of(v.customer).viewing.push(v);
  for (const i of history.invoices ?? []) of(i.customer).invoices.push(i);
  for (const h of out.values()) h.movements.sort((a, b) => a.at - b.at);
  return out;
}

const count = <T>(rows: readonly T[], keep: (row: T) => boolean) => rows.reduce((n, r) => n + (keep(r) ? 1 : 0), 0);

/** Viewing minutes whose whole day ended by `t`, in [from, t): a rollup of today is still growing, so it is left out. */
function viewingMinutes(viewing: readonly ViewingRow[], from: number, t: number): number {
  return viewing.reduce((sum, v) => (v.day >= from && v.day + DAY <= t ? sum + v.minutes : sum), 0);
}

/**
 * Features of one customer at `t` from events strictly before `t`; null when the customer pays nothing at `t`
 * (never started, or churned and not back), since only paying customers can churn.
 */
function snapshotFeatures(h: CustomerHistory, t: number): Record<SnapshotFeature, number> | null {
  const past = h.movements.filter((m) => m.at < t);
  const last = past.at(-1);
  if (!last || last.mrrAfter <= 0) return null;
  const since = (days: number) => t - days * DAY;
  const recent30 = viewingMinutes(h.viewing, since(30), t);
  const previous30 = viewingMinutes(h.viewing, since(60), since(30));
  const lastViewedDay = Math.max(
    Number.NEGATIVE_INFINITY,
    ...h.viewing.filter((v) => v.minutes > 0 && v.day + DAY <= t).map((v) => v.day),
  );
  const overdue = h.invoices.filter((i) => i.dueAt < t && (i.paidAt === null || i.paidAt >= t));
  return {
    mrr: last.mrrAfter,
    tenure_months: (t - past[0]!.at) / (30.4375 * DAY),
    reactivated: past.some((m) => m.type === 'reactivation') ? 1 : 0,
    contractions_90d: count(past, (m) => m.type === 'contraction' && m.at >= since(90)),
    expansions_90d: count(past, (m) => m.type === 'expansion' && m.at >= since(90)),
    failed_payments_90d: count(h.payments, (p) => p.status === 'failed' && p.at >= since(90) && p.at < t),
    days_past_due: Math.floor(Math.max(0, ...overdue.map((i) => t - i.dueAt)) / DAY),
    viewing_minutes_30d: recent30,
    // A relative change; −1 is "stopped watching". No viewing in either window reads as no change.
    viewing_change_30d: previous30 > 0 ? (recent30 - previous30) / previous30 : 0,
    days_since_last_view: Math.floor((t - (Number.isFinite(lastViewedDay) ? lastViewedDay + DAY : past[0]!.at)) / DAY),
  };
}

/** 1 when a churn movement falls in [t, t + horizon], 0 when none does, null when the window is not over yet. */
function churnLabel(h: CustomerHistory, t: number, horizon: number, observedUntil: number): 0 | 1 | null {
  if (h.movements.some((m) => m.type === 'churn' && m.at >= t && m.at <= t + horizon)) return 1;
  return t + horizon <= observedUntil ? 0 : null;
}

/** One row per customer paying at each date, in date then customer order. */
export function buildSnapshots(history: History, options: SnapshotOptions): Snapshot[] {
  const horizon = (options.horizonDays ?? 30) * DAY;
  const customers = [...byCustomer(history)].sort(([a], [b]) => a.localeCompare(b));
  const out: Snapshot[] = [];
  for (const at of [...options.dates].sort((a, b) => a - b)) {
    for (const [customer, h] of customers) {
      const fixed = snapshotFeatures(h, at);
      if (!fixed) continue;
      const features = { ...history.attributes?.get(customer), ...fixed };
      out.push({ customer, at, features, label: churnLabel(h, at, horizon, options.observedUntil) });
    }
  }
  return out;
}

/** Snapshot dates every `everyDays` going back from `last` to no earlier than `first`, oldest first. */
export function snapshotDates(first: number, last: number, everyDays: number): number[] {
  const out: number[] = [];
  for (let t = last; t >= first; t -= everyDays * DAY) out.unshift(t);
  return out;
}

/**
 * Time-based validation split: validate on snapshots from `validationFrom` on; train only on snapshots whose whole
 * label window closed before it, so no training label looks into the validation period.
 */
export function timeSplit(
  snapshots: readonly Snapshot[],
  validationFrom: number,
  horizonDays = 30,
): { train: Snapshot[]; validation: Snapshot[] } {
  const labelled = snapshots.filter((s) => s.label !== null);
  return {
    train: labelled.filter((s) => s.at + horizonDays * DAY <= validationFrom),
    validation: labelled.filter((s) => s.at >= validationFrom),
  };
}
