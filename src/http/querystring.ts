import { TenureError } from '../kernel/errors.ts';

type QueryValue = string | string[] | { [key: string]: QueryValue };

function setPath(target: Record<string, QueryValue>, keys: string[], value: string): void {
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

/**
 * Stripe's bracket notation: `expand[]=a&expand[]=b`, `created[gte]=1`, `attributes[plan]=gold`.
 * Node's parser would keep `expand[]` as a literal key, so lists and ranges would not validate.
 */
export function parseQuery(query: string): Record<string, QueryValue> {
  if (query.length === 0) return {}; // every request without a query string comes through here
  const out: Record<string, QueryValue> = {};
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const rawValue = eq < 0 ? '' : pair.slice(eq + 1);
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
      value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    } catch {
      throw new TenureError('invalid_request', 'parameter_invalid', 'The query string is not valid percent-encoding');
    }
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
    if (!match) throw new TenureError('invalid_request', 'parameter_invalid', `Malformed parameter: ${key}`, key);
    const nested = [...match[2]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!);
    setPath(out, [match[1]!, ...nested], value);
  }
  return indexedToArrays(out) as Record<string, QueryValue>;
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
