/**
 * The pure cores of issue #17: variant assignment (SHA-256 of experiment key + customer id) per second, and a
 * year of 30-day moving NPS over many answers with the sliding window against counting each window from scratch.
 *
 *   node bench/act-cores.ts [--ids 200000] [--answers 100000]
 */
import { parseArgs } from 'node:util';
import { assignVariant } from '../src/modules/experiments/index.ts';
import { movingNps, nps } from '../src/modules/surveys/index.ts';

const { values: args } = parseArgs({
  options: { ids: { type: 'string', default: '200000' }, answers: { type: 'string', default: '100000' } },
});
const IDS = Number(args.ids);
const ANSWERS = Number(args.answers);
const DAY = 86_400_000;

function time<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

const variants = [
  { key: 'control', weight: 50 },
  { key: 'a', weight: 25 },
  { key: 'b', weight: 25 },
];
time(() => assignVariant('warm', 'cus_0', variants));
const assign = time(() => {
  let treated = 0;
  for (let i = 0; i < IDS; i += 1) if (assignVariant('bench', `cus_${i}`, variants) !== 'control') treated += 1;
  return treated;
});
console.log(
  `assignment: ${IDS} ids in ${assign.ms.toFixed(0)} ms = ${Math.round(IDS / (assign.ms / 1000)).toLocaleString('en')}/s` +
    ` (${((assign.result / IDS) * 100).toFixed(2)} % treated, weight 50 %)`,
);

const start = Date.parse('2026-01-01T00:00:00Z');
const answers = Array.from({ length: ANSWERS }, (_, i) => ({
  score: (i * 7) % 11,
  at: new Date(start + ((i * 7919) % 365) * DAY + (i % 86_400) * 1000),
}));
const range = { from: '2026-01-01', to: '2026-12-31', windowDays: 30 };
const sliding = time(() => movingNps(answers, range));
const naive = time(() => {
  const points = [];
  for (let day = start; day <= Date.parse('2026-12-31T00:00:00Z'); day += DAY) {
    const end = day + DAY;
    const inside = answers.filter((a) => a.at.getTime() >= end - 30 * DAY && a.at.getTime() < end);
    points.push(nps(inside.map((a) => a.score)).score);
  }
  return points;
});
const same = sliding.result.every((p, i) => p.score === naive.result[i]);
console.log(
  `moving NPS, ${ANSWERS} answers × 365 days: sliding window ${sliding.ms.toFixed(1)} ms, ` +
    `every window from scratch ${naive.ms.toFixed(1)} ms, ratio ${(naive.ms / sliding.ms).toFixed(1)}× (same series: ${same})`,
);
