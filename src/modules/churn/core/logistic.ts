/** An L2-regularised logistic regression over standardised columns; `weights[j]` is per standard deviation. */
export interface LogisticModel {
  kind: 'logistic';
  intercept: number;
  weights: number[];
}

export interface LogisticOptions {
  /** Penalty λ in Σ log-loss + λ/2 · ‖w‖² (the intercept is not penalised); 1 matches scikit-learn's C = 1. */
  l2?: number;
  maxIterations?: number;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Solves A x = b for a symmetric positive-definite A by Cholesky (A = L Lᵀ). */
export function solveSpd(a: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i]![j]!;
      for (let k = 0; k < j; k++) sum -= l[i]![k]! * l[j]![k]!;
      if (i === j) {
        if (sum <= 0) throw new RangeError('matrix is not positive definite');
        l[i]![i] = Math.sqrt(sum);
      } else l[i]![j] = sum / l[j]![j]!;
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i]![k]! * y[k]!;
    y[i] = sum / l[i]![i]!;
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < n; k++) sum -= l[k]![i]! * x[k]!;
    x[i] = sum / l[i]![i]!;
  }
  return x;
}

/**
 * Fits by Newton–Raphson (iteratively reweighted least squares): the penalised log-likelihood is strictly concave,
 * so a few exact steps reach the optimum with no learning rate to tune, unlike fixed-step gradient descent.
 */
export function fitLogistic(
  rows: readonly (readonly number[])[],
  labels: readonly (0 | 1)[],
  options: LogisticOptions = {},
): LogisticModel {
  const { l2 = 1, maxIterations = 50 } = options;
  const d = (rows[0]?.length ?? 0) + 1;
  // Column 0 is the intercept.
  let beta = new Array<number>(d).fill(0);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const gradient = beta.map((b, j) => (j === 0 ? 0 : l2 * b));
    const hessian = Array.from({ length: d }, (_, i) =>
      Array.from({ length: d }, (_, j) => (i === j && i > 0 ? l2 : 0)),
    );
    rows.forEach((row, r) => {
      const x = [1, ...row];
      const p = sigmoid(x.reduce((a, v, j) => a + v * beta[j]!, 0));
      const w = Math.max(p * (1 - p), 1e-12);
      for (let i = 0; i < d; i++) {
        gradient[i]! += (p - labels[r]!) * x[i]!;
        const hi = hessian[i]!;
        for (let j = 0; j <= i; j++) hi[j]! += w * x[i]! * x[j]!;
      }
    });
    for (let i = 0; i < d; i++) for (let j = i + 1; j < d; j++) hessian[i]![j] = hessian[j]![i]!;
    const step = solveSpd(hessian, gradient);
    beta = beta.map((b, j) => b - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return { kind: 'logistic', intercept: beta[0]!, weights: beta.slice(1) };
}

/** Per-column contributions to the log-odds: weight × standardised value (0 at the training mean). */
export function logisticContributions(model: LogisticModel, standardised: readonly number[]): number[] {
  return model.weights.map((w, j) => w * standardised[j]!);
}

/** Probability of the positive class for one standardised row. */
export function predictLogistic(model: LogisticModel, standardised: readonly number[]): number {
  return sigmoid(model.intercept + logisticContributions(model, standardised).reduce((a, v) => a + v, 0));
}
