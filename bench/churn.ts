/**
 * Churn modelling cost (issue #16 point 6), pure code only: training and scoring times for the ensemble and the
 * logistic baseline on mlc_churn, and one whole weekly retraining (`trainAndScore`) over a synthetic subscriber
 * base's movement and payment history, as the due work runs it.
 *
 *   node bench/churn.ts [--csv ../shared/data/mlc_churn.csv] [--customers 10000]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { seededRandom } from '../src/modules/churn/core/random.ts';
import {
  DAY,
  type MovementRow,
  type PaymentRow,
  parseCsv,
  predictChurn,
  seededSplit,
  trainAndScore,
  trainChurnModel,
} from '../src/modules/churn/index.ts';

const { values: args } = parseArgs({
  options: {
    csv: { type: 'string', default: resolve(import.meta.dirname, '../../shared/data/mlc_churn.csv') },
    customers: { type: 'string', default: '10000' },
  },
});

/** Wall and CPU milliseconds: on a shared machine the CPU time is the steadier figure. */
function timed<T>(work: () => T): [T, number, number] {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(cpu);
  return [result, performance.now() - start, (used.user + used.system) / 1000];
}

function csvBench(path: string) {
  const { header, rows } = parseCsv(readFileSync(path, 'utf8'));
  const labels = rows.map((r) => (r.churn === 'yes' ? 1 : 0) as 0 | 1);
  const split = seededSplit(labels, { seed: 42, testFraction: 0.25 });
  const data = {
    rows: split.train.map((i) => rows[i]!),
    labels: split.train.map((i) => labels[i]!),
    features: header.filter((h) => h !== 'churn'),
  };
  for (const kind of ['boosted', 'logistic'] as const) {
    const [model, trainMs, trainCpu] = timed(() => trainChurnModel(kind, data));
    const [, , scoreCpu] = timed(() => split.test.map((i) => predictChurn(model, rows[i]!)));
    const perRowUs = (scoreCpu * 1000) / split.test.length;
    console.log(
      `mlc_churn ${kind.padEnd(8)} train ${data.rows.length} rows: ${trainMs.toFixed(0)} ms wall, ` +
        `${trainCpu.toFixed(0)} ms CPU; score: ${perRowUs.toFixed(1)} µs CPU/row`,
    );
  }
}

/** A subscriber base over 400 days; leavers downgrade and fail payments in their last month. */
function syntheticHistory(customers: number, asOf: number) {
  const random = seededRandom(3);
  const movements: MovementRow[] = [];
  const payments: PaymentRow[] = [];
  const day = (n: number) => asOf - (400 - n) * DAY;
  for (let c = 0; c < customers; c++) {
    const customer = `cus_${c}`;
    const start = Math.floor(random() * 200);
    const churnDay = random() < 0.4 ? start + 40 + Math.floor(random() * 300) : null;
    movements.push({ customer, at: day(start), type: 'new', mrrAfter: 1500 });
    const end = Math.min(churnDay ?? 400, 400);
    for (let d = start + 30; d < end; d += 30) {
      const fading = churnDay !== null && d >= churnDay - 30;
      payments.push({ customer, at: day(d), status: fading && random() < 0.6 ? 'failed' : 'succeeded' });
    }
    if (churnDay !== null && churnDay < 400) {
      if (random() < 0.5) movements.push({ customer, at: day(churnDay - 15), type: 'contraction', mrrAfter: 1000 });
      movements.push({ customer, at: day(churnDay), type: 'churn', mrrAfter: 0 });
    }
  }
  return { movements, payments };
}

csvBench(args.csv);
const customers = Number(args.customers);
const asOf = Date.parse('2026-06-01T00:00:00Z') / 1000;
const history = syntheticHistory(customers, asOf);
const [{ report, scores }, ms, cpu] = timed(() => trainAndScore(history, asOf));
console.log(
  `retraining ${customers} customers: ${report.snapshots} snapshots (${report.trainRows} train, ` +
    `${report.validationRows} validation) in ${(ms / 1000).toFixed(1)} s wall, ${(cpu / 1000).toFixed(1)} s CPU; ` +
    `${scores.length} scored; ` +
    `validation AUC ensemble ${report.ensemble?.auc.toFixed(3)} vs baseline ${report.baseline?.auc.toFixed(3)}; ` +
    `${((cpu * 1000) / Math.max(report.snapshots, 1)).toFixed(0)} µs CPU per snapshot`,
);
