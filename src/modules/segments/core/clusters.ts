/**
 * Personas by k-means: numeric features are standardized (z-scores) so no unit dominates, centers start by
 * k-means++ from a seed (ml-kmeans), and k, when not given, is the one of 2–10 with the best mean silhouette.
 * Pure and deterministic for a seed; silhouettes are computed on a seeded sample because they cost O(n²).
 */
import { kmeans } from 'ml-kmeans';

export type ClusterOptions = {
  features: readonly string[];
  /** One row per customer, values in the order of `features`. */
  rows: readonly { id: string; values: readonly number[] }[];
  k?: number;
  seed?: number;
  kRange?: readonly [number, number];
  /** Points used to score each candidate k (the k search also fits on a sample of 5× this many). */
  silhouetteSample?: number;
};

export type ClusterDescription = {
  index: number;
  size: number;
  /** Feature means of the members, in the features' own units. */
  centroid: Record<string, number>;
  /** Features whose member mean is furthest from everyone's mean, in standard deviations, biggest first. */
  distinguishing: { feature: string; z: number; direction: 'higher' | 'lower' }[];
};

export type ClusterResult = {
  k: number;
  /** Mean silhouette for each k tried (empty when k was given). */
  silhouettes: { k: number; score: number }[];
  clusters: ClusterDescription[];
  assignments: Map<string, number>;
};

/** A small seeded generator (mulberry32): the same seed gives the same sample on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Z-scores per column; a constant column gets sd 1 so it stays 0 instead of dividing by zero. */
export function standardize(data: readonly (readonly number[])[]) {
  const d = data[0]?.length ?? 0;
  const means = new Array<number>(d).fill(0);
  const sds = new Array<number>(d).fill(0);
  for (const row of data) for (let j = 0; j < d; j++) means[j]! += row[j]! / data.length;
  for (const row of data) for (let j = 0; j < d; j++) sds[j]! += (row[j]! - means[j]!) ** 2 / data.length;
  for (let j = 0; j < d; j++) sds[j] = Math.sqrt(sds[j]!) || 1;
  const z = data.map((row) => row.map((v, j) => (v - means[j]!) / sds[j]!));
  return { z, means, sds };
}

const distance = (p: readonly number[], q: readonly number[]) => {
  let s = 0;
  for (let j = 0; j < p.length; j++) s += (p[j]! - q[j]!) ** 2;
  return Math.sqrt(s);
};

/** Mean silhouette (Rousseeuw 1987): (b − a) / max(a, b) per point, 0 for a point alone in its cluster. */
export function silhouette(points: readonly (readonly number[])[], labels: readonly number[], k: number): number {
  if (points.length < 2) return 0;
  let total = 0;
  const sums = new Array<number>(k);
  const counts = new Array<number>(k).fill(0);
  for (const l of labels) counts[l]!++;
  for (let i = 0; i < points.length; i++) {
    sums.fill(0);
    for (let j = 0; j < points.length; j++) if (j !== i) sums[labels[j]!]! += distance(points[i]!, points[j]!);
    const own = labels[i]!;
    if (counts[own]! < 2) continue;
    const a = sums[own]! / (counts[own]! - 1);
    let b = Number.POSITIVE_INFINITY;
    for (let c = 0; c < k; c++) if (c !== own && counts[c]! > 0) b = Math.min(b, sums[c]! / counts[c]!);
    if (Number.isFinite(b)) total += (b - a) / Math.max(a, b);
  }
  return total / points.length;
}

function sample<T>(items: readonly T[], size: number, random: () => number): T[] {
  if (items.length <= size) return [...items];
  const copy = [...items];
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, size);
}

const fit = (z: number[][], k: number, seed: number) =>
  kmeans(z, k, { seed, initialization: 'kmeans++', maxIterations: 100 }).clusters;

/** The k of the range whose clustering of a sample has the highest mean silhouette (the smaller k on a tie). */
export function chooseK(z: number[][], seed: number, [kMin, kMax]: readonly [number, number], sampleSize: number) {
  const fitSet = sample(z, sampleSize * 5, seededRandom(seed));
  const random = seededRandom(seed + 1);
  const scored = sample(
    fitSet.map((_, i) => i),
    sampleSize,
    random,
  );
  const silhouettes: { k: number; score: number }[] = [];
  for (let k = kMin; k <= Math.min(kMax, fitSet.length - 1); k++) {
    const labels = fit(fitSet, k, seed);
    const score = silhouette(
      scored.map((i) => fitSet[i]!),
      scored.map((i) => labels[i]!),
      k,
    );
    silhouettes.push({ k, score });
  }
  const best = silhouettes.reduce((a, b) => (b.score > a.score ? b : a));
  return { k: best.k, silhouettes };
}

/** Clusters customers on the chosen features and describes each cluster in the features' own units. */
export function clusterCustomers(options: ClusterOptions): ClusterResult {
  const { features, rows, seed = 42, kRange = [2, 10], silhouetteSample = 2000 } = options;
  const { z } = standardize(rows.map((r) => r.values));
  const chosen = options.k ? { k: options.k, silhouettes: [] } : chooseK(z, seed, kRange, silhouetteSample);
  const raw = fit(z, chosen.k, seed);
  // ml-kmeans numbers clusters in the order its centers were drawn; number them by size, then first member,
  // so a cluster's index says something and stays put for the same data and seed.
  const sizes = new Array<number>(chosen.k).fill(0);
  const first = new Array<number>(chosen.k).fill(Number.POSITIVE_INFINITY);
  for (const [i, c] of raw.entries()) {
    sizes[c]!++;
    first[c] = Math.min(first[c]!, i);
  }
  const order = sizes.map((_, c) => c).sort((a, b) => sizes[b]! - sizes[a]! || first[a]! - first[b]!);
  const renumber = new Map(order.map((c, index) => [c, index]));
  const labels = raw.map((c) => renumber.get(c)!);
  return {
    k: chosen.k,
    silhouettes: chosen.silhouettes,
    clusters: describe(features, rows, z, labels, chosen.k),
    assignments: new Map(rows.map((r, i) => [r.id, labels[i]!])),
  };
}

function describe(
  features: readonly string[],
  rows: ClusterOptions['rows'],
  z: number[][],
  labels: number[],
  k: number,
): ClusterDescription[] {
  const d = features.length;
  const sums = Array.from({ length: k }, () => new Array<number>(d).fill(0));
  const zSums = Array.from({ length: k }, () => new Array<number>(d).fill(0));
  const sizes = new Array<number>(k).fill(0);
  for (const [i, c] of labels.entries()) {
    sizes[c]!++;
    for (let j = 0; j < d; j++) {
      sums[c]![j]! += rows[i]!.values[j]!;
      zSums[c]![j]! += z[i]![j]!;
    }
  }
  return sizes.map((size, c) => {
    const centroid = Object.fromEntries(features.map((f, j) => [f, size ? sums[c]![j]! / size : 0]));
    const distinguishing = features
      .map((feature, j) => {
        const zMean = size ? zSums[c]![j]! / size : 0;
        return {
          feature,
          z: Math.round(zMean * 1000) / 1000,
          direction: zMean >= 0 ? ('higher' as const) : ('lower' as const),
        };
      })
      .sort((a, b) => Math.abs(b.z) - Math.abs(a.z))
      .slice(0, 3);
    return { index: c, size, centroid, distinguishing };
  });
}
