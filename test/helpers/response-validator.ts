import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

type Operation = { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> };
type Spec = { paths: Record<string, Record<string, Operation>> };
type Check = (value: unknown) => boolean;

const SPEC_ID = 'tenure-openapi';
const pointer = (part: string) => part.replace(/~/g, '~0').replace(/\//g, '~1');

/** Counts of this process, written out at exit for scripts/test.ts to add up and print. */
export const responseCounts = { checked: 0, mismatches: 0 };
process.on('exit', () => {
  const dir = process.env.TENURE_RESPONSE_REPORT_DIR;
  if (dir && responseCounts.checked > 0) {
    appendFileSync(join(dir, `${process.pid}.json`), `${JSON.stringify(responseCounts)}\n`);
  }
});

/**
 * Checks every response a test receives against the document the server serves at /openapi.json: the status and
 * content type must be documented for the operation, and a JSON body must match its schema. What the spec says is
 * then what clients get, for everything the suite exercises.
 */
export async function responseValidator(app: FastifyInstance) {
  const spec = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as Spec;
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false });
  ajv.addSchema(spec as object, SPEC_ID);
  // A static path wins over a templated one, as in the router: /v1/customers/search before /v1/customers/{id}.
  const templated = (path: string) => (path.match(/\{/g) ?? []).length;
  const routes = Object.entries(spec.paths)
    .sort(([a], [b]) => templated(a) - templated(b))
    .map(([path, methods]) => ({
      regex: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
      path,
      methods,
    }));
  const compiled = new Map<string, Check>();
  const compile = (ref: string): Check => {
    let check = compiled.get(ref);
    if (!check) {
      check = ajv.compile({ $ref: ref }) as Check;
      compiled.set(ref, check);
    }
    return check;
  };
  return (method: string, url: string, response: LightMyRequestResponse): string | undefined => {
    const raw = url.split('?')[0]!;
    let path = raw;
    try {
      path = decodeURI(raw);
    } catch {
      // A path that is not valid percent-encoded UTF-8 (a test of that case) is matched as sent.
    }
    const route = routes.find((r) => r.regex.test(path));
    const op = route?.methods[method.toLowerCase()];
    if (!route || !op) return undefined; // undocumented on purpose (health, metrics, pages) or a 404/405 test
    responseCounts.checked++;
    const status = String(response.statusCode);
    const documented = op.responses[status] ? status : op.responses[`${status[0]}XX`] ? `${status[0]}XX` : 'default';
    const answer = op.responses[documented];
    const type = String(response.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim();
    const fail = (why: string) => {
      responseCounts.mismatches++;
      return `${method} ${url} → ${status} ${type}: ${why}`;
    };
    if (!answer) return fail('status not documented');
    if (!answer.content) return response.body.length === 0 ? undefined : fail('body not documented');
    if (!answer.content[type]) return fail(`content type not documented (${Object.keys(answer.content).join(', ')})`);
    if (!type.endsWith('json')) return undefined;
    const ref = `${SPEC_ID}#/paths/${pointer(route.path)}/${method.toLowerCase()}/responses/${documented}/content/${pointer(type)}/schema`;
    const check = compile(ref);
    if (check(JSON.parse(response.body))) return undefined;
    const errors = (check as unknown as { errors: unknown[] }).errors;
    return fail(JSON.stringify(errors).slice(0, 600));
  };
}
