import { binMatrix } from './bins.ts';
import { sigmoid } from './logistic.ts';
import { seededRandom } from './random.ts';
import { growTree, leafOfBinned, type Tree, type TreeOptions, treePath } from './tree.ts';

/** Gradient-boosted trees on the log-loss (Friedman's gradient boosting with XGBoost's second-order leaf values). */
export interface BoostedModel {
  kind: 'boosted';
  /** Log-odds of the training base rate, the prediction before any tree. */
  base: number;
  trees: Tree[];
  /** Total split gain per encoded column, normalised to sum 1. */
  importance: number[];
}

export interface BoostingOptions extends TreeOptions {
  rounds: number;
  /** Share of rows each tree sees (stochastic gradient boosting), drawn with the seed. */
  rowSample: number;
  /** Share of columns each tree may split on, drawn with the seed. */
  columnSample: number;
  maxBins: number;
  seed: number;
}

export const defaultBoostingOptions: BoostingOptions = {
  rounds: 300,
  learningRate: 0.05,
  maxDepth: 4,
  lambda: 1,
  minChildWeight: 1,
  rowSample: 0.8,
  columnSample: 0.8,
  maxBins: 64,
  seed: 42,
};

function sample(count: number, share: number, random: () => number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) if (share >= 1 || random() < share) out.push(i);
  return out;
}

/** Trains on encoded rows in original units (trees do not need standardising). */
export function fitBoosted(
  rows: readonly (readonly number[])[],
  labels: readonly (0 | 1)[],
  options: Partial<BoostingOptions> = {},
): BoostedModel {
  const o = { ...defaultBoostingOptions, ...options };
  const n = rows.length;
  const positives = labels.filter((l) => l === 1).length;
  if (positives === 0 || positives === n) throw new RangeError('both classes must be present to train');
  const base = Math.log(positives / (n - positives));
  const data = binMatrix(rows, o.maxBins);
  const columnCount = data.bins.length;
  const margin = new Float64Array(n).fill(base);
  const grad = new Float64Array(n);
  const hess = new Float64Array(n);
  const gains = new Array<number>(columnCount).fill(0);
  const random = seededRandom(o.seed);
  const trees: Tree[] = [];
  for (let round = 0; round < o.rounds; round++) {
    for (let i = 0; i < n; i++) {
      const p = sigmoid(margin[i]!);
      grad[i] = p - labels[i]!;
      hess[i] = Math.max(p * (1 - p), 1e-16);
    }
    const columns = sample(columnCount, o.columnSample, random);
    const tree = growTree(data, sample(n, o.rowSample, random), columns, grad, hess, o, gains);
    trees.push(tree);
    for (let i = 0; i < n; i++) margin[i]! += tree.value[leafOfBinned(tree, data, i)]!;
  }
  const total = gains.reduce((a, g) => a + g, 0) || 1;
  return { kind: 'boosted', base, trees, importance: gains.map((g) => g / total) };
}

/** Log-odds for one encoded row. */
export function boostedMargin(model: BoostedModel, row: readonly number[]): number {
  let margin = model.base;
  for (const tree of model.trees) margin += tree.value[treePath(tree, row).at(-1)!]!;
  return margin;
}

export function predictBoosted(model: BoostedModel, row: readonly number[]): number {
  return sigmoid(boostedMargin(model, row));
}

/**
 * Per-column contributions to the log-odds (Saabas): each split on a path credits its feature with the change in
 * node value. `bias + Σ contributions` equals the margin exactly.
 */
export function boostedContributions(
  model: BoostedModel,
  row: readonly number[],
): { bias: number; contributions: number[] } {
  const contributions = new Array<number>(row.length).fill(0);
  let bias = model.base;
  for (const tree of model.trees) {
    const path = treePath(tree, row);
    bias += tree.value[0]!;
    for (let k = 1; k < path.length; k++) {
      const parent = path[k - 1]!;
      contributions[tree.feature[parent]!]! += tree.value[path[k]!]! - tree.value[parent]!;
    }
  }
  return { bias, contributions };
}
