import assert from 'node:assert/strict';
import { test } from 'node:test';
import { featureImportance, predictChurn, sourceContributions, trainChurnModel } from './pipeline.ts';
import { seededRandom } from './random.ts';

/** Churn follows `calls`; `state` has 20 values and no effect, the trap for summed one-hot weights. */
function data() {
  const random = seededRandom(21);
  const rows = Array.from({ length: 400 }, () => ({
    calls: Math.floor(random() * 8),
    state: `S${Math.floor(random() * 20)}`,
  }));
  const labels = rows.map((r) => (r.calls + random() * 3 > 6 ? 1 : 0) as 0 | 1);
  return { rows, labels, features: ['calls', 'state'] };
}

test('feature importance ranks the informative column first for both models and sums to 1', () => {
  const d = data();
  for (const kind of ['boosted', 'logistic'] as const) {
    const importance = featureImportance(trainChurnModel(kind, d), d.rows);
    assert.deepEqual(
      importance.map((f) => f.feature),
      ['calls', 'state'],
      kind,
    );
    assert.ok(Math.abs(importance.reduce((a, f) => a + f.importance, 0) - 1) < 1e-12);
  }
});

test('per-source contributions of both models add up to the predicted log-odds', () => {
  const d = data();
  for (const kind of ['boosted', 'logistic'] as const) {
    const model = trainChurnModel(kind, d);
    const base =
      model.model.kind === 'boosted'
        ? model.model.base + model.model.trees.reduce((a, t) => a + t.value[0]!, 0)
        : model.model.intercept;
    for (const row of d.rows.slice(0, 10)) {
      const p = predictChurn(model, row);
      const total = base + [...sourceContributions(model, row).values()].reduce((a, v) => a + v, 0);
      assert.ok(Math.abs(total - Math.log(p / (1 - p))) < 1e-9, kind);
    }
  }
});
