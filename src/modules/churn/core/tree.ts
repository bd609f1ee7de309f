import type { BinnedMatrix } from './bins.ts';

/**
 * A regression tree in flat arrays. `value[n]` is the (shrunken) Newton value of every node, internal ones too, so
 * a prediction can be split into per-feature contributions along its path (Saabas); leaves have feature −1.
 */
export interface Tree {
  feature: number[];
  threshold: number[];
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

const score = (g: number, h: number, lambda: number) => (g * g) / (h + lambda);

/** The best split of `rows` over `columns` by second-order gain; null when no split gains or fits the weights. */
function bestSplit(
  data: BinnedMatrix,
  rows: readonly number[],
  columns: readonly number[],
  grad: Float64Array,
  hess: Float64Array,
  options: TreeOptions,
): Split | null {
  let best: Split | null = null;
  let gSum = 0;
  let hSum = 0;
  for (const i of rows) {
    gSum += grad[i]!;
    hSum += hess[i]!;
  }
  const parent = score(gSum, hSum, options.lambda);
  for (const j of columns) {
    const binCount = data.thresholds[j]!.length + 1;
    if (binCount < 2) continue;
    const gHist = new Float64Array(binCount);
    const hHist = new Float64Array(binCount);
    const column = data.bins[j]!;
    for (const i of rows) {
      gHist[column[i]!]! += grad[i]!;
      hHist[column[i]!]! += hess[i]!;
    }
    let gLeft = 0;
    let hLeft = 0;
    for (let b = 0; b < binCount - 1; b++) {
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
 * `gains[feature]` (the feature importance).
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
  const tree: Tree = { feature: [], threshold: [], left: [], right: [], value: [] };
  const grow = (members: readonly number[], depth: number): number => {
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
    tree.left.push(-1);
    tree.right.push(-1);
    const split = depth < options.maxDepth ? bestSplit(data, members, columns, grad, hess, options) : null;
    if (!split) return node;
    gains[split.feature]! += split.gain;
    const column = data.bins[split.feature]!;
    tree.feature[node] = split.feature;
    tree.threshold[node] = data.thresholds[split.feature]![split.bin]!;
    tree.left[node] = grow(
      members.filter((i) => column[i]! <= split.bin),
      depth + 1,
    );
    tree.right[node] = grow(
      members.filter((i) => column[i]! > split.bin),
      depth + 1,
    );
    return node;
  };
  grow(rows, 0);
  return tree;
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
