import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  allows,
  mayAssignRole,
  RESOURCE_OF,
  RESOURCES,
  ROLE_GRANTS,
  type Role,
  requiredPermission,
  resourceOfPath,
} from './permissions.ts';

test('the resource of a route is its first /v1 path segment, through one table', () => {
  const cases: [string, string | undefined][] = [
    ['/v1/customers', 'customers'],
    ['/v1/customers/cus_1/discounts?limit=3', 'customers'],
    ['/v1/products/prod_1', 'catalog'],
    ['/v1/prices?active=true', 'catalog'],
    ['/v1/credit_notes/cn_1/void', 'invoices'],
    ['/v1/refunds', 'refunds'],
    ['/v1/test_helpers/test_clocks/clock_1', 'test_clocks'],
    ['/v1/metrics/mrr', 'analytics'],
    ['/v1/api_keys', 'api_keys'],
    ['/v1/audit_log', 'audit_log'],
    ['/v1/constructor', undefined],
    ['/v1/nothing_here', undefined],
    ['/pay/tok_1', undefined],
    ['/v1', undefined],
  ];
  for (const [url, resource] of cases) assert.equal(resourceOfPath(url), resource, url);
  for (const resource of Object.values(RESOURCE_OF)) assert.ok(RESOURCES.includes(resource));
});

test('each role may do what the permission table says, and no more', () => {
  const cases: [Role, string, string, boolean][] = [
    ['owner', 'POST', '/v1/operators', true],
    ['admin', 'DELETE', '/v1/products/prod_1', true],
    ['support', 'GET', '/v1/customers/cus_1', true],
    ['support', 'GET', '/v1/invoices', true],
    ['support', 'GET', '/v1/payments', true],
    ['support', 'POST', '/v1/refunds', true],
    ['support', 'POST', '/v1/products', false],
    ['support', 'POST', '/v1/prices/price_1', false],
    ['support', 'POST', '/v1/coupons', false],
    ['support', 'POST', '/v1/customers/cus_1', false],
    ['support', 'GET', '/v1/api_keys', false],
    ['support', 'GET', '/v1/operators', false],
    ['analyst', 'GET', '/v1/metrics/mrr', true],
    ['analyst', 'GET', '/v1/segments/seg_1/members', true],
    ['analyst', 'POST', '/v1/segments', false],
    ['analyst', 'POST', '/v1/refunds', false],
    ['read_only', 'GET', '/v1/webhook_endpoints', true],
    ['read_only', 'GET', '/v1/audit_log', true],
    ['read_only', 'GET', '/v1/api_keys', false],
    ['read_only', 'POST', '/v1/customers', false],
    ['billing', 'POST', '/v1/prices', true],
    ['billing', 'POST', '/v1/operators', false],
    ['reseller', 'POST', '/v1/lines', true],
    ['reseller', 'POST', '/v1/streams', false],
    ['reseller', 'GET', '/v1/metrics/mrr', false],
  ];
  for (const [role, method, url, allowed] of cases) {
    const need = requiredPermission(method, url)!;
    assert.equal(allows(ROLE_GRANTS[role], need.resource, need.access), allowed, `${role} ${method} ${url}`);
  }
});

test('write implies read, and an absent grant refuses both', () => {
  assert.equal(allows({ customers: 'write' }, 'customers', 'read'), true);
  assert.equal(allows({ customers: 'read' }, 'customers', 'write'), false);
  assert.equal(allows({}, 'customers', 'read'), false);
});

test('only an owner makes an owner; an admin assigns the other roles; no one else assigns any', () => {
  assert.equal(mayAssignRole('owner', 'owner'), true);
  assert.equal(mayAssignRole('admin', 'owner'), false);
  assert.equal(mayAssignRole('admin', 'support'), true);
  assert.equal(mayAssignRole('billing', 'support'), false);
});
