import fc from 'fast-check';

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  additionalProperties?: boolean | JsonSchema;
};

/** Strings a careless or hostile client sends: empty, huge, control and format characters, injection, other types. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  'a'.repeat(5000),
  '\u0000',
  '\ud800',
  '%00',
  '%FF%FE',
  '../../etc/passwd',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '{{customer.name}}',
  '__proto__',
  'constructor',
  '٣٤٥',
  '🙂'.repeat(100),
  '4242424242424242',
  'cus_',
  'null',
  'NaN',
  '-1',
  '1e308',
];
export const HOSTILE_VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  2 ** 53,
  -(2 ** 63),
  1e308,
  [],
  {},
  [null],
  { __proto__: { polluted: true } },
  'x',
];

const hostile = fc.constantFrom(...HOSTILE_STRINGS, ...HOSTILE_VALUES);

/**
 * Values for a JSON schema of the served OpenAPI document: mostly valid (so requests reach the handlers), and with
 * `mutate` sometimes wrong in type, range or shape (so the validation and error paths are exercised too).
 */
export function arbitraryFor(
  schema: JsonSchema | undefined,
  resolve: (ref: string) => JsonSchema,
  mutate: boolean,
  ids: string[],
  depth = 0,
): fc.Arbitrary<unknown> {
  const valid = validArbitrary(schema, resolve, mutate, ids, depth);
  return mutate ? fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: hostile, weight: 1 }) : valid;
}

function validArbitrary(
  raw: JsonSchema | undefined,
  resolve: (ref: string) => JsonSchema,
  mutate: boolean,
  ids: string[],
  depth: number,
): fc.Arbitrary<unknown> {
  const schema = raw?.$ref ? resolve(raw.$ref) : (raw ?? {});
  const next = (s: JsonSchema | undefined) => arbitraryFor(s, resolve, mutate, ids, depth + 1);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return fc.oneof(...choices.map(next));
  const types = [schema.type ?? 'string'].flat();
  return fc.oneof(...types.map((type) => ofType(type, schema, next, ids, depth)));
}

function ofType(
  type: string,
  schema: JsonSchema,
  next: (s: JsonSchema | undefined) => fc.Arbitrary<unknown>,
  ids: string[],
  depth: number,
): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer': {
      const min = schema.minimum ?? -1_000_000;
      const max = schema.maximum ?? 1_000_000;
      return fc.oneof(fc.integer({ min, max: Math.min(max, min + 1_000_000) }), fc.constantFrom(min, max));
    }
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'array':
      return depth > 4 ? fc.constant([]) : fc.array(next(schema.items), { maxLength: 3 });
    case 'object': {
      if (depth > 4) return fc.constant({});
      const properties = schema.properties ?? {};
      const required = schema.required ?? [];
      const record = fc.record(
        Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, next(value)])),
        { requiredKeys: required.filter((key) => key in properties) },
      );
      if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
        const extra = fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), next(schema.additionalProperties), {
          maxKeys: 3,
        });
        return fc.tuple(record, extra).map(([a, b]) => ({ ...b, ...a }));
      }
      return record;
    }
    default:
      return fc.oneof(
        { arbitrary: fc.constantFrom(...ids), weight: 2 },
        {
          arbitrary: fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 40) }),
          weight: 2,
        },
        { arbitrary: fc.constantFrom('usd', 'eur', 'brl', 'month', 'year', 'tok_visa', 'pt-BR', 'fa'), weight: 1 },
      );
  }
}
