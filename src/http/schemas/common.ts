import { ERROR_CODES } from '../../kernel/error-codes.ts';

/** JSON Schema building blocks shared by request validation, response serialization and the OpenAPI document. */
export type Schema = Record<string, unknown>;

export const str = (extra: Schema = {}): Schema => ({ type: 'string', ...extra });
export const int = (extra: Schema = {}): Schema => ({ type: 'integer', ...extra });
export const bool = (extra: Schema = {}): Schema => ({ type: 'boolean', ...extra });
export const nullable = (schema: Schema): Schema => ({ ...schema, type: [schema.type as string, 'null'] });
export const arrayOf = (items: Schema, extra: Schema = {}): Schema => ({ type: 'array', items, ...extra });
export const ref = (id: string): Schema => ({ $ref: `${id}#` });

/** An object whose unknown fields are rejected, so a typo names itself in the 400's `param`. */
export function strictObject(properties: Record<string, Schema>, required: string[] = [], extra: Schema = {}): Schema {
  return {
    type: 'object',
    additionalProperties: false,
    properties,
    ...(required.length ? { required } : {}),
    ...extra,
  };
}

/**
 * A response object: every resource has `id`, `object` and `created`, and every field it lists is always present
 * (null where it has no value, and then declared nullable), so each is marked required.
 */
export function resource(
  id: string,
  object: string,
  properties: Record<string, Schema>,
  description: string,
  options: { optional?: readonly string[] } = {},
): Schema {
  const all = {
    id: str(),
    object: { type: 'string', const: object },
    created: int({ description: 'Unix seconds' }),
    ...properties,
  };
  return {
    $id: id,
    type: 'object',
    description,
    properties: all,
    required: Object.keys(all).filter((key) => !options.optional?.includes(key)),
  };
}

export const currency = str({ pattern: '^[A-Za-z]{3}$', description: 'ISO 4217 code, lowercase in responses' });
/** The last second of year 9999: later instants are typing mistakes (milliseconds for seconds), not dates. */
export const MAX_UNIX_TIME = 253_402_300_799;
export const unixTime = int({ minimum: 0, maximum: MAX_UNIX_TIME, description: 'Unix seconds' });

/**
 * The largest amount one field takes, in minor units (Stripe's ceiling is lower): a billion dollars in cents, a
 * hundred billion yen. Keeps every sum of lines far inside int8 and JavaScript's exact integers.
 */
export const MAX_AMOUNT = 99_999_999_999;
/** An amount in minor units, from `minimum` up to MAX_AMOUNT. */
export const amount = (minimum: number, description = 'Minor units of the currency'): Schema =>
  int({ minimum, maximum: MAX_AMOUNT, description });
export const decimalString = str({ pattern: '^-?\\d+(\\.\\d+)?$' });

export const metadataIn: Schema = {
  type: 'object',
  description: 'Up to 50 keys (≤ 40 chars) of string values (≤ 500 chars); an empty string or null removes a key',
  additionalProperties: { type: ['string', 'null'], maxLength: 500 },
  maxProperties: 50,
};
export const metadataOut: Schema = { type: 'object', additionalProperties: { type: 'string' } };

/** An id field that `expand[]` can swap for the object it names. */
export const expandable = (id: string): Schema => ({ anyOf: [{ type: 'string' }, { type: 'null' }, ref(id)] });

export function listOf(id: string): Schema {
  return {
    type: 'object',
    properties: {
      object: { type: 'string', const: 'list' },
      data: arrayOf(ref(id)),
      has_more: bool(),
      url: str(),
    },
    required: ['object', 'data', 'has_more', 'url'],
  };
}

export const deleted = (object: string): Schema => ({
  type: 'object',
  properties: { id: str(), object: { type: 'string', const: object }, deleted: { type: 'boolean', const: true } },
});

export const idParams = strictObject({ id: str({ maxLength: 255 }) }, ['id']);

/**
 * The `expand[]` parameter of a resource that declares expandable fields: the spec lists them as an enum, so an
 * unknown path is a 400 naming `expand`. On a list each is `data.<field>`.
 */
export function expandQuery(fields: readonly string[], list = false): Record<string, Schema> {
  const paths = list ? fields.map((field) => `data.${field}`) : [...fields];
  return {
    expand: arrayOf(str({ enum: paths }), {
      maxItems: paths.length,
      uniqueItems: true,
      description: `Fields to expand into their objects: ${paths.join(', ')}`,
    }),
  };
}

export const listQuery: Record<string, Schema> = {
  limit: int({ minimum: 1, maximum: 100, default: 10 }),
  starting_after: str({ description: 'Cursor: an object id; returns the page after it' }),
  ending_before: str({ description: 'Cursor: an object id; returns the page before it' }),
};

/** Fields each resource can expand; routes build their expanders from the same lists, so the two cannot drift. */
export const EXPANDABLE = {
  customer: ['test_clock'],
  price: ['product'],
  promotionCode: ['coupon', 'customer'],
  subscription: ['customer', 'latest_invoice'],
  invoice: ['customer', 'subscription'],
  supportTicket: ['customer'],
} as const;

export const createdRange = strictObject({ gt: unixTime, gte: unixTime, lt: unixTime, lte: unixTime }, [], {
  description: 'created[gte]=…&created[lt]=… (unix seconds)',
});

export const problemSchema: Schema = {
  $id: 'Problem',
  type: 'object',
  description: 'RFC 9457 problem details',
  properties: {
    type: str({ description: 'Link to the code in the error catalogue at /docs' }),
    title: str(),
    status: int({ minimum: 400, maximum: 599 }),
    detail: str(),
    code: str({
      enum: Object.keys(ERROR_CODES),
      description: 'Stable snake_case error code; the catalogue is at /docs',
    }),
    param: str({ description: 'The request field at fault, when there is one' }),
    instance: str(),
    request_id: str(),
    error: {
      type: 'object',
      description: "Stripe's error object (the same code, param and message), so Stripe's SDKs raise typed errors",
      properties: {
        type: str({
          enum: [
            'invalid_request_error',
            'api_error',
            'card_error',
            'idempotency_error',
            'authentication_error',
            'rate_limit_error',
          ],
        }),
        code: str(),
        param: str(),
        message: str(),
        decline_code: str(),
      },
      required: ['type', 'code', 'message'],
    },
  },
  required: ['type', 'title', 'status', 'code', 'detail', 'error'],
};

const problemResponse = (description: string): Schema => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

/** The error answers of every operation: problem+json whose `code` is one of the catalogue's. */
export const problemResponses = {
  '4xx': problemResponse('The request cannot be served as sent: RFC 9457 problem details with `code` and `param`'),
  '5xx': problemResponse('Tenure failed or is unavailable: RFC 9457 problem details with the request id'),
};
