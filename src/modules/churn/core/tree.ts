import type { BinnedMatrix } from './bins.ts';

/**
 * A regression tree in flat arrays. `value[n]` is the (shrunken) Newton value of every node, internal ones too, so
 * a prediction can be split into per-feature contributions along its path (Saabas); leaves have feature −1.
 */
export interface Tree {
  feature: number[];
  threshold: number[];
  /** The split's bin in the training data (−1 at leaves). */
  bin: number[];
  left: number[];
  right: number[];
  value: number[];
}

export interface TreeOptions {
  maxDepth: number;
  /** L2 penalty on leaf values (XGBoost's λ). */
  lambda: number;
  /** Smallest hessian sum a child may have (XGBoost's min_child_weight). */
  minChildWeight: number;
  learningRate: number;
}

interface Split {
  feature: number;
  bin: number;
  gain: number;
}

/** Per-column gradient and hessian sums by bin for one node's rows (indexed like `data.bins`). */
type Histograms = { g: Float64Array[]; h: Float64Array[] };

const score = (g: number, h: number, lambda: number) => (g * g) / (h + lambda);

function histograms(
  data: BinnedMatrix,
  rows: readonly number[],
  columns: readonly number[],
  grad: Float64Array,
  hess: Float64Array,
): Histograms {
  const out: Histograms = { g: [], h: [] };
  for (const j of columns) {
    const gHist = new Float64Array(data.thresholds[j]!.length + 1);
    const hHist = new Float64Array(gHist.length);
    const column = data.bins[j]!;
    for (const i of rows) {
      gHist[column[i]!]! += grad[i]!;
      hHist[column[i]!]! += hess[i]!;
    }
    out.g[j] = gHist;
    out.h[j] = hHist;
  }
  return out;
}

/** The larger child's histograms as parent minus the smaller child's: one pass over the smaller child only. */
function subtract(parent: Histograms, child: Histograms, columns: readonly number[]): Histograms {
  const out: Histograms = { g: [], h: [] };
  for (const j of columns) {
    out.g[j] = parent.g[j]!.map((v, b) => v - child.g[j]![b]!);
    out.h[j] = parent.h[j]!.map((v, b) => v - child.h[j]![b]!);
  }
  return out;
}

/** The best split by second-order gain over the node's histograms; null when no split gains or fits the weights. */
function bestSplit(
  hist: Histograms,
  columns: readonly number[],
  gSum: number,
  hSum: number,
  options: TreeOptions,
): Split | null {
  let best: Split | null = null;
  const parent = score(gSum, hSum, options.lambda);
  for (const j of columns) {
    const gHist = hist.g[j]!;
    const hHist = hist.h[j]!;
    let gLeft = 0;
    let hLeft = 0;
    for (let b = 0; b < gHist.length - 1; b++) {
      gLeft += gHist[b]!;
      hLeft += hHist[b]!;
      const hRight = hSum - hLeft;
      if (hLeft < options.minChildWeight || hRight < options.minChildWeight) continue;
      const gain = score(gLeft, hLeft, options.lambda) + score(gSum - gLeft, hRight, options.lambda) - parent;
      if (gain > 1e-12 && (!best || gain > best.gain)) best = { feature: j, bin: b, gain };
    }
  }
  return best;
}

/**
 * Grows one tree on gradients and hessians of the log-loss, depth-first to `maxDepth`. Adds each split's gain to
 * `gains[feature]` (the feature importance). `bin[n]` keeps each split's bin, so training rows can be routed by
 * their bins (x ≤ threshold ⟺ bin ≤ split bin).
 */
export function growTree(
  data: BinnedMatrix,
  rows: readonly number[],
  columns: readonly number[],
  grad: Float64Array,
  hess: Float64Array,
  options: TreeOptions,
  gains: number[],
): Tree {
  const tree: Tree = { feature: [], threshold: [], bin: [], left: [], right: [], value: [] };
  const grow = (members: readonly number[], depth: number, hist: Histograms | null): number => {
    const node = tree.value.length;
    let g = 0;
    let h = 0;
    for (const i of members) {
      g += grad[i]!;
      h += hess[i]!;
    }
    tree.value.push((-g / (h + options.lambda)) * options.learningRate);
    tree.feature.push(-1);
    tree.threshold.push(0);
    tree.bin.push(-1);
    tree.left.push(-1);
    tree.right.push(-1);
    if (depth >= options.maxDepth || members.length < 2) return node;
    const own = hist ?? histograms(data, members, columns, grad, hess);
    const split = bestSplit(own, columns, g, h, options);
    if (!split) return node;
    gains[split.feature]! += split.gain;
    const column = data.bins[split.feature]!;
    tree.feature[node] = split.feature;
    tree.threshold[node] = data.thresholds[split.feature]![split.bin]!;
    tree.bin[node] = split.bin;
    const left = members.filter((i) => column[i]! <= split.bin);
    const right = members.filter((i) => column[i]! > split.bin);
    // Children at the depth limit need no histograms.
    let leftHist: Histograms | null = null;
    let rightHist: Histograms | null = null;
    if (depth + 1 < options.maxDepth) {
      const smallerIsLeft = left.length <= right.length;
      const small = histograms(data, smallerIsLeft ? left : right, columns, grad, hess);
      const large = subtract(own, small, columns);
      [leftHist, rightHist] = smallerIsLeft ? [small, large] : [large, small];
    }
    tree.left[node] = grow(left, depth + 1, leftHist);
    tree.right[node] = grow(right, depth + 1, rightHist);
    return node;
  };
  grow(rows, 0, null);
  return tree;
}

/** The leaf of training row `i`, routed by its bins. */
export function leafOfBinned(tree: Tree, data: BinnedMatrix, i: number): number {
  let node = 0;
  while (tree.feature[node]! >= 0) {
    node = data.bins[tree.feature[node]!]![i]! <= tree.bin[node]! ? tree.left[node]! : tree.right[node]!;
  }
  return node;
}

/** Walks `row` (original units) to its leaf; `x <= threshold` goes left. Returns the visited nodes, root first. */
export function treePath(tree: Tree, row: readonly number[]): number[] {
  const path = [0];
  let node = 0;
  while (tree.feature[node]! >= 0) {
    node = row[tree.feature[node]!]! <= tree.threshold[node]! ? tree.left[node]! : tree.right[node]!;
    path.push(node);
  }
  return path;
}
