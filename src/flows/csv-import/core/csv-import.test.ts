import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sniffDelimiter } from './delimiter.ts';
import { guessMapping, isImportField, type Mapping } from './fields.ts';
import { CsvUnreadable, parseCsv } from './parse-csv.ts';
import { mappingError, parseDate, type ValidateOptions, validateRow, validateRows } from './validate-rows.ts';

const NOW = 1_780_000_000; // 2026-05-28T20:26:40Z
const options: ValidateOptions = {
  prices: new Map([
    ['price_basic', { id: 'price_basic', currency: 'eur' }],
    ['basic-monthly', { id: 'price_basic', currency: 'eur' }],
  ]),
  currencies: new Set(['eur', 'brl', 'usd']),
  now: NOW,
  timeZone: 'Europe/Amsterdam',
};

test('headers are guessed in English, Portuguese and Dutch; unknown ones are ignored', () => {
  const cases: [string[], Mapping][] = [
    [['Name', 'E-mail', 'Plan'], { Name: 'name', 'E-mail': 'email', Plan: 'price' }],
    [
      ['nome', 'e-mail', 'plano', 'País', 'Próxima renovação'],
      { nome: 'name', 'e-mail': 'email', plano: 'price', País: 'address.country', 'Próxima renovação': 'next_renewal' },
    ],
    [
      ['Naam', 'Emailadres', 'Telefoon', 'Postcode', 'Taal'],
      { Naam: 'name', Emailadres: 'email', Telefoon: 'phone', Postcode: 'address.postal_code', Taal: 'locale' },
    ],
    [
      ['customer_id', 'full name', 'metadata.crm_id', 'favourite colour'],
      { customer_id: 'external_id', 'full name': 'name', 'metadata.crm_id': 'metadata.crm_id', 'favourite colour': '' },
    ],
    [['name', 'Name'], { name: 'name', Name: '' }],
  ];
  for (const [headers, expected] of cases) assert.deepEqual(guessMapping(headers), expected, headers.join());
});

test('fields: the fixed list and metadata.<key>', () => {
  const cases: [string, boolean][] = [
    ['email', true],
    ['metadata.plan_code', true],
    ['metadata.', false],
    ['address.country', true],
    ['address.planet', false],
    ['price', true],
  ];
  for (const [name, ok] of cases) assert.equal(isImportField(name), ok, name);
});

test('CSV: row numbers are spreadsheet rows; delimiter sniffed; quotes kept; blank rows keep their number', () => {
  const table = parseCsv('\uFEFFname;email\n"Silva; Ana";ana@example.com\n\n"Bo\nvan Dijk";bo@example.nl\n');
  assert.deepEqual(table, {
    columns: ['name', 'email'],
    rows: [
      { row: 2, values: ['Silva; Ana', 'ana@example.com'] },
      { row: 4, values: ['Bo\nvan Dijk', 'bo@example.nl'] },
    ],
  });
  const cases: [string, string][] = [
    ['a,b;c,d', ','],
    ['a;b;c', ';'],
    ['a\tb', '\t'],
    ['"a;b",c', ','],
    ['single', ','],
  ];
  for (const [line, expected] of cases) assert.equal(sniffDelimiter(line), expected, line);
  assert.throws(() => parseCsv('name,email\n"unclosed,x\n'), CsvUnreadable);
  assert.throws(() => parseCsv(''), CsvUnreadable);
});

test('mapping errors name the column at fault', () => {
  const columns = ['nome', 'email', 'x'];
  const cases: [Mapping, string | null][] = [
    [{ nome: 'name', email: 'email', x: '' }, null],
    [{ nome: 'name', email: 'email', y: 'phone' }, 'mapping[y]'],
    [{ nome: 'name', email: 'email', x: 'colour' as never }, 'mapping[x]'],
    [{ nome: 'name', email: 'email', x: 'name' }, 'mapping[x]'],
    [{ email: 'email' }, 'mapping'],
    [{ nome: 'name', x: 'phone' }, 'mapping'],
  ];
  for (const [mapping, param] of cases)
    assert.equal(mappingError(columns, mapping)?.param ?? null, param, JSON.stringify(mapping));
});

test('dates: a day is midnight in the account zone; instants and Unix seconds are taken as given', () => {
  const cases: [string, number | null][] = [
    ['2026-07-01', 1782856800], // 2026-07-01T00:00+02:00
    ['2026-07-01T10:00:00Z', 1782900000],
    ['1782900000', 1782900000],
    ['2026-02-30', null],
    ['01/07/2026', null],
  ];
  for (const [value, expected] of cases) assert.equal(parseDate(value, 'Europe/Amsterdam'), expected, value);
});

const COLUMNS = [
  'ref',
  'name',
  'email',
  'phone',
  'country',
  'locale',
  'currency',
  'plan',
  'qty',
  'renews',
  'trial',
  'metadata.crm',
];
const MAPPING: Mapping = {
  ref: 'external_id',
  name: 'name',
  email: 'email',
  phone: 'phone',
  country: 'address.country',
  locale: 'locale',
  currency: 'currency',
  plan: 'price',
  qty: 'quantity',
  renews: 'next_renewal',
  trial: 'trial_end',
  'metadata.crm': 'metadata.crm',
};
const row = (fields: Partial<Record<string, string>>) => COLUMNS.map((c) => fields[c] ?? '');

test('a row: its customer and subscription, or every problem, each naming row, column and field', () => {
  type Case = [string, Partial<Record<string, string>>, unknown];
  const cases: Case[] = [
    ['minimal', { ref: 'A1', name: 'Ana' }, { customer: { name: 'Ana' }, subscription: null }],
    [
      'full',
      {
        ref: 'A1',
        name: ' Ana ',
        email: 'ana@example.com',
        phone: '+55 11 91234-5678',
        country: 'br',
        locale: 'pt_br',
        currency: 'EUR',
        plan: 'basic-monthly',
        qty: '2',
        renews: '2026-07-01',
        'metadata.crm': '77',
      },
      {
        customer: {
          name: 'Ana',
          email: 'ana@example.com',
          phone: '+55 11 91234-5678',
          locale: 'pt-BR',
          preferred_currency: 'eur',
          address: { country: 'BR' },
          metadata: { crm: '77' },
        },
        subscription: { price: 'price_basic', quantity: 2, billing_cycle_anchor: 1782856800 },
      },
    ],
    [
      'trial',
      { ref: 'A1', name: 'Ana', plan: 'price_basic', trial: '2026-07-01T00:00:00Z' },
      { customer: { name: 'Ana' }, subscription: { price: 'price_basic', trial_end: 1782864000 } },
    ],
    ['missing name', { ref: 'A1', email: 'a@example.com' }, [['name', 'name', 'required']]],
    ['bad email', { ref: 'A1', name: 'Ana', email: 'ana@@example' }, [['email', 'email', 'invalid_email']]],
    ['unknown price', { ref: 'A1', name: 'Ana', plan: 'gold' }, [['plan', 'price', 'unknown_price']]],
    [
      'several',
      { ref: 'A1', phone: 'call me', country: 'Brazil', qty: '0', plan: 'price_basic', currency: 'brl' },
      [
        ['name', 'name', 'required'],
        ['phone', 'phone', 'invalid_phone'],
        ['country', 'address.country', 'invalid_country'],
        ['plan', 'price', 'currency_mismatch'],
        ['qty', 'quantity', 'invalid_quantity'],
      ],
    ],
    [
      'dates',
      { ref: 'A1', name: 'Ana', plan: 'price_basic', renews: '2020-01-01', trial: 'soon' },
      [
        ['trial', 'trial_end', 'invalid_date'],
        ['renews', 'next_renewal', 'date_in_past'],
      ],
    ],
    [
      'both dates',
      { ref: 'A1', name: 'Ana', plan: 'price_basic', renews: '2026-08-01', trial: '2026-07-01' },
      [['renews', 'next_renewal', 'conflicting_dates']],
    ],
    ['no price', { ref: 'A1', name: 'Ana', qty: '3' }, [['qty', 'quantity', 'needs_price']]],
    [
      'bad values',
      { ref: 'A1', name: 'x'.repeat(257), locale: 'not a locale!', currency: 'eu' },
      [
        ['name', 'name', 'too_long'],
        ['locale', 'locale', 'invalid_locale'],
        ['currency', 'currency', 'invalid_currency'],
      ],
    ],
  ];
  for (const [what, fields, expected] of cases) {
    const judged = validateRow(7, row(fields), COLUMNS, MAPPING, options);
    if (Array.isArray(expected)) {
      assert.equal(judged.valid, null, what);
      assert.deepEqual(
        judged.problems.map((p) => [p.column, p.field, p.code]),
        expected,
        what,
      );
      assert.ok(
        judged.problems.every((p) => p.row === 7 && p.message.length > 0),
        what,
      );
    } else assert.deepEqual(judged, { valid: { row: 7, ...(expected as object) }, problems: [] }, what);
  }
});

test('rows: the dedupe key is the external reference, else the e-mail; a repeated key is a problem', () => {
  const table = parseCsv(
    'Name,E-mail,Plan\nAna,Ana@Example.com,\nBo,bo@example.com,gold\nAna again,ana@example.com,\nCy,,\nDi,not-an-email,\n',
  );
  const mapping = guessMapping(table.columns);
  const { dedupeOn, valid, problems } = validateRows(table, mapping, options);
  assert.equal(dedupeOn, 'email');
  assert.deepEqual(
    valid.map((v) => [v.row, v.key]),
    [[2, 'email:ana@example.com']],
  );
  assert.deepEqual(
    problems.map((p) => [p.row, p.column, p.code]),
    [
      [3, 'Plan', 'unknown_price'],
      [4, 'E-mail', 'duplicate_in_file'],
      [5, 'E-mail', 'required'],
      [6, 'E-mail', 'invalid_email'],
    ],
  );
  const byRef = validateRows(parseCsv('id,name\nX1,Ana\nX1,Bo\nx1,Cy\n'), { id: 'external_id', name: 'name' }, options);
  assert.deepEqual(
    [byRef.dedupeOn, byRef.valid.map((v) => v.key), byRef.problems.map((p) => [p.row, p.code])],
    ['external_id', ['external_id:X1', 'external_id:x1'], [[3, 'duplicate_in_file']]],
  );
});
