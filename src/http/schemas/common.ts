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

/** A response object: every resource has `id`, `object` and `created`. */
export function resource(id: string, object: string, properties: Record<string, Schema>, description: string): Schema {
  return {
    $id: id,
    type: 'object',
    description,
    properties: {
      id: str(),
      object: { type: 'string', const: object },
      created: int({ description: 'Unix seconds' }),
      ...properties,
    },
    required: ['id', 'object'],
  };
}

export const currency = str({ pattern: '^[A-Za-z]{3}$', description: 'ISO 4217 code, lowercase in responses' });
export const unixTime = int({ minimum: 0, description: 'Unix seconds' });
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
  };
}

export const deleted = (object: string): Schema => ({
  type: 'object',
  properties: { id: str(), object: { type: 'string', const: object }, deleted: { type: 'boolean', const: true } },
});

export const idParams = strictObject({ id: str({ maxLength: 255 }) }, ['id']);

export const expandQuery: Record<string, Schema> = {
  expand: arrayOf(str(), { maxItems: 20, description: 'Fields to expand, e.g. expand[]=product' }),
};

export const listQuery: Record<string, Schema> = {
  limit: int({ minimum: 1, maximum: 100, default: 10 }),
  starting_after: str({ description: 'Cursor: an object id; returns the page after it' }),
  ending_before: str({ description: 'Cursor: an object id; returns the page before it' }),
  ...expandQuery,
};

export const createdRange = strictObject({ gt: unixTime, gte: unixTime, lt: unixTime, lte: unixTime }, [], {
  description: 'created[gte]=…&created[lt]=… (unix seconds)',
});

export const problemSchema: Schema = {
  $id: 'Problem',
  type: 'object',
  description: 'RFC 9457 problem details',
  properties: {
    type: str(),
    title: str(),
    status: int(),
    detail: str(),
    code: str({ description: 'Stable snake_case error code' }),
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
  required: ['type', 'title', 'status', 'code'],
};
