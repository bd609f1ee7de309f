import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterCustomers, seededRandom, silhouette, standardize } from './clusters.ts';

const features = ['minutes_30d', 'payments', 'tenure_months'];
// Three personas far apart in every feature, in their own units, with a little noise.
const personas = [
  { name: 'binge', center: [3000, 10, 60], count: 50 },
  { name: 'casual', center: [600, 4, 24], count: 40 },
  { name: 'dormant', center: [20, 1, 3], count: 30 },
];
function syntheticRows(seed: number) {
  const random = seededRandom(seed);
  const rows: { id: string; values: number[]; persona: string }[] = [];
  for (const p of personas)
    for (let i = 0; i < p.count; i++)
      rows.push({
        id: `${p.name}_${i}`,
        persona: p.name,
        values: p.center.map((c) => c * (1 + (random() - 0.5) * 0.2)),
      });
  // interleave so groups do not arrive in blocks
  return rows.sort((a, b) => (a.id.split('_')[1]! + a.id).localeCompare(b.id.split('_')[1]! + b.id));
}

test('k-means recovers three well-separated groups exactly and silhouette picks k = 3', () => {
  const rows = syntheticRows(7);
  const result = clusterCustomers({ features, rows, seed: 42 });
  assert.equal(result.k, 3);
  assert.deepEqual(
    result.silhouettes.map((s) => s.k),
    [2, 3, 4, 5, 6, 7, 8, 9, 10],
  );
  const best = Math.max(...result.silhouettes.map((s) => s.score));
  assert.equal(result.silhouettes.find((s) => s.k === 3)!.score, best);
  assert.ok(best > 0.8, `silhouette ${best}`);
  // every persona lands in exactly one cluster, and no two personas share one
  const clusterOf = new Map<string, Set<number>>();
  for (const r of rows) {
    const set = clusterOf.get(r.persona) ?? new Set();
    set.add(result.assignments.get(r.id)!);
    clusterOf.set(r.persona, set);
  }
  assert.deepEqual([...clusterOf.entries()].map(([p, s]) => [p, [...s]]).sort(), [
    ['binge', [0]],
    ['casual', [1]],
    ['dormant', [2]],
  ]);
  assert.deepEqual(
    result.clusters.map((c) => c.size),
    [50, 40, 30],
  );
  // centroids in original units, within the ±10 % noise of each persona's center
  for (const [i, p] of personas.entries())
    for (const [j, f] of features.entries()) {
      const got = result.clusters[i]!.centroid[f]!;
      assert.ok(Math.abs(got - p.center[j]!) < p.center[j]! * 0.05, `${p.name} ${f} ${got}`);
    }
  assert.equal(result.clusters[0]!.distinguishing[0]!.direction, 'higher');
  assert.equal(result.clusters[2]!.distinguishing[0]!.direction, 'lower');
});

test('the same seed gives the same clustering; a given k skips the search', () => {
  const rows = syntheticRows(11);
  const a = clusterCustomers({ features, rows, seed: 5, k: 4 });
  const b = clusterCustomers({ features, rows, seed: 5, k: 4 });
  assert.equal(a.k, 4);
  assert.deepEqual(a.silhouettes, []);
  assert.deepEqual([...a.assignments], [...b.assignments]);
});

test('silhouette and standardize on exact figures', () => {
  // two clusters on a line: {0, 1} and {10, 11}
  const points = [[0], [1], [10], [11]];
  // point 0: a = 1, b = (10 + 11) / 2 = 10.5 → 9.5 / 10.5; symmetric for the others
  const expected = ((9.5 / 10.5) * 2 + (8.5 / 9.5) * 2) / 4;
  assert.ok(Math.abs(silhouette(points, [0, 0, 1, 1], 2) - expected) < 1e-12);
  assert.equal(silhouette([[0], [1]], [0, 1], 2), 0);
  const s = standardize([
    [1, 5],
    [3, 5],
  ]);
  assert.deepEqual(s.means, [2, 5]);
  assert.deepEqual(s.sds, [1, 1]);
  assert.deepEqual(s.z, [
    [-1, 0],
    [1, 0],
  ]);
});
