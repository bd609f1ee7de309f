import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assignmentPoint, assignVariant } from './assignment.ts';

const variants = [
  { key: 'control', weight: 50 },
  { key: 'treatment', weight: 30 },
  { key: 'bold', weight: 20 },
];

test('the same customer gets the same variant on every call', () => {
  for (let i = 0; i < 200; i += 1) {
    const first = assignVariant('price-test', `cus_${i}`, variants);
    for (let again = 0; again < 3; again += 1) assert.equal(assignVariant('price-test', `cus_${i}`, variants), first);
  }
});

test('another process assigns exactly as this one (no per-process seed)', () => {
  const here = fileURLToPath(new URL('./assignment.ts', import.meta.url));
  const ids = Array.from({ length: 50 }, (_, i) => `cus_${i * 7919}`);
  const script = `import { assignVariant } from ${JSON.stringify(here)};
    console.log(JSON.stringify(${JSON.stringify(ids)}.map((id) => assignVariant('price-test', id, ${JSON.stringify(variants)}))));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.deepEqual(
    JSON.parse(output),
    ids.map((id) => assignVariant('price-test', id, variants)),
  );
});

test('over 100,000 ids each variant is within 1 percentage point of its weight', () => {
  const cases: Array<[string, typeof variants]> = [
    ['50/30/20', variants],
    [
      '50/50',
      [
        { key: 'a', weight: 1 },
        { key: 'b', weight: 1 },
      ],
    ],
    [
      '90/10',
      [
        { key: 'a', weight: 9 },
        { key: 'b', weight: 1 },
      ],
    ],
  ];
  for (const [name, split] of cases) {
    const counts = new Map<string, number>();
    for (let i = 0; i < 100_000; i += 1) {
      const key = assignVariant('split-check', `cus_${i}`, split);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const total = split.reduce((s, v) => s + v.weight, 0);
    for (const variant of split) {
      const share = (counts.get(variant.key) ?? 0) / 100_000;
      assert.ok(Math.abs(share - variant.weight / total) < 0.01, `${name} ${variant.key}: ${share}`);
    }
  }
});

test('experiments hash independently, zero weights never win, bad weights are refused', () => {
  let same = 0;
  for (let i = 0; i < 1000; i += 1) {
    const id = `cus_${i}`;
    if (assignmentPoint('exp-a', id) < 0.5 === assignmentPoint('exp-b', id) < 0.5) same += 1;
  }
  assert.ok(same > 430 && same < 570, `correlated experiments: ${same}/1000 agree`);
  const off = [
    { key: 'a', weight: 0 },
    { key: 'b', weight: 1 },
  ];
  for (let i = 0; i < 500; i += 1) assert.equal(assignVariant('x', `c${i}`, off), 'b');
  assert.throws(() => assignVariant('x', 'c', [{ key: 'a', weight: 0 }]), RangeError);
  assert.throws(() => assignVariant('x', 'c', [{ key: 'a', weight: -1 }]), RangeError);
  const point = assignmentPoint('x', 'c');
  assert.ok(point >= 0 && point < 1);
});
