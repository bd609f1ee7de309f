import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from './random.ts';
import {
  type Attributes,
  buildSnapshots,
  DAY,
  type History,
  type InvoiceDueRow,
  type MovementRow,
  type PaymentRow,
  SNAPSHOT_FEATURES,
  type Snapshot,
  snapshotDates,
  snapshotFeatureNames,
  timeSplit,
  type ViewingRow,
} from './snapshots.ts';

const T0 = Date.UTC(2026, 0, 1) / 1000;
const day = (n: number) => T0 + n * DAY;

/** Customer a joins on day 0, downgrades on day 50, fails two payments, stops watching and churns on day 100. */
const history: History = {
  movements: [
    { customer: 'a', at: day(0), type: 'new', mrrAfter: 2000 },
    { customer: 'a', at: day(50), type: 'contraction', mrrAfter: 1000 },
    { customer: 'a', at: day(100), type: 'churn', mrrAfter: 0 },
    { customer: 'b', at: day(10), type: 'new', mrrAfter: 1500 },
    { customer: 'b', at: day(70), type: 'expansion', mrrAfter: 2500 },
  ],
  payments: [
    { customer: 'a', at: day(60), status: 'failed' },
    { customer: 'a', at: day(65), status: 'failed' },
    { customer: 'a', at: day(66), status: 'succeeded' },
    { customer: 'b', at: day(40), status: 'succeeded' },
  ],
  viewing: [
    ...Array.from({ length: 60 }, (_, i) => ({ customer: 'a', day: day(i), minutes: 100 })),
    ...Array.from({ length: 9 }, (_, i) => ({ customer: 'a', day: day(60 + i), minutes: 50 })),
    ...Array.from({ length: 120 }, (_, i) => ({ customer: 'b', day: day(i + 10), minutes: 60 })),
  ],
  invoices: [{ customer: 'a', dueAt: day(60), paidAt: day(66) }],
};

test('features at a snapshot come from before it; the label from the 30 days after', () => {
  const snapshots = buildSnapshots(history, { dates: [day(80), day(71)], observedUntil: day(200) });
  assert.deepEqual(
    snapshots.map((s) => [s.customer, s.at, s.label]),
    [
      ['a', day(71), 1],
      ['b', day(71), 0],
      ['a', day(80), 1],
      ['b', day(80), 0],
    ],
  );
  const a80 = snapshots[2]!.features;
  assert.deepEqual(a80, {
    mrr: 1000,
    tenure_months: 80 / 30.4375,
    reactivated: 0,
    contractions_90d: 1,
    expansions_90d: 0,
    failed_payments_90d: 2,
    days_past_due: 0,
    // Days 50–59 at 100 and 60–68 at 50 fall in [day 50, day 80).
    viewing_minutes_30d: 10 * 100 + 9 * 50,
    // Days 20–49: 3,000 minutes before; 1,450 now.
    viewing_change_30d: (1450 - 3000) / 3000,
    days_since_last_view: 11,
  });
  // On day 63, invoice due on day 60 is 3 days past due; the expansion of b on day 70 is not seen on day 70.
  const [a63, b63] = buildSnapshots(history, { dates: [day(63)], observedUntil: day(200) });
  assert.equal(a63!.features.days_past_due, 3);
  assert.equal(a63!.features.failed_payments_90d, 1);
  assert.equal(b63!.features.mrr, 1500);
  assert.equal(buildSnapshots(history, { dates: [day(70)], observedUntil: day(200) })[1]!.features.mrr, 1500);
});

test('label edges: churn exactly at the horizon counts, a day later does not; unknown while the window is open', () => {
  const cases: Array<[number, number, 0 | 1 | null]> = [
    // [snapshot day, observed until day, label of a]
    [70, 200, 1],
    [69, 200, 0],
    [99, 200, 1],
    [60, 80, null],
    [60, 90, 0],
  ];
  for (const [at, until, label] of cases) {
    const a = buildSnapshots(history, { dates: [day(at)], observedUntil: day(until) }).find((s) => s.customer === 'a');
    assert.equal(a?.label, label, `day ${at}`);
  }
  // After the churn on day 100, a pays nothing and is no longer a row; before day 0 nobody is.
  assert.deepEqual(
    buildSnapshots(history, { dates: [day(101)], observedUntil: day(200) }).map((s) => s.customer),
    ['b'],
  );
  assert.deepEqual(buildSnapshots(history, { dates: [day(0)], observedUntil: day(200) }), []);
});

/** The history as it was known at `t`: everything after it removed or not yet known. */
function truncated(h: History, t: number): History {
  return {
    movements: h.movements.filter((m) => m.at < t),
    payments: h.payments?.filter((p) => p.at < t),
    viewing: h.viewing?.filter((v) => v.day + DAY <= t),
    invoices: h.invoices
      ?.filter((i) => i.dueAt < t)
      .map((i) => ({ ...i, paidAt: i.paidAt !== null && i.paidAt < t ? i.paidAt : null })),
  };
}

function randomHistory(seed: number): History {
  const random = seededRandom(seed);
  const history = {
    movements: [] as MovementRow[],
    payments: [] as PaymentRow[],
    viewing: [] as ViewingRow[],
    invoices: [] as InvoiceDueRow[],
  };
  for (let c = 0; c < 40; c++) {
    const customer = `c${c}`;
    let at = day(Math.floor(random() * 100));
    let mrr = 0;
    for (let k = 0; k < 6; k++) {
      const next = random() < 0.25 ? 0 : 1000 + Math.floor(random() * 3) * 500;
      const type =
        next === 0
          ? 'churn'
          : mrr === 0
            ? k === 0
              ? 'new'
              : 'reactivation'
            : next > mrr
              ? 'expansion'
              : 'contraction';
      if (next !== mrr) history.movements.push({ customer, at, type, mrrAfter: next });
      mrr = next;
      at += Math.floor(random() * 40 * DAY);
    }
    for (let k = 0; k < 5; k++) {
      const paymentAt = day(Math.floor(random() * 300));
      history.payments.push({ customer, at: paymentAt, status: random() < 0.4 ? 'failed' : 'succeeded' });
      history.invoices.push({
        customer,
        dueAt: paymentAt,
        paidAt: random() < 0.5 ? null : paymentAt + Math.floor(random() * 20 * DAY),
      });
    }
    for (let d = 0; d < 300; d++)
      if (random() < 0.5) history.viewing.push({ customer, day: day(d), minutes: Math.floor(random() * 200) });
  }
  return history;
}

test('no leakage: every snapshot has the same features when built from the history known at its date', () => {
  for (const seed of [1, 2, 3]) {
    const full = randomHistory(seed);
    // Noon snapshots: the rollup of the day in progress must not count yet.
    const dates = snapshotDates(day(30), day(280) + DAY / 2, 7);
    const snapshots = buildSnapshots(full, { dates, observedUntil: day(320) });
    assert.ok(snapshots.length > 200, `seed ${seed}: ${snapshots.length} snapshots`);
    for (const at of dates) {
      const known = buildSnapshots(truncated(full, at), { dates: [at], observedUntil: day(320) });
      const features = (s: Snapshot) => [s.customer, s.features];
      assert.deepEqual(known.map(features), snapshots.filter((s) => s.at === at).map(features), `seed ${seed}, ${at}`);
    }
  }
});

test('snapshotDates steps back from the last date; timeSplit keeps training labels out of the validation period', () => {
  assert.deepEqual(snapshotDates(day(0), day(30), 14), [day(2), day(16), day(30)]);
  const full = randomHistory(4);
  const snapshots = buildSnapshots(full, { dates: snapshotDates(day(30), day(280), 7), observedUntil: day(320) });
  const { train, validation } = timeSplit(snapshots, day(200), 30);
  assert.ok(train.length > 0 && validation.length > 0);
  assert.ok(train.every((s) => s.at + 30 * DAY <= day(200) && s.label !== null));
  assert.ok(validation.every((s) => s.at >= day(200) && s.label !== null));
  assert.equal(
    train.length + validation.length,
    snapshots.filter((s) => s.label !== null && (s.at <= day(170) || s.at >= day(200))).length,
  );
});

test('declared attributes join the features under their own keys; fixed features win a clash', () => {
  const attributes = new Map<string, Attributes>([
    ['a', { viewing_hours: 3, device: 'tv', mrr: 'not a number' }],
    ['b', { country: 'PT' }],
  ]);
  const withAttributes = { ...history, attributes };
  assert.deepEqual(snapshotFeatureNames(withAttributes), [...SNAPSHOT_FEATURES, 'country', 'device', 'viewing_hours']);
  assert.deepEqual(snapshotFeatureNames(history), [...SNAPSHOT_FEATURES]);
  const [a, b] = buildSnapshots(withAttributes, { dates: [day(80)], observedUntil: day(200) });
  assert.equal(a!.features.viewing_hours, 3);
  assert.equal(a!.features.device, 'tv');
  assert.equal(a!.features.mrr, 1000);
  assert.equal(b!.features.country, 'PT');
  assert.equal(b!.features.device, undefined);
});
