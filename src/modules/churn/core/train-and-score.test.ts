import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from './random.ts';
import { DAY, type MovementRow, type PaymentRow, type ViewingRow } from './snapshots.ts';
import { trainAndScore } from './train-and-score.ts';

const T0 = Date.UTC(2025, 0, 1) / 1000;
const day = (n: number) => T0 + n * DAY;
const AS_OF = day(400);

/**
 * 300 subscribers over 400 days. Those who will leave show it in the month before: viewing falls to a fifth and
 * a payment or two fails. Customers `risky` and `steady` are still paying at the end, one with the signs.
 */
function syntheticHistory() {
  const random = seededRandom(5);
  const movements: MovementRow[] = [];
  const payments: PaymentRow[] = [];
  const viewing: ViewingRow[] = [];
  const addCustomer = (customer: string, start: number, churnDay: number | null) => {
    movements.push({ customer, at: day(start), type: 'new', mrrAfter: 1000 + Math.floor(random() * 3) * 500 });
    const end = churnDay ?? 400;
    if (churnDay !== null) movements.push({ customer, at: day(churnDay) + 3600, type: 'churn', mrrAfter: 0 });
    for (let d = start; d < end; d++) {
      const fading = churnDay !== null && d >= churnDay - 30;
      const minutes = Math.floor(random() * 120 * (fading ? 0.2 : 1));
      if (random() < 0.7) viewing.push({ customer, day: day(d), minutes });
      if ((d - start) % 30 === 29)
        payments.push({ customer, at: day(d), status: fading && random() < 0.8 ? 'failed' : 'succeeded' });
    }
  };
  for (let c = 0; c < 300; c++) {
    const start = Math.floor(random() * 200);
    const churnDay = random() < 0.5 ? start + 40 + Math.floor(random() * 300) : null;
    addCustomer(`cus_${c}`, start, churnDay !== null && churnDay < 430 ? churnDay : null);
  }
  // Still paying at the end: `risky` has the signs a churner shows (its churn on day 420 is past asOf).
  addCustomer('risky', 100, 420);
  addCustomer('steady', 100, null);
  // Rows after asOf are ignored: labels and features never read past it.
  return { movements: movements.filter((m) => m.at <= AS_OF), payments: payments.filter((p) => p.at < AS_OF), viewing };
}

test('trainAndScore validates on the last 90 days and scores the customers paying now', () => {
  const { report, scores } = trainAndScore(syntheticHistory(), AS_OF);
  assert.equal(report.skipped, undefined);
  assert.equal(report.validationFrom, day(310));
  assert.ok(report.trainRows > 500 && report.validationRows > 100, JSON.stringify(report).slice(0, 200));
  assert.ok(report.ensemble!.auc > 0.85, `ensemble AUC ${report.ensemble!.auc}`);
  assert.ok(report.baseline!.auc > 0.6, `baseline AUC ${report.baseline!.auc}`);
  assert.equal(report.ensemble!.calibration.length, 10);
  const risky = scores.find((s) => s.customer === 'risky')!.risk;
  const steady = scores.find((s) => s.customer === 'steady')!.risk;
  assert.ok(risky.score > steady.score, `${risky.score} vs ${steady.score}`);
  assert.ok(risky.score >= 25, `risky scored ${risky.score}`);
  assert.ok(
    risky.reasons.some((r) => /viewing fell|failed payment|minutes watched/.test(r.text)),
    JSON.stringify(risky.reasons),
  );
  // Everyone scored pays at asOf: a customer who churned before it has no score.
  const churnedBefore = syntheticHistory()
    .movements.filter((m) => m.type === 'churn')
    .map((m) => m.customer);
  assert.ok(churnedBefore.length > 50);
  assert.ok(!scores.some((s) => churnedBefore.includes(s.customer)));
});

test('trainAndScore skips training when the history has no churn yet', () => {
  const movements: MovementRow[] = [{ customer: 'a', at: day(0), type: 'new', mrrAfter: 1000 }];
  const { report, scores } = trainAndScore({ movements }, AS_OF);
  assert.equal(report.skipped, 'no churn and no stay to learn from yet');
  assert.deepEqual(scores, []);
});
