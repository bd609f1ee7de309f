/** A seeded random source, so a demo run with the same seed builds the same provider. */
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0 || 1;
  }

  /** Uniform in [0, 1) (mulberry32). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Picks by weight: [['br', 5], ['pt', 2]]. */
  pick<T>(weighted: readonly (readonly [T, number])[]): T {
    const total = weighted.reduce((a, [, w]) => a + w, 0);
    let r = this.next() * total;
    for (const [value, w] of weighted) {
      r -= w;
      if (r < 0) return value;
    }
    return weighted.at(-1)![0];
  }

  /** Log-normal around `median` (viewing hours are skewed: a few watch a lot). */
  logNormal(median: number, sigma: number): number {
    const u = Math.max(this.next(), 1e-12);
    const v = this.next();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return median * Math.exp(sigma * z);
  }
}
