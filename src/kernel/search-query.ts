/**
 * Stripe's search query language, the part Tenure can answer: `field:'value'` (exact, any case), `field~'value'`
 * (contains), `field>N` `<` `>=` `<=` (numbers and times), `metadata['key']:'value'`, `-` before a clause to negate,
 * `field:null`, and clauses joined by AND or by OR (Stripe allows no mixing and no parentheses).
 */
import { invalid } from './errors.ts';

export type SearchFieldKind = 'string' | 'number' | 'metadata';
export type Comparator = ':' | '~' | '>' | '<' | '>=' | '<=';
export type SearchClause = {
  field: string;
  /** The metadata key of `metadata['key']`. */
  key?: string;
  comparator: Comparator;
  value: string | number | null;
  negate: boolean;
};
export type SearchQuery = { join: 'and' | 'or'; clauses: SearchClause[] };

const CLAUSE =
  /^\s*(-)?([a-z_]+)(?:\[(?:'([^']*)'|"([^"]*)")\])?\s*(:|~|>=|<=|>|<)\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?)|(null))\s*/i;

const fail = (message: string) => invalid('search_query_invalid', message, 'query');

/** Parses `query` for the given fields; any other field, or a comparator the field cannot take, is a 400. */
export function parseSearchQuery(query: string, fields: Record<string, SearchFieldKind>): SearchQuery {
  const clauses: SearchClause[] = [];
  const joins = new Set<'and' | 'or'>();
  let rest = query.trim();
  if (rest === '') throw fail('The search query is empty');
  while (rest.length > 0) {
    const match = CLAUSE.exec(rest);
    if (!match) throw fail(`Cannot read the search query at: ${rest.slice(0, 40)}`);
    clauses.push(clauseOf(match, fields));
    rest = rest.slice(match[0].length);
    if (rest.length === 0) break;
    const join = /^(AND|OR)\s+/.exec(rest);
    if (!join) throw fail(`Expected AND or OR at: ${rest.slice(0, 40)}`);
    joins.add(join[1] === 'AND' ? 'and' : 'or');
    rest = rest.slice(join[0].length);
  }
  if (joins.size > 1) throw fail('A search query joins its clauses with AND or with OR, not both');
  return { join: joins.has('or') ? 'or' : 'and', clauses };
}

function clauseOf(match: RegExpExecArray, fields: Record<string, SearchFieldKind>): SearchClause {
  const [, minus, field, key1, key2, comparator, single, double, number, nul] = match;
  const name = field!.toLowerCase();
  const kind = fields[name];
  if (!kind) throw fail(`Cannot search by ${name}; searchable: ${Object.keys(fields).join(', ')}`);
  const key = key1 ?? key2;
  if ((kind === 'metadata') !== (key !== undefined)) throw fail(`Write metadata['key'] to search metadata`);
  const text = single ?? double;
  const value = nul !== undefined ? null : text !== undefined ? text.replace(/\\(.)/g, '$1') : Number(number);
  const op = comparator as Comparator;
  const ordering = op !== ':' && op !== '~';
  if (ordering && (kind !== 'number' || typeof value !== 'number')) throw fail(`${name} cannot be compared with ${op}`);
  if (op === '~' && (kind === 'number' || typeof value !== 'string' || value.length < 3)) {
    throw fail(`${name}~ needs a text of at least 3 characters`);
  }
  if (kind === 'number' && op === ':' && typeof value !== 'number') throw fail(`${name} is a number`);
  return { field: name, ...(key !== undefined && { key }), comparator: op, value, negate: minus === '-' };
}
