import { type Schema, str } from './common.ts';

export const exchangeRateSchema: Schema = {
  $id: 'ExchangeRate',
  type: 'object',
  description:
    'One unit of `currency` is worth `rate` units of `quote_currency` from `date` (a UTC day) until a later rate.',
  properties: {
    id: str({ description: 'The rate’s natural key: xr_<currency>_<quote_currency>_<date>' }),
    object: { type: 'string', const: 'exchange_rate' },
    currency: str(),
    quote_currency: str(),
    date: str({ format: 'date' }),
    rate: str({ description: 'Decimal string' }),
  },
  required: ['id', 'object'],
};
