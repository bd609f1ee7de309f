import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Metric, Registry } from 'prom-client';
import { RequestMetrics } from './request-metrics.ts';

async function scrape(record: (m: RequestMetrics) => void): Promise<string[]> {
  const metrics = new RequestMetrics({ requests: 'req_total', latency: 'lat_seconds' }, [0.01, 0.1, 1]);
  record(metrics);
  const registry = new Registry();
  registry.registerMetric(metrics.requests as unknown as Metric);
  registry.registerMetric(metrics.latency as unknown as Metric);
  return (await registry.metrics()).split('\n').filter((line) => line && !line.startsWith('#'));
}

test('counts by status and cumulative latency buckets, in the text format Prometheus reads', async () => {
  const lines = await scrape((m) => {
    m.record('GET', '/v1/customers/:id', 200, 0.004);
    m.record('GET', '/v1/customers/:id', 200, 0.01); // on a bound: counted in it (le = "less or equal")
    m.record('GET', '/v1/customers/:id', 404, 0.05);
    m.record('GET', '/v1/customers/:id', 200, 3); // beyond the last bound: only in +Inf
    m.record('POST', '/v1/customers', 200, 0.2);
  });
  assert.deepEqual(lines, [
    'req_total{method="GET",route="/v1/customers/:id",status="200"} 3',
    'req_total{method="GET",route="/v1/customers/:id",status="404"} 1',
    'req_total{method="POST",route="/v1/customers",status="200"} 1',
    'lat_seconds_bucket{le="0.01",method="GET",route="/v1/customers/:id"} 2',
    'lat_seconds_bucket{le="0.1",method="GET",route="/v1/customers/:id"} 3',
    'lat_seconds_bucket{le="1",method="GET",route="/v1/customers/:id"} 3',
    'lat_seconds_bucket{le="+Inf",method="GET",route="/v1/customers/:id"} 4',
    'lat_seconds_sum{method="GET",route="/v1/customers/:id"} 3.064',
    'lat_seconds_count{method="GET",route="/v1/customers/:id"} 4',
    'lat_seconds_bucket{le="0.01",method="POST",route="/v1/customers"} 0',
    'lat_seconds_bucket{le="0.1",method="POST",route="/v1/customers"} 0',
    'lat_seconds_bucket{le="1",method="POST",route="/v1/customers"} 1',
    'lat_seconds_bucket{le="+Inf",method="POST",route="/v1/customers"} 1',
    'lat_seconds_sum{method="POST",route="/v1/customers"} 0.2',
    'lat_seconds_count{method="POST",route="/v1/customers"} 1',
  ]);
});

test('nothing recorded: the metrics are still declared, with no series', async () => {
  assert.deepEqual(await scrape(() => undefined), []);
});
