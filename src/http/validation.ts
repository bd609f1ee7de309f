import { AjvCompiler } from '@fastify/ajv-compiler';

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
