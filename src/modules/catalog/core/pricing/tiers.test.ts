import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTiers } from './tiers.ts';
import type { PriceTier } from './types.ts';

const bad: Array<[string, unknown, string]> = [
  ['not an array', undefined, 'tiers'],
  ['empty', [], 'tiers'],
  ['last not inf', [{ up_to: 10, unit_amount: 1 }], 'tiers[0].up_to'],
  [
    'inf before last',
    [
      { up_to: 'inf', unit_amount: 1 },
      { up_to: 'inf', unit_amount: 1 },
    ],
    'tiers[0].up_to',
  ],
  [
    'descending',
    [
      { up_to: 10, unit_amount: 1 },
      { up_to: 5, unit_amount: 1 },
      { up_to: 'inf', unit_amount: 1 },
    ],
    'tiers[1].up_to',
  ],
  [
    'duplicate bound',
    [
      { up_to: 10, unit_amount: 1 },
      { up_to: 10, unit_amount: 1 },
      { up_to: 'inf', unit_amount: 1 },
    ],
    'tiers[1].up_to',
  ],
  [
    'zero bound',
    [
      { up_to: 0, unit_amount: 1 },
      { up_to: 'inf', unit_amount: 1 },
    ],
    'tiers[0].up_to',
  ],
  [
    'fractional bound',
    [
      { up_to: 2.5, unit_amount: 1 },
      { up_to: 'inf', unit_amount: 1 },
    ],
    'tiers[0].up_to',
  ],
  ['tier not an object', [null], 'tiers[0]'],
  ['no amount at all', [{ up_to: 'inf' }], 'tiers[0].unit_amount'],
  [
    'both unit forms',
    [
      { up_to: 10, unit_amount: 1 },
      { up_to: 'inf', unit_amount: 1, unit_amount_decimal: '1' },
    ],
    'tiers[1].unit_amount_decimal',
  ],
  ['both flat forms', [{ up_to: 'inf', flat_amount: 1, flat_amount_decimal: '1' }], 'tiers[0].flat_amount_decimal'],
  ['negative flat', [{ up_to: 'inf', flat_amount: -100 }], 'tiers[0].flat_amount'],
  ['bad decimal', [{ up_to: 'inf', unit_amount_decimal: 'abc' }], 'tiers[0].unit_amount_decimal'],
];

test('parseTiers names the first bad field', () => {
  for (const [name, tiers, param] of bad) {
    assert.throws(() => parseTiers(tiers as PriceTier[]), { name: 'PricingInputError', param }, name);
  }
});

test('parseTiers defaults missing amounts to 0 and maps inf to Infinity', () => {
  const parsed = parseTiers([
    { up_to: 10, flat_amount: 500 },
    { up_to: 'inf', unit_amount_decimal: '0.25', unit_amount: null as unknown as undefined },
  ]);
  assert.deepEqual(
    parsed.map((t) => [t.upTo, t.unit.toFixed(), t.flat.toFixed()]),
    [
      [10, '0', '500'],
      [Number.POSITIVE_INFINITY, '0.25', '0'],
    ],
  );
});
