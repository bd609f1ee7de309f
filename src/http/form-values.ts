/**
 * Stripe's clients send every value of a form body as a string (`quantity=2`, `cancel_at_period_end=true`,
 * `metadata[plan]=` to unset). This turns those strings into the types the route's JSON schema declares, so a form
 * body meets the very same validation — and the same errors — as the JSON body it stands for. A string that does
 * not read as the declared type is left as it is, for the validator to name.
 */

type Schema = Record<string, unknown>;
type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type ResolveRef = (ref: string) => Schema | undefined;

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

function typesOf(schema: Schema): string[] {
  const type = schema.type;
  if (Array.isArray(type)) return type as string[];
  return typeof type === 'string' ? [type] : [];
}

function resolved(schema: Schema | undefined, resolve: ResolveRef): Schema | undefined {
  let current = schema;
  for (let depth = 0; current && typeof current.$ref === 'string' && depth < 10; depth++) {
    current = resolve(current.$ref);
  }
  return current;
}

/** Whether a coerced value is of one of the schema's types (used to choose an `anyOf` branch). */
function fits(value: unknown, schema: Schema): boolean {
  if ('const' in schema) return schema.const === value;
  if (Array.isArray(schema.enum)) return schema.enum.includes(value);
  const types = typesOf(schema);
  if (types.length === 0) return true;
  if (value === null) return types.includes('null');
  if (Array.isArray(value)) return types.includes('array');
  if (typeof value === 'number')
    return types.includes(Number.isInteger(value) ? 'integer' : 'number') || types.includes('number');
  return types.includes(typeof value);
}

function fromString(value: string, types: string[]): unknown {
  // An empty string unsets (Stripe): null where the field may be null, an empty list where it is a list.
  if (value === '' && types.includes('null')) return null;
  if (types.includes('string') || types.length === 0) return value;
  if (value === '' && types.includes('array')) return [];
  if (types.includes('integer') && INTEGER.test(value)) return Number(value);
  if (types.includes('number') && NUMBER.test(value)) return Number(value);
  if (types.includes('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/** Coerces a parsed form value to the given JSON schema (refs resolved through `resolve`). */
export function coerceFormValue(value: FormValue, schema: Schema | undefined, resolve: ResolveRef): unknown {
  const s = resolved(schema, resolve);
  if (!s) return value;
  const branches = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
  if (branches && !s.type) {
    for (const branch of branches) {
      const b = resolved(branch, resolve);
      if (!b) continue;
      const coerced = coerceFormValue(value, b, resolve);
      if (fits(coerced, b)) return coerced;
    }
    return value;
  }
  const types = typesOf(s);
  if (typeof value === 'string') {
    const coerced = fromString(value, types);
    // One value where a list is expected is a list of one (`expand=customer`).
    if (coerced === value && types.includes('array') && !types.includes('string')) {
      return [coerceFormValue(value, s.items as Schema | undefined, resolve)];
    }
    return coerced;
  }
  if (Array.isArray(value)) return value.map((item) => coerceFormValue(item, s.items as Schema | undefined, resolve));
  const properties = (s.properties ?? {}) as Record<string, Schema>;
  const additional = typeof s.additionalProperties === 'object' ? (s.additionalProperties as Schema) : undefined;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, coerceFormValue(item, properties[key] ?? additional, resolve)]),
  );
}
