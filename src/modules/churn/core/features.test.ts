import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodeRow, fitFeatureSpec, standardise } from './features.ts';

const training = [
  { minutes: '10', plan: 'no', state: 'KS' },
  { minutes: '20', plan: 'yes', state: 'OH' },
  { minutes: '', plan: 'no', state: 'KS' },
  { minutes: '30', plan: 'no', state: 'NJ' },
];

test('fitFeatureSpec keeps numbers, one-hot encodes categories in sorted order, from training rows only', () => {
  const spec = fitFeatureSpec(training, ['minutes', 'plan', 'state']);
  assert.deepEqual(
    spec.columns.map((c) => c.name),
    ['minutes', 'plan=no', 'plan=yes', 'state=KS', 'state=NJ', 'state=OH'],
  );
  const minutes = spec.columns[0]!;
  assert.equal(minutes.mean, 20);
  assert.equal(minutes.sd, Math.sqrt(200 / 3));
  assert.equal(spec.columns[1]!.mean, 0.75);
});

test('encodeRow: missing number → training mean, unseen category → all zeros; standardise uses training stats', () => {
  const spec = fitFeatureSpec(training, ['minutes', 'plan', 'state']);
  const cases: Array<[string, Record<string, string | number | null>, number[]]> = [
    ['seen values', { minutes: '30', plan: 'yes', state: 'OH' }, [30, 0, 1, 0, 0, 1]],
    ['number given as number', { minutes: 5, plan: 'no', state: 'KS' }, [5, 1, 0, 1, 0, 0]],
    ['missing minutes', { minutes: null, plan: 'no', state: 'NJ' }, [20, 1, 0, 0, 1, 0]],
    ['unseen state', { minutes: '10', plan: 'no', state: 'TX' }, [10, 1, 0, 0, 0, 0]],
  ];
  for (const [name, row, encoded] of cases) assert.deepEqual(encodeRow(spec, row), encoded, name);
  const z = standardise(spec, [20, 1, 0, 1, 0, 0]);
  assert.equal(z[0], 0);
  assert.equal(z[1], (1 - 0.75) / Math.sqrt(0.1875));
});

test('a constant column standardises to 0 instead of dividing by zero', () => {
  const spec = fitFeatureSpec([{ x: 3 }, { x: 3 }], ['x']);
  assert.deepEqual(standardise(spec, encodeRow(spec, { x: 3 })), [0]);
});
