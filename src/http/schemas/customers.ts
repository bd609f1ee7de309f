import {
  arrayOf,
  bool,
  createdRange,
  currency,
  EXPANDABLE,
  expandable,
  expandQuery,
  int,
  listQuery,
  metadataIn,
  metadataOut,
  nullable,
  resource,
  type Schema,
  str,
  strictObject,
} from './common.ts';

const addressIn = strictObject({
  line1: nullable(str({ maxLength: 200 })),
  line2: nullable(str({ maxLength: 200 })),
  city: nullable(str({ maxLength: 100 })),
  region: nullable(str({ maxLength: 100, description: 'State, province or region' })),
  postal_code: nullable(str({ maxLength: 20 })),
  country: nullable(str({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' })),
});

export const TAX_ID_TYPES = [
  'eu_vat',
  'gb_vat',
  'br_cpf',
  'br_cnpj',
  'pt_nif',
  'nl_kvk',
  'ir_nid',
  'us_ein',
  'ch_vat',
  'ca_bn',
  'au_abn',
  'in_gst',
  'other',
];
const taxIdIn = strictObject({ type: str({ enum: TAX_ID_TYPES }), value: str({ minLength: 1, maxLength: 64 }) }, [
  'type',
  'value',
]);
const attributeValue: Schema = { type: ['string', 'number', 'boolean', 'null'] };

const customerFields: Record<string, Schema> = {
  name: nullable(str({ maxLength: 256 })),
  email: nullable(str({ format: 'email', maxLength: 512 })),
  phone: nullable(str({ maxLength: 32 })),
  description: nullable(str({ maxLength: 1000 })),
  locale: nullable(
    str({ pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$', description: 'BCP 47 tag, e.g. en, pt-BR, nl, fa' }),
  ),
  preferred_currency: nullable(currency),
  address: { ...addressIn, type: ['object', 'null'] },
  tax_ids: arrayOf(taxIdIn, { maxItems: 5 }),
  attributes: {
    type: 'object',
    additionalProperties: attributeValue,
    description: 'Values typed by /v1/attribute_definitions; null removes a key',
  },
  tags: arrayOf(str({ minLength: 1, maxLength: 64 }), { maxItems: 50 }),
  marketing_consent: bool({ description: 'Consent to marketing messages (transactional notices always go)' }),
  metadata: metadataIn,
};

export const createCustomerBody = strictObject({
  ...customerFields,
  test_clock: str({ description: 'Test clock id' }),
});
export const updateCustomerBody = strictObject({
  ...customerFields,
  invoice_settings: strictObject({
    default_payment_method: nullable(str({ description: 'An attached payment method (pm_…), or null for none' })),
  }),
});

export const listCustomersQuery = strictObject({
  ...listQuery,
  ...expandQuery(EXPANDABLE.customer, true),
  email: str({ description: 'Exact e-mail, any case' }),
  name: str({ description: 'Substring of the name, any case' }),
  tag: str(),
  test_clock: str(),
  attributes: { type: 'object', additionalProperties: str(), description: 'attributes[key]=value, typed equality' },
  created: createdRange,
});

export const customerSchema = resource(
  'Customer',
  'customer',
  {
    name: nullable(str()),
    email: nullable(str()),
    phone: nullable(str()),
    description: nullable(str()),
    locale: nullable(str()),
    preferred_currency: nullable(str()),
    address: {
      type: ['object', 'null'],
      properties: Object.fromEntries(
        ['line1', 'line2', 'city', 'region', 'postal_code', 'country'].map((k) => [k, nullable(str())]),
      ),
    },
    tax_ids: arrayOf({ type: 'object', properties: { type: str(), value: str() } }),
    attributes: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
    tags: arrayOf(str()),
    marketing_consent: bool(),
    marketing_consent_updated: nullable(int()),
    balance: int({ description: 'Minor units; negative is credit the customer holds' }),
    test_clock: expandable('TestClock'),
    invoice_settings: { type: 'object', properties: { default_payment_method: nullable(str()) } },
    metadata: metadataOut,
  },
  'A subscriber: who they are, how to reach them, and what segments can use.',
);

export const attributeDefinitionSchema: Schema = {
  $id: 'AttributeDefinition',
  type: 'object',
  properties: {
    object: { type: 'string', const: 'attribute_definition' },
    key: str(),
    type: str(),
    label: nullable(str()),
    created: int(),
  },
};

export const createAttributeDefinitionBody = strictObject(
  {
    key: str({ pattern: '^[a-z][a-z0-9_]{0,39}$' }),
    type: str({ enum: ['string', 'number', 'boolean', 'date'] }),
    label: str({ maxLength: 100 }),
  },
  ['key', 'type'],
);
