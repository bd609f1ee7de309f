import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedSchemas } from './index.ts';

// app.ts gives the list-URL hook only to routes that may return a list, and takes a response that refers to a
// shared schema for a single resource: that holds only while no shared schema is a list envelope.
test('no shared schema is a list envelope', () => {
  for (const schema of sharedSchemas) {
    const object = (schema as { properties?: { object?: { const?: unknown } } }).properties?.object;
    assert.notEqual(object?.const, 'list', `${(schema as { $id?: string }).$id} is a list`);
  }
});
