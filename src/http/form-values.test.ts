import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coerceFormValue } from './form-values.ts';
import { parseQuery } from './querystring.ts';

const shared: Record<string, Record<string, unknown>> = {
  Tier: { type: 'object', properties: { up_to: { anyOf: [{ type: 'integer' }, { type: 'string', const: 'inf' }] } } },
};
const resolve = (ref: string) => shared[ref.replace(/#$/, '')];

const schema = {
  type: 'object',
  properties: {
    quantity: { type: 'integer' },
    ratio: { type: 'number' },
    cancel_at_period_end: { type: 'boolean' },
    name: { type: 'string' },
    description: { type: ['string', 'null'] },
    trial_end: { anyOf: [{ type: 'integer' }, { type: 'string', const: 'now' }] },
    items: {
      type: 'array',
      items: { type: 'object', properties: { price: { type: 'string' }, quantity: { type: 'integer' } } },
    },
    tiers: { type: 'array', items: { $ref: 'Tier#' } },
    tax_rates: { type: 'array', items: { type: 'string' } },
    metadata: { type: 'object', additionalProperties: { type: ['string', 'null'] } },
    address: { type: ['object', 'null'], properties: { city: { type: ['string', 'null'] } } },
  },
};

const cases: [string, string, unknown][] = [
  ['integers', 'quantity=3', { quantity: 3 }],
  ['negative integers', 'quantity=-3', { quantity: -3 }],
  ['numbers', 'ratio=1.5', { ratio: 1.5 }],
  ['booleans', 'cancel_at_period_end=true', { cancel_at_period_end: true }],
  ['false', 'cancel_at_period_end=false', { cancel_at_period_end: false }],
  ['a string that looks like a number stays a string', 'name=42', { name: '42' }],
  ['not an integer: left for the validator', 'quantity=three', { quantity: 'three' }],
  ['not a boolean: left for the validator', 'cancel_at_period_end=yes', { cancel_at_period_end: 'yes' }],
  ['an empty string unsets a nullable field', 'description=', { description: null }],
  ['an empty string stays on a non-nullable string', 'name=', { name: '' }],
  ['an empty string empties a list', 'tax_rates=', { tax_rates: [] }],
  ['anyOf: the integer branch', 'trial_end=1735689600', { trial_end: 1735689600 }],
  ['anyOf: the const branch', 'trial_end=now', { trial_end: 'now' }],
  [
    'indexed arrays of objects, typed inside',
    'items[1][price]=b&items[0][price]=a&items[0][quantity]=2',
    { items: [{ price: 'a', quantity: 2 }, { price: 'b' }] },
  ],
  ['arrays without indices', 'tax_rates[]=txr_1&tax_rates[]=txr_2', { tax_rates: ['txr_1', 'txr_2'] }],
  ['one value where a list is expected', 'tax_rates=txr_1', { tax_rates: ['txr_1'] }],
  ['refs are followed', 'tiers[0][up_to]=10&tiers[1][up_to]=inf', { tiers: [{ up_to: 10 }, { up_to: 'inf' }] }],
  ['metadata: a value and an unset', 'metadata[plan]=gold&metadata[old]=', { metadata: { plan: 'gold', old: null } }],
  ['nested nullable object fields', 'address[city]=', { address: { city: null } }],
  ['unknown fields are kept for the validator to name', 'nmae=x&quantity=1', { nmae: 'x', quantity: 1 }],
  ['percent-encoded brackets', 'items%5B0%5D%5Bprice%5D=a', { items: [{ price: 'a' }] }],
];

for (const [name, body, expected] of cases) {
  test(`form values: ${name}`, () => {
    assert.deepEqual(coerceFormValue(parseQuery(body) as never, schema, resolve), expected);
  });
}
