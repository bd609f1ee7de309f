import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TenureError } from '../../../kernel/errors.ts';
import { type CustomerFacts, evaluateRule, eventKey, eventWindows, parseRule, type Rule } from './rules.ts';

const facts = (over: Partial<CustomerFacts> & { fields?: CustomerFacts['fields'] } = {}): CustomerFacts => ({
  ageDays: 100,
  eventCounts: {},
  ...over,
  fields: { country: 'BR', minutes_30d: 45, favourite_genres: ['drama', 'sports'], plan: 'gold', ...over.fields },
});

test('evaluateRule: field conditions, each operator at its boundary', () => {
  const cases: Array<[string, Rule, boolean]> = [
    ['eq holds', { field: 'country', op: 'eq', value: 'BR' }, true],
    ['eq fails', { field: 'country', op: 'eq', value: 'PT' }, false],
    ['neq', { field: 'country', op: 'neq', value: 'PT' }, true],
    ['lt at the boundary is false', { field: 'minutes_30d', op: 'lt', value: 45 }, false],
    ['lt just above', { field: 'minutes_30d', op: 'lt', value: 46 }, true],
    ['lte at the boundary', { field: 'minutes_30d', op: 'lte', value: 45 }, true],
    ['gt at the boundary is false', { field: 'minutes_30d', op: 'gt', value: 45 }, false],
    ['gte at the boundary', { field: 'minutes_30d', op: 'gte', value: 45 }, true],
    ['a number against a string never orders', { field: 'minutes_30d', op: 'lt', value: '60' }, false],
    ['in', { field: 'country', op: 'in', value: ['PT', 'BR'] }, true],
    ['in, missing', { field: 'country', op: 'in', value: ['PT'] }, false],
    ['contains on a list', { field: 'favourite_genres', op: 'contains', value: 'sports' }, true],
    ['contains on a list, absent', { field: 'favourite_genres', op: 'contains', value: 'kids' }, false],
    ['exists', { field: 'plan', op: 'exists' }, true],
    ['exists false on a missing field', { field: 'age_band', op: 'exists', value: false }, true],
    ['a missing field is not equal to anything', { field: 'age_band', op: 'eq', value: 'x' }, false],
    ['a missing field is different from everything', { field: 'age_band', op: 'neq', value: 'x' }, true],
  ];
  for (const [name, rule, expected] of cases) assert.equal(evaluateRule(rule, facts()), expected, name);
});

test('evaluateRule: event counts in a window; "has not" only for customers older than the window', () => {
  const login3in7: Rule = { event: 'login', window_days: 7, op: 'gte', count: 3 };
  const none14: Rule = { event: 'viewing', window_days: 14, op: 'eq', count: 0 };
  const cases: Array<[string, Rule, CustomerFacts, boolean]> = [
    ['3 logins in 7 days', login3in7, facts({ eventCounts: { [eventKey('login', 7)]: 3 } }), true],
    ['2 logins in 7 days', login3in7, facts({ eventCounts: { [eventKey('login', 7)]: 2 } }), false],
    [
      'logins counted in another window do not count',
      login3in7,
      facts({ eventCounts: { [eventKey('login', 30)]: 9 } }),
      false,
    ],
    ['no viewing in 14 days, 14 days old', none14, facts({ ageDays: 14 }), true],
    ['no viewing in 14 days, 13 days old: too young to tell', none14, facts({ ageDays: 13 }), false],
    ['viewed once in 14 days', none14, facts({ eventCounts: { [eventKey('viewing', 14)]: 1 } }), false],
    [
      '"fewer than 2" also needs the whole window',
      { event: 'login', window_days: 30, op: 'lt', count: 2 },
      facts({ ageDays: 5 }),
      false,
    ],
    [
      '"at least 1" does not need it',
      { event: 'login', window_days: 30, op: 'gte', count: 1 },
      facts({ ageDays: 5, eventCounts: { [eventKey('login', 30)]: 1 } }),
      true,
    ],
  ];
  for (const [name, rule, f, expected] of cases) assert.equal(evaluateRule(rule, f), expected, name);
});

test('evaluateRule: all / any / not', () => {
  const br: Rule = { field: 'country', op: 'eq', value: 'BR' };
  const pt: Rule = { field: 'country', op: 'eq', value: 'PT' };
  const cases: Array<[string, Rule, boolean]> = [
    ['all true', { all: [br, { field: 'plan', op: 'eq', value: 'gold' }] }, true],
    ['all with one false', { all: [br, pt] }, false],
    ['any with one true', { any: [pt, br] }, true],
    ['any all false', { any: [pt, pt] }, false],
    ['not', { not: pt }, true],
    ['nested', { all: [{ not: { any: [pt] } }, { any: [br] }] }, true],
  ];
  for (const [name, rule, expected] of cases) assert.equal(evaluateRule(rule, facts()), expected, name);
});

test('parseRule returns the tree typed, or a 400 naming the path at fault', () => {
  const fields = new Set(['country', 'minutes_30d']);
  const rule = {
    all: [
      { field: 'minutes_30d', op: 'lt', value: 60 },
      { not: { event: 'login', window_days: 7, op: 'gte', count: 3 } },
    ],
  };
  assert.deepEqual(parseRule(rule, fields), rule);
  assert.deepEqual(eventWindows(parseRule(rule, fields)), [{ event: 'login', windowDays: 7 }]);
  const cases: Array<[unknown, string, string]> = [
    [{ all: [] }, 'rule.all', 'parameter_invalid'],
    [{ all: [{ field: 'colour', op: 'eq', value: 1 }] }, 'rule.all[0].field', 'parameter_invalid'],
    [{ any: [{ field: 'country', op: 'like', value: 'B' }] }, 'rule.any[0].op', 'parameter_invalid'],
    [{ field: 'country', op: 'in', value: 'BR' }, 'rule.value', 'parameter_invalid'],
    [{ not: { event: 'login', window_days: 0, op: 'eq', count: 0 } }, 'rule.not.window_days', 'parameter_invalid'],
    [{ event: 'login', window_days: 7, op: 'gte', count: -1 }, 'rule.count', 'parameter_invalid'],
    [{ field: 'country', op: 'eq', value: 'BR', extra: 1 }, 'rule.extra', 'parameter_unknown'],
    ['Champions', 'rule', 'parameter_invalid'],
  ];
  for (const [input, param, code] of cases)
    assert.throws(
      () => parseRule(input, fields),
      (e: unknown) => e instanceof TenureError && e.param === param && e.code === code,
      JSON.stringify(input),
    );
  let deep: unknown = { field: 'country', op: 'eq', value: 'BR' };
  for (let i = 0; i < 9; i++) deep = { not: deep };
  assert.throws(() => parseRule(deep, fields), /nest at most/);
});
