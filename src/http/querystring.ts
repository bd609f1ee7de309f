import { invalid, type TenureError } from '../kernel/errors.ts';

type QueryValue = string | string[] | { [key: string]: QueryValue };
type Query = Record<string, QueryValue>;

/** Bounds that keep a hostile query string from costing more than a well-formed one. */
export const QUERY_LIMITS = { parameters: 1000, depth: 5, keyLength: 200 } as const;

// Keys that would reach an object's prototype if they were assigned; never a Tenure parameter.
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// The router calls the parser inside the HTTP server's request callback, where a throw ends the process. A bad query
// is therefore returned as a value, and the request's first hook turns it into a 400 problem.
const queryErrors = new WeakMap<object, TenureError>();

/** The problem with a parsed query string, if it could not be parsed; undefined for a good one. */
export function queryError(query: unknown): TenureError | undefined {
  return typeof query === 'object' && query !== null ? queryErrors.get(query) : undefined;
}

function rejected(error: TenureError): Query {
  const marker: Query = {};
  queryErrors.set(marker, error);
  return marker;
}

function setPath(target: Query, keys: string[], value: string): void {
  const [head, ...rest] = keys as [string, ...string[]];
  if (rest.length === 0) {
    const existing = target[head];
    if (existing === undefined) target[head] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else if (typeof existing === 'string') target[head] = [existing, value];
    return;
  }
  if (rest[0] === '') {
    const existing = target[head];
    target[head] = Array.isArray(existing)
      ? [...existing, value]
      : typeof existing === 'string'
        ? [existing, value]
        : [value];
    return;
  }
  const child = target[head];
  const next = typeof child === 'object' && !Array.isArray(child) ? child : {};
  target[head] = next;
  setPath(next, rest, value);
}

function decode(raw: string): string | undefined {
  try {
    // decodeURIComponent also refuses invalid UTF-8 (%FF%FE) and lone surrogates' encodings.
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** One `key=value` pair into `out`, or the problem with it. */
function addPair(out: Query, pair: string): TenureError | undefined {
  const eq = pair.indexOf('=');
  const key = decode(eq < 0 ? pair : pair.slice(0, eq));
  const value = decode(eq < 0 ? '' : pair.slice(eq + 1));
  if (key === undefined || value === undefined) {
    return invalid('parameter_invalid', 'The query string is not valid percent-encoded UTF-8', key);
  }
  if (key.length > QUERY_LIMITS.keyLength) {
    return invalid('parameter_invalid', `A query parameter name is over ${QUERY_LIMITS.keyLength} characters`);
  }
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
  if (!match) return invalid('parameter_invalid', `Malformed parameter: ${key}`, key);
  const path = [match[1]!, ...[...match[2]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!)];
  if (path.length > QUERY_LIMITS.depth) {
    return invalid('parameter_invalid', `Parameters nest at most ${QUERY_LIMITS.depth - 1} levels: ${key}`, key);
  }
  if (path.some((part) => PROTOTYPE_KEYS.has(part)))
    return invalid('parameter_unknown', `Unknown parameter: ${key}`, key);
  if (value.includes('\u0000')) return invalid('parameter_invalid', `${key} holds a NUL character`, key);
  setPath(out, path, value);
  return undefined;
}

/**
 * Stripe's bracket notation: `expand[]=a&expand[]=b`, `created[gte]=1`, `attributes[plan]=gold`.
 * Node's parser would keep `expand[]` as a literal key, so lists and ranges would not validate.
 * Never throws: a query it cannot read comes back as a value that `queryError` recognises.
 */
export function parseQuery(query: string): Query {
  if (query.length === 0) return {}; // every request without a query string comes through here
  const out: Query = {};
  const pairs = query.split('&');
  if (pairs.length > QUERY_LIMITS.parameters) {
    return rejected(invalid('parameter_invalid', `At most ${QUERY_LIMITS.parameters} query parameters are read`));
  }
  for (const pair of pairs) {
    if (!pair) continue;
    const error = addPair(out, pair);
    if (error) return rejected(error);
  }
  return indexedToArrays(out) as Query;
}

/** `items[0][price]=a&items[1][price]=b` is a list (Stripe's form for arrays of objects), in index order. */
function indexedToArrays(value: QueryValue): QueryValue {
  if (typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const entries = keys.map((key) => [key, indexedToArrays(value[key]!)] as const);
  if (keys.length > 0 && keys.every((key) => /^\d+$/.test(key))) {
    return entries.sort((a, b) => Number(a[0]) - Number(b[0])).map(([, v]) => v) as unknown as QueryValue;
  }
  return Object.fromEntries(entries);
}
