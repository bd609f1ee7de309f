import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EVENT_PATTERN, eventFilter, matchesEvent } from './event-filter.ts';

test('enabled_events match exact types, families and everything', () => {
  const cases: [string[], string, boolean][] = [
    [['*'], 'customer.created', true],
    [['customer.created'], 'customer.created', true],
    [['customer.created'], 'customer.updated', false],
    [['customer.*'], 'customer.updated', true],
    [['customer.*'], 'customer', false],
    [['customer.*'], 'customers.created', false],
    [['invoice.*'], 'invoice.payment.failed', true],
    [['test_helpers.*'], 'test_helpers.test_clock.ready', true],
    [['price.created', 'product.*'], 'product.deleted', true],
    [['price.created', 'product.*'], 'price.updated', false],
    [[], 'customer.created', false],
  ];
  for (const [patterns, type, expected] of cases)
    assert.equal(matchesEvent(patterns, type), expected, `${patterns.join(',')} ~ ${type}`);
});

test('a filter splits into exact types and prefixes (the form the fan-out query uses)', () => {
  assert.deepEqual(eventFilter(['a.b', 'c.*', '*']), { all: true, types: ['a.b'], prefixes: ['c.'] });
});

test('the accepted syntax', () => {
  const pattern = new RegExp(EVENT_PATTERN);
  const ok = ['*', 'customer.created', 'invoice.*', 'test_helpers.test_clock.ready', 'webhook_endpoint.disabled'];
  const bad = ['', 'customer.*x', 'customer*', '*.created', 'Customer.created', 'customer..created', 'a.*.b'];
  for (const value of ok) assert.ok(pattern.test(value), value);
  for (const value of bad) assert.ok(!pattern.test(value), value);
});
