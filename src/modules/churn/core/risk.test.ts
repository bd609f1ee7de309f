import assert from 'node:assert/strict';
import { test } from 'node:test';
import { trainChurnModel } from './pipeline.ts';
import { seededRandom } from './random.ts';
import { churnRisk, riskBand, riskScore, tenureReasonPhrases } from './risk.ts';

test('riskScore rounds the percentage into 1–100', () => {
  const cases: Array<[number, number]> = [
    [0, 1],
    [0.004, 1],
    [0.24, 24],
    [0.25, 25],
    [0.744, 74],
    [0.749, 75],
    [1, 100],
  ];
  for (const [p, score] of cases) assert.equal(riskScore(p), score, String(p));
  assert.throws(() => riskScore(1.2), RangeError);
  assert.throws(() => riskScore(Number.NaN), RangeError);
});

test('riskBand: High ≥ 75, Medium 25–74, Low < 25', () => {
  const cases: Array<[number, string]> = [
    [1, 'low'],
    [24, 'low'],
    [25, 'medium'],
    [74, 'medium'],
    [75, 'high'],
    [100, 'high'],
  ];
  for (const [score, band] of cases) assert.equal(riskBand(score), band, String(score));
});

test('reason phrases for Tenure features', () => {
  const cases: Array<[string, number, string | null]> = [
    ['viewing_change_30d', -0.7, 'viewing fell 70 % in 30 days'],
    ['viewing_change_30d', 0.2, null],
    ['viewing_minutes_30d', 0, 'no viewing in 30 days'],
    ['viewing_minutes_30d', 42.4, 'only 42 minutes watched in 30 days'],
    ['failed_payments_90d', 2, '2 failed payments'],
    ['failed_payments_90d', 1, '1 failed payment'],
    ['failed_payments_90d', 0, null],
    ['days_past_due', 14, '14 days past due'],
    ['contractions_90d', 1, '1 downgrade in 90 days'],
    ['support_contacts_30d', 3, '3 support contacts in 30 days'],
    ['days_since_last_view', 21, 'nothing watched for 21 days'],
    ['tenure_months', 1, 'subscribed for 1 month'],
    ['mrr', 1299, 'pays 12.99 a month'],
  ];
  for (const [feature, value, text] of cases) assert.equal(tenureReasonPhrases[feature]!(value), text, feature);
});

/** Subscribers churn when payments fail or viewing falls; `plan` and `noise` do not matter. */
function subscribers(count: number) {
  const random = seededRandom(11);
  const rows = Array.from({ length: count }, () => ({
    failed_payments_90d: Math.floor(random() * 4),
    viewing_change_30d: Math.round((random() * 2 - 1) * 100) / 100,
    plan: random() < 0.5 ? 'basic' : 'premium',
    noise: random(),
  }));
  const labels = rows.map((r) => (r.failed_payments_90d >= 2 || r.viewing_change_30d < -0.5 ? 1 : 0) as 0 | 1);
  return { rows, labels, features: ['failed_payments_90d', 'viewing_change_30d', 'plan', 'noise'] };
}

test('churnRisk scores an at-risk and a healthy subscriber and names the reasons in words', () => {
  const data = subscribers(800);
  for (const kind of ['boosted', 'logistic'] as const) {
    const model = trainChurnModel(kind, data);
    const atRisk = churnRisk(model, { failed_payments_90d: 2, viewing_change_30d: -0.7, plan: 'basic', noise: 0.5 });
    assert.equal(atRisk.band, 'high', kind);
    assert.deepEqual(
      atRisk.reasons
        .slice(0, 2)
        .map((r) => r.text)
        .sort(),
      ['2 failed payments', 'viewing fell 70 % in 30 days'],
      kind,
    );
    assert.ok(atRisk.reasons.length <= 3 && atRisk.reasons.every((r) => r.contribution > 0));
    const healthy = churnRisk(model, { failed_payments_90d: 0, viewing_change_30d: 0.3, plan: 'premium', noise: 0.5 });
    assert.equal(healthy.band, 'low', kind);
    assert.ok(!healthy.reasons.some((r) => r.feature === 'failed_payments_90d'), kind);
  }
});

test('features without a phrase fall back to their value against the training average', () => {
  const random = seededRandom(3);
  const rows = Array.from({ length: 200 }, () => ({
    calls: Math.floor(random() * 8),
    plan: random() < 0.3 ? 'intl' : 'none',
  }));
  const labels = rows.map((r) => (r.calls >= 5 || r.plan === 'intl' ? 1 : 0) as 0 | 1);
  const model = trainChurnModel('logistic', { rows, labels, features: ['calls', 'plan'] });
  const texts = churnRisk(model, { calls: 7, plan: 'intl' }).reasons.map((r) => r.text);
  const mean = rows.reduce((a, r) => a + r.calls, 0) / rows.length;
  assert.deepEqual(texts.sort(), [
    `calls is high (7 against an average of ${Number(mean.toPrecision(3))})`,
    'plan is intl',
  ]);
});
