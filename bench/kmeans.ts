/**
 * k-means personas on N customers × D standardized features (issue #16: 1,000,000 × 10 in < 20 s): times the fit
 * with k given and the whole run with k chosen by silhouette over 2–10 (searched on a seeded sample).
 *
 *   node bench/kmeans.ts --rows 1000000 --features 10
 */
import { parseArgs } from 'node:util';
import { clusterCustomers, seededRandom } from '../src/modules/segments/core/clusters.ts';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    features: { type: 'string', default: '10' },
    personas: { type: 'string', default: '4' },
  },
});
const N = Number(args.rows);
const D = Number(args.features);
const P = Number(args.personas);
const GOAL_S = 20;

const random = seededRandom(1);
const centers = Array.from({ length: P }, () => Array.from({ length: D }, () => random() * 100));
const rows = Array.from({ length: N }, (_, i) => ({
  id: `cus_${i}`,
  values: centers[i % P]!.map((c) => c + (random() - 0.5) * 30),
}));
const features = Array.from({ length: D }, (_, j) => `f${j}`);

function timed(label: string, k?: number) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = clusterCustomers({ features, rows, seed: 42, ...(k ? { k } : {}) });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  // CPU seconds beside wall seconds: on a shared 2-core host the wall clock also counts other processes' turns.
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(
    `${label}: ${seconds.toFixed(2)} s wall (${cpuSeconds.toFixed(2)} s CPU) for ${N.toLocaleString('en')} × ${D}, ` +
      `k = ${result.k}, ${(seconds / GOAL_S).toFixed(2)} of the ${GOAL_S} s goal`,
  );
}
timed(`k given (${P})`, P);
timed('k by silhouette 2–10');
