/**
 * What an endpoint's `enabled_events` accept: `*` (everything), a family such as `invoice.*` (every type starting
 * with `invoice.`, also `invoice.payment.failed`), or one exact type.
 */
export type EventFilter = { all: boolean; types: string[]; prefixes: string[] };

/** The syntax the API accepts for one entry, as a JSON Schema pattern. */
export const EVENT_PATTERN = '^(\\*|[a-z0-9_]+(\\.[a-z0-9_]+)*(\\.\\*)?)$';

export function eventFilter(patterns: readonly string[]): EventFilter {
  const filter: EventFilter = { all: false, types: [], prefixes: [] };
  for (const pattern of patterns) {
    if (pattern === '*') filter.all = true;
    else if (pattern.endsWith('.*')) filter.prefixes.push(pattern.slice(0, -1));
    else filter.types.push(pattern);
  }
  return filter;
}

export function matchesEvent(patterns: readonly string[], type: string): boolean {
  const filter = eventFilter(patterns);
  return filter.all || filter.types.includes(type) || filter.prefixes.some((prefix) => type.startsWith(prefix));
}
