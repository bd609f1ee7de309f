import type { FastifyInstance, FastifyRequest } from 'fastify';
import { coerceFormValue } from './form-values.ts';
import { parseQuery, queryError } from './querystring.ts';

type Schema = Record<string, unknown>;

/**
 * Stripe's wire format beside JSON: `application/x-www-form-urlencoded` bodies in bracket notation
 * (`items[0][price]=…`, `metadata[plan]=gold`, `expand[]=customer`), as every Stripe SDK sends them. The values are
 * typed by the route's body schema and then validated by it, exactly like a JSON body.
 */
const FORM = 'application/x-www-form-urlencoded';

/**
 * In an encapsulated scope (IPTV players, hosted pages), forms are flat `key=value` pairs read as sent: no bracket
 * notation and no schema typing. Replaces the app-wide Stripe form parser for that scope only.
 */
export function plainFormBodies(scope: FastifyInstance): void {
  if (scope.hasContentTypeParser(FORM)) scope.removeContentTypeParser(FORM);
  scope.addContentTypeParser(FORM, { parseAs: 'string' }, (_req, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );
}

export function registerFormBodies(app: FastifyInstance): void {
  const shared = app.getSchemas() as Record<string, Schema>;
  const resolve = (ref: string) => shared[ref.replace(/#$/, '')];
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (req, body, done) => {
    try {
      done(null, formBody(req, body as string, resolve));
    } catch (error) {
      done(error as Error);
    }
  });
}

function formBody(req: FastifyRequest, body: string, resolve: (ref: string) => Schema | undefined): unknown {
  const parsed = parseQuery(body) as Record<string, unknown>;
  const malformed = queryError(parsed);
  if (malformed) throw malformed;
  const schema = req.routeOptions.schema as { body?: Schema; querystring?: Schema } | undefined;
  moveExpandToQuery(req, parsed, schema);
  if (!schema?.body) return parsed;
  return coerceFormValue(parsed as never, schema.body, resolve);
}

/**
 * Stripe's SDKs send `expand` of a POST in its body; Tenure's routes read it from the query string (where a JSON
 * client puts it), so a form body's `expand` joins the query unless the body itself declares one.
 */
function moveExpandToQuery(
  req: FastifyRequest,
  parsed: Record<string, unknown>,
  schema: { body?: Schema } | undefined,
) {
  if (parsed.expand === undefined) return;
  const bodyProperties = (schema?.body?.properties ?? {}) as Record<string, unknown>;
  if ('expand' in bodyProperties) return;
  const expand = [parsed.expand].flat() as string[];
  delete parsed.expand;
  const query = req.query as Record<string, unknown>;
  query.expand = [...([query.expand ?? []].flat() as string[]), ...expand];
}
