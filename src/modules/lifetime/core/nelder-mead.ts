/**
 * Nelder–Mead simplex minimization (standard coefficients: reflect 1, expand 2, contract ½, shrink ½). Small
 * fits such as the sBG's two parameters need no gradient; the npm packages that offer it are untyped and
 * unmaintained, so this is the 40 lines written out.
 */
export function minimize(
  f: (x: number[]) => number,
  start: readonly number[],
  { tolerance = 1e-10, maxIterations = 2000, step = 0.5 } = {},
): { x: number[]; value: number; iterations: number } {
  const n = start.length;
  let simplex = [start.slice(), ...start.map((_, i) => start.map((v, j) => (i === j ? v + step : v)))].map((x) => ({
    x,
    value: f(x),
  }));
  let iterations = 0;
  const along = (from: number[], to: number[], t: number) => from.map((v, j) => v + t * (to[j]! - v));
  for (; iterations < maxIterations; iterations++) {
    simplex.sort((a, b) => a.value - b.value);
    const best = simplex[0]!;
    const worst = simplex[n]!;
    if (Math.abs(worst.value - best.value) <= tolerance * (Math.abs(best.value) + tolerance)) break;
    const centroid = start.map((_, j) => simplex.slice(0, n).reduce((s, p) => s + p.x[j]!, 0) / n);
    const reflected = along(centroid, worst.x, -1);
    const fr = f(reflected);
    if (fr < best.value) {
      const expanded = along(centroid, worst.x, -2);
      const fe = f(expanded);
      simplex[n] = fe < fr ? { x: expanded, value: fe } : { x: reflected, value: fr };
    } else if (fr < simplex[n - 1]!.value) {
      simplex[n] = { x: reflected, value: fr };
    } else {
      const contracted = fr < worst.value ? along(centroid, reflected, 0.5) : along(centroid, worst.x, 0.5);
      const fc = f(contracted);
      if (fc < Math.min(fr, worst.value)) simplex[n] = { x: contracted, value: fc };
      else
        simplex = simplex.map((p, i) =>
          i === 0 ? p : { x: along(best.x, p.x, 0.5), value: f(along(best.x, p.x, 0.5)) },
        );
    }
  }
  simplex.sort((a, b) => a.value - b.value);
  return { x: simplex[0]!.x, value: simplex[0]!.value, iterations };
}
