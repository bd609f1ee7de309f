/**
 * Request counts and latency by route, recorded with a map lookup and an array increment per request.
 *
 * prom-client's Counter and Histogram validate and hash their label object and build closures on every call,
 * which cost several µs per request in bench/api.ts. Here the few (method, route) series are kept as plain
 * counters, and turned into Prometheus' shape only when /metrics is scraped: the objects below are what
 * prom-client's Registry asks a metric for (`name`, `help`, `type`, `get()`).
 */

type Series = { method: string; route: string; statuses: Map<number, number>; buckets: number[]; sum: number };
type Value = { value: number; labels: Record<string, string | number>; metricName?: string };
type CollectedMetric = {
  name: string;
  help: string;
  type: 'counter' | 'histogram';
  aggregator: 'sum';
  get(): Promise<{ name: string; help: string; type: string; aggregator: 'sum'; values: Value[] }>;
  reset(): void;
};

export class RequestMetrics {
  // By method, then by route pattern: both strings are the same objects request after request, so their hashes
  // are already known, where a `${method} ${route}` key would be built and hashed per request.
  private readonly byMethod = new Map<string, Map<string, Series>>();
  private readonly bounds: readonly number[];
  readonly requests: CollectedMetric;
  readonly latency: CollectedMetric;

  constructor(names: { requests: string; latency: string }, bounds: readonly number[]) {
    this.bounds = bounds;
    this.requests = this.metric(names.requests, 'HTTP requests by method, route pattern and status', 'counter', () =>
      this.allSeries().flatMap((s) =>
        [...s.statuses].map(([status, value]) => ({
          value,
          labels: { method: s.method, route: s.route, status: String(status) },
        })),
      ),
    );
    this.latency = this.metric(names.latency, 'HTTP request latency by method and route pattern', 'histogram', () =>
      this.allSeries().flatMap((s) => this.histogramValues(names.latency, s)),
    );
  }

  record(method: string, route: string, status: number, seconds: number): void {
    let routes = this.byMethod.get(method);
    if (!routes) {
      routes = new Map();
      this.byMethod.set(method, routes);
    }
    let s = routes.get(route);
    if (!s) {
      s = { method, route, statuses: new Map(), buckets: new Array(this.bounds.length).fill(0), sum: 0 };
      routes.set(route, s);
    }
    s.statuses.set(status, (s.statuses.get(status) ?? 0) + 1);
    s.sum += seconds;
    const bounds = this.bounds;
    let i = 0;
    while (i < bounds.length && seconds > bounds[i]!) i++;
    if (i < bounds.length) s.buckets[i]!++;
  }

  private allSeries(): Series[] {
    return [...this.byMethod.values()].flatMap((routes) => [...routes.values()]);
  }

  private histogramValues(name: string, s: Series): Value[] {
    const labels = { method: s.method, route: s.route };
    let count = 0;
    for (const n of s.statuses.values()) count += n;
    let cumulative = 0;
    const values: Value[] = this.bounds.map((le, i) => {
      cumulative += s.buckets[i]!;
      return { value: cumulative, labels: { le, ...labels }, metricName: `${name}_bucket` };
    });
    values.push({ value: count, labels: { le: '+Inf', ...labels }, metricName: `${name}_bucket` });
    values.push({ value: s.sum, labels, metricName: `${name}_sum` });
    values.push({ value: count, labels, metricName: `${name}_count` });
    return values;
  }

  private metric(name: string, help: string, type: 'counter' | 'histogram', values: () => Value[]): CollectedMetric {
    return {
      name,
      help,
      type,
      aggregator: 'sum',
      get: async () => ({ name, help, type, aggregator: 'sum', values: values() }),
      reset: () => this.byMethod.clear(),
    };
  }
}
