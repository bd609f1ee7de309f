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
export const buildValidator: Pool = (externalSchemas, options) => {
  // customOptions is passed on to Ajv as is; the declared type is narrower than what Ajv takes.
  const withCoercion = (coerceTypes: 'array' | false) =>
    ({ ...options, customOptions: { ...options?.customOptions, coerceTypes } }) as CompilerOptions;
  const coercing = pool(externalSchemas, withCoercion('array'));
  const strict = pool(externalSchemas, withCoercion(false));
  return (route) => ((route as { httpPart?: string }).httpPart === 'body' ? strict(route) : coercing(route));
};

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
export const buildSerializer: SerializerFactory = (externalSchemas, options) => {
  const compile = serializers(forSerializer(externalSchemas), options);
  return (route) => compile({ ...route, schema: forSerializer(route.schema) });
};
