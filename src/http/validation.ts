import { AjvCompiler } from '@fastify/ajv-compiler';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

const pool = AjvCompiler();
type Pool = typeof pool;
type CompilerOptions = NonNullable<Parameters<Pool>[1]>;

/**
 * Query strings and paths arrive as text, so their schemas coerce (`limit=3` is the integer 3, `expand[]` a list).
 * A JSON body carries its own types and is never coerced: `{"name":false}` is not the string "false", and
 * `{"frozen_time":null}` is not 0 — the client meant something else and is told which field.
 */
/**
 * Fastify asks for a compiler again for every route once any shared schema was added (its `addedSchemas` flag
 * never resets), and the Ajv pool then keys its cache on JSON.stringify of every shared schema: a quarter of
 * start-up. Shared schemas cannot be redefined under the same `$id`, so their ids and the options object identify
 * a compiler.
 */
function memoized<O extends object, C>(build: (schemas: Record<string, unknown>, options: O) => C) {
  const cache = new WeakMap<object, Map<string, C>>();
  const noOptions = {};
  return (schemas: Record<string, unknown>, options: O): C => {
    const byIds = cache.get(options ?? noOptions) ?? new Map<string, C>();
    cache.set(options ?? noOptions, byIds);
    const key = Object.keys(schemas).join('\n');
    const found = byIds.get(key);
    if (found) return found;
    const built = build(schemas, options);
    byIds.set(key, built);
    return built;
  };
}

const buildValidatorOnce: Pool = (externalSchemas, options) => {
  // customOptions is passed on to Ajv as is; the declared type is narrower than what Ajv takes.
  const withCoercion = (coerceTypes: 'array' | false) =>
    ({ ...options, customOptions: { ...options?.customOptions, coerceTypes } }) as CompilerOptions;
  const coercing = pool(externalSchemas, withCoercion('array'));
  const strict = pool(externalSchemas, withCoercion(false));
  const pick = (route: Parameters<typeof strict>[0]) =>
    (route as { httpPart?: string }).httpPart === 'body' ? strict(route) : coercing(route);
  // Fastify only calls the function and reads `errors` and `schemaEnv`, which the lazy one forwards.
  return (route) => lazyValidator(() => pick(route)) as unknown as ReturnType<typeof strict>;
};
export const buildValidator = memoized(buildValidatorOnce as never) as unknown as Pool;

type Validate = ((data: unknown, parent?: object) => unknown) & { errors?: unknown; schemaEnv?: unknown };

/**
 * Compiles a route's schema on its first request, not at start-up: compiling every route's validators and
 * serializers was most of the start time (profiled: fast-json-stringify and Ajv ≈ half), and most routes of a
 * process are never called. Fastify reads `errors` after a failed call and passes the parent (for coercing a root
 * value) when `schemaEnv` is set; both are forwarded from the compiled function.
 */
function lazyValidator(compile: () => unknown): Validate {
  let compiled: Validate | undefined;
  const validate: Validate = (data, parent) => {
    compiled ??= compile() as Validate;
    const result = parent && compiled.schemaEnv ? compiled(data, parent) : compiled(data);
    validate.errors = compiled.errors;
    return result;
  };
  validate.schemaEnv = true;
  return validate;
}

const anyObject = { type: 'object', additionalProperties: true };

/**
 * The schema the serializer gets: without `required`, at any depth, and with each `$ref` branch of an `anyOf` (an
 * expandable id: string, null or the object) as any object. The document keeps both; the serializer would otherwise
 * fail on expansions that refer to each other (an invoice's subscription whose latest_invoice is an invoice).
 */
function forSerializer<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(forSerializer) as T;
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'required' && Array.isArray(value)) continue;
    out[key] =
      key === 'anyOf' && Array.isArray(value)
        ? value.map((branch) =>
            branch && typeof branch === 'object' && '$ref' in branch ? anyObject : forSerializer(branch),
          )
        : forSerializer(value);
  }
  return out as T;
}

const serializers = SerializerSelector();
type SerializerFactory = typeof serializers;

/**
 * Response schemas mark every field a client can count on as required, and the suite checks each answer against
 * them. The serializer alone does not enforce it: a field missing from an answer is a bug to find in tests, not a
 * reason to turn a completed request into a 500 for the client.
 */
const buildSerializerOnce: SerializerFactory = (externalSchemas, options) => {
  const compile = serializers(forSerializer(externalSchemas), options);
  return (route) => {
    let serialize: ((data: unknown) => string) | undefined;
    // Compiled on first use, as validators are (see lazyValidator).
    return (data: unknown) => {
      serialize ??= compile({ ...route, schema: forSerializer(route.schema) }) as (data: unknown) => string;
      return serialize(data);
    };
  };
};
export const buildSerializer = memoized(buildSerializerOnce as never) as unknown as SerializerFactory;
