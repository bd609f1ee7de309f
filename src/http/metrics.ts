import type { FastifyInstance } from 'fastify';
import { Gauge, type Metric, Registry } from 'prom-client';
import type { AppContext } from '../context.ts';
import { consumerBacklog } from '../events/index.ts';
import { toDate } from '../kernel/clock.ts';
import { advancingClockCount } from '../modules/test-clocks/index.ts';
import type { Worker } from '../worker/index.ts';
import { RequestMetrics } from './request-metrics.ts';

/** Prometheus metrics: request counts and latency by route, worker lag and due-work backlog. */
export function registerMetrics(app: FastifyInstance, ctx: AppContext, worker: Worker | undefined): void {
  const registry = new Registry();
  const http = new RequestMetrics(
    { requests: 'tenure_http_requests_total', latency: 'tenure_http_request_duration_seconds' },
    [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  );
  registry.registerMetric(http.requests as unknown as Metric);
  registry.registerMetric(http.latency as unknown as Metric);
  new Gauge({
    name: 'tenure_due_work_backlog',
    help: 'Items of due work waiting (by source), and test clocks advancing',
    labelNames: ['source'],
    registers: [registry],
    async collect() {
      this.set({ source: 'test_clocks' }, await advancingClockCount(ctx));
      const now = toDate(ctx.clock.now());
      for (const source of worker?.sources ?? [])
        this.set({ source: source.name }, (await source.backlog(ctx, now)).count);
    },
  });
  new Gauge({
    name: 'tenure_outbox_backlog',
    help: 'Events written to the outbox that each consumer has not read yet',
    labelNames: ['consumer'],
    registers: [registry],
    async collect() {
      for (const consumer of (worker?.sources ?? []).flatMap((source) => source.consumers ?? []))
        this.set({ consumer: consumer.name }, (await consumerBacklog(ctx.db, consumer)).count);
    },
  });
  new Gauge({
    name: 'tenure_worker_lag_seconds',
    help: 'Age of the oldest due work item not yet run (0 when nothing is due)',
    registers: [registry],
    async collect() {
      const now = toDate(ctx.clock.now());
      let oldest = now;
      for (const source of worker?.sources ?? []) {
        const due = (await source.backlog(ctx, now)).oldest;
        if (due && due < oldest) oldest = due;
      }
      this.set((now.getTime() - oldest.getTime()) / 1000);
    },
  });
  new Gauge({
    name: 'tenure_worker_last_tick_age_seconds',
    help: 'Seconds since the worker last finished a pass (-1 before the first); on an idle PGlite server up to TENURE_WORKER_IDLE_POLL_MS',
    registers: [registry],
    collect() {
      const last = worker?.lastTickAt;
      this.set(last ? (ctx.clock.now().epochMilliseconds - last.getTime()) / 1000 : -1);
    },
  });

  app.addHook('onResponse', (req, reply, done) => {
    http.record(req.method, req.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
    done();
  });
  app.get('/metrics', { schema: { hide: true } }, async (_req, reply) => {
    reply.type(registry.contentType);
    return registry.metrics();
  });
}
