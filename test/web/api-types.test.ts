import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { schemaToTs } from '../../scripts/lib/openapi-to-ts.ts';
import { API_TYPES_FILE, generateApiTypes } from '../../scripts/web-api-types.ts';

test('the web client types are generated from the served /openapi.json (npm run web:types when this fails)', async () => {
  assert.ok(
    readFileSync(API_TYPES_FILE, 'utf8') === (await generateApiTypes()),
    'web/shared/api-types.gen.ts is stale',
  );
});

const cases: [string, Parameters<typeof schemaToTs>[0], string][] = [
  ['a reference', { $ref: '#/components/schemas/Customer' }, 'components[\'schemas\']["Customer"]'],
  ['a nullable string', { type: ['string', 'null'] }, 'string | null'],
  ['an enum', { type: 'string', enum: ['a', 'b'] }, '"a" | "b"'],
  ['a const', { const: 'list' }, '"list"'],
  ['an array of integers', { type: 'array', items: { type: 'integer' } }, 'Array<number>'],
  ['a free object', { type: 'object' }, 'Record<string, unknown>'],
  ['a closed empty object', { type: 'object', additionalProperties: false }, 'Record<string, never>'],
  ['a map', { type: 'object', additionalProperties: { type: 'string' } }, '{\n  [key: string]: string;\n}'],
  [
    'required and optional fields',
    { type: 'object', properties: { id: { type: 'string' }, 'x-y': { type: 'boolean' } }, required: ['id'] },
    '{\n  id: string;\n  "x-y"?: boolean;\n}',
  ],
  ['anyOf', { anyOf: [{ type: 'string' }, { type: 'integer' }] }, 'string | number'],
  ['no schema', undefined, 'unknown'],
];
for (const [name, schema, expected] of cases) {
  test(`schemaToTs: ${name}`, () => assert.equal(schemaToTs(schema), expected));
}
