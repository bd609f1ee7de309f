import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { type Harness, startHarness } from '../helpers/harness.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

test('/openapi.json is a valid OpenAPI 3.1 document covering every /v1 route', async () => {
  const response = await h.call('GET', '/openapi.json', { key: '' });
  assert.equal(response.statusCode, 200);
  const spec = response.json();
  assert.equal(spec.openapi, '3.1.0');
  const result = await new Validator().validate(spec);
  assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
  const documented = new Set(Object.keys(spec.paths));
  const routes = h.app.printRoutes({ commonPrefix: false });
  for (const path of [
    '/v1/customers',
    '/v1/customers/{id}',
    '/v1/prices',
    '/v1/test_clocks/{id}/advance',
    '/v1/events',
    '/v1/tax_rates',
  ]) {
    assert.ok(documented.has(path), `${path} documented`);
  }
  assert.ok(routes.includes('/v1/customers'));
  for (const [path, methods] of Object.entries(spec.paths as Record<string, Record<string, any>>)) {
    for (const [method, op] of Object.entries(methods)) {
      assert.ok(op.operationId, `${method} ${path} has an operationId`);
      assert.ok(op.responses['4XX'] ?? op.responses['4xx'], `${method} ${path} documents its problem responses`);
    }
  }
  assert.ok(spec.components.schemas.Customer && spec.components.schemas.Problem && spec.components.schemas.Price);
});

test('/docs is a readable reference generated from the document', async () => {
  const response = await h.call('GET', '/docs', { key: '' });
  assert.equal(response.statusCode, 200);
  assert.match(String(response.headers['content-type']), /text\/html/);
  assert.match(response.body, /Create a customer/);
  assert.match(response.body, /<code>\/v1\/test_clocks\/\{id\}\/advance<\/code>/);
  assert.match(response.body, /id="error-parameter_unknown"/);
  // The event catalogue: every type an event can have, with its description.
  assert.match(response.body, /id="event-invoice\.payment_failed"/);
  assert.match(response.body, /id="event-customer\.subscription\.created"/);
});

test('health, readiness and metrics', async () => {
  assert.equal((await h.call('GET', '/healthz', { key: '' })).json().status, 'ok');
  const ready = (await h.call('GET', '/readyz', { key: '' })).json();
  assert.equal(ready.status, 'ready');
  assert.equal(ready.engine, h.database.engine);
  await h.call('GET', '/v1/customers');
  const metrics = (await h.call('GET', '/metrics', { key: '' })).body;
  assert.match(metrics, /tenure_http_requests_total\{method="GET",route="\/v1\/customers",status="200"\} \d+/);
  assert.match(
    metrics,
    /tenure_http_request_duration_seconds_bucket\{le="0\.005",method="GET",route="\/v1\/customers"\}/,
  );
  assert.match(metrics, /tenure_due_work_backlog\{source="test_clocks"\} 0/);
  assert.match(metrics, /tenure_worker_lag_seconds 0/);
});
