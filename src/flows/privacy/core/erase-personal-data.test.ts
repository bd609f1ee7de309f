import assert from 'node:assert/strict';
import { test } from 'node:test';
import { personalStrings, scrubPersonalData } from './erase-personal-data.ts';

const ana = {
  id: 'cus_1',
  object: 'customer',
  name: 'Ana Souza',
  email: 'Ana@Example.com',
  phone: '+55 11 98765-4321',
  description: null,
  address: { line1: 'Rua Augusta 100', city: 'São Paulo', country: 'BR' },
  tax_ids: [{ type: 'br_cpf', value: '123.456.789-09' }],
  attributes: { plan: 'gold', device: 'Ana’s TV' },
  metadata: { crm: 'lead-42' },
  balance: -500,
  currency: 'brl',
};

test('personal strings: identifying values of at least 3 characters, e-mails also lower-cased', () => {
  assert.deepEqual([...personalStrings(ana, ['ana@example.com', 'x'])].sort(), [
    '+55 11 98765-4321',
    '123.456.789-09',
    'Ana Souza',
    'Ana@Example.com',
    'Ana’s TV',
    'Rua Augusta 100',
    'São Paulo',
    'ana@example.com',
    'gold',
    'lead-42',
  ]);
});

test("the customer's object is erased field by field; copies of its values elsewhere become null; the books stay", () => {
  const personal = personalStrings(ana);
  const cases: [string, unknown, unknown][] = [
    [
      'the customer itself',
      ana,
      {
        ...ana,
        name: null,
        email: null,
        phone: null,
        description: null,
        address: null,
        tax_ids: [],
        attributes: {},
        metadata: {},
      },
    ],
    [
      'customer.updated previous_attributes',
      { object: { ...ana, name: 'Ana S.' }, previous_attributes: { name: 'Ana Souza', email: 'ana@example.com' } },
      {
        object: {
          ...ana,
          name: null,
          email: null,
          phone: null,
          description: null,
          address: null,
          tax_ids: [],
          attributes: {},
          metadata: {},
        },
        previous_attributes: { name: null, email: null },
      },
    ],
    [
      'an invoice: ids and amounts kept, a copied e-mail in metadata blanked',
      {
        id: 'in_1',
        object: 'invoice',
        customer: 'cus_1',
        total: 2990,
        currency: 'brl',
        metadata: { contact: 'ana@example.com' },
      },
      { id: 'in_1', object: 'invoice', customer: 'cus_1', total: 2990, currency: 'brl', metadata: { contact: null } },
    ],
    [
      'another customer embedded is left alone',
      { object: 'customer', id: 'cus_2', name: 'Bo', email: 'bo@example.com' },
      { object: 'customer', id: 'cus_2', name: 'Bo', email: 'bo@example.com' },
    ],
    ['short strings are not matched', ['BR', 'brl', 12, true, null], ['BR', 'brl', 12, true, null]],
  ];
  for (const [name, input, expected] of cases) {
    assert.deepEqual(scrubPersonalData(input as never, 'cus_1', personal), expected, name);
  }
  assert.equal(ana.name, 'Ana Souza', 'the input is not changed');
});
