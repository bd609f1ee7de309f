/**
 * Each CSV row as a customer to create (and maybe a subscription), or every problem it has, each naming its row,
 * column and field. Pure: the prices the account has and the time are given, so a dry run and the real run judge a
 * row alike. A customer is known by its dedupe key: the external reference when that column is mapped, else the
 * e-mail (case-insensitive); the key is what makes a second run of the same file create nothing.
 */
import { Temporal } from 'temporal-polyfill';
import { type ImportField, isImportField, type Mapping } from './fields.ts';
import type { CsvTable } from './parse-csv.ts';

export type ProblemCode =
  | 'required'
  | 'too_long'
  | 'invalid_email'
  | 'invalid_phone'
  | 'invalid_country'
  | 'invalid_locale'
  | 'invalid_currency'
  | 'unknown_price'
  | 'currency_mismatch'
  | 'invalid_quantity'
  | 'invalid_date'
  | 'date_in_past'
  | 'conflicting_dates'
  | 'needs_price'
  | 'duplicate_in_file'
  | 'extra_values'
  | 'not_created';
export type RowProblem = {
  row: number;
  column: string | null;
  field: ImportField | null;
  code: ProblemCode;
  message: string;
};
export type Address = Partial<Record<'line1' | 'line2' | 'city' | 'region' | 'postal_code' | 'country', string>>;
export type ImportedCustomer = {
  name: string;
  email?: string;
  phone?: string;
  description?: string;
  locale?: string;
  preferred_currency?: string;
  address?: Address;
  metadata?: Record<string, string>;
};
/** Dates are Unix seconds. `billing_cycle_anchor` is the next renewal: nothing is charged before it. */
export type ImportedSubscription = {
  price: string;
  quantity?: number;
  trial_end?: number;
  billing_cycle_anchor?: number;
};
export type ValidRow = {
  row: number;
  key: string;
  customer: ImportedCustomer;
  subscription: ImportedSubscription | null;
};
export type KnownPrice = { id: string; currency: string };
export type ValidateOptions = {
  /** Active recurring prices by id and by lookup key. */
  prices: ReadonlyMap<string, KnownPrice>;
  currencies: ReadonlySet<string>;
  /** Unix seconds: renewal and trial dates must be after it. */
  now: number;
  /** The account's time zone: a date without a time is its midnight there. */
  timeZone: string;
};
export type Validated = { dedupeOn: 'external_id' | 'email'; valid: ValidRow[]; problems: RowProblem[] };

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]{2,}$/;
const PHONE = /^\+?[0-9 ()./-]{5,32}$/;
const LIMITS: Partial<Record<string, number>> = { name: 256, email: 512, description: 1000, external_id: 200 };
const ADDRESS_LIMITS: Record<keyof Address, number> = {
  line1: 200,
  line2: 200,
  city: 100,
  region: 100,
  postal_code: 20,
  country: 2,
};

/** What is wrong with a mapping as a whole (a 400 naming `param`), or null. */
export function mappingError(columns: readonly string[], mapping: Mapping): { param: string; message: string } | null {
  const seen = new Map<string, string>();
  for (const [column, field] of Object.entries(mapping)) {
    const param = `mapping[${column}]`;
    if (!columns.includes(column)) return { param, message: `The file has no column '${column}'` };
    if (field === '') continue;
    if (!isImportField(field)) return { param, message: `'${field}' is not a field a column can fill` };
    const other = seen.get(field);
    if (other !== undefined) return { param, message: `Columns '${other}' and '${column}' both fill ${field}` };
    seen.set(field, column);
  }
  if (!seen.has('name')) return { param: 'mapping', message: 'Map a column to name' };
  if (!seen.has('external_id') && !seen.has('email'))
    return { param: 'mapping', message: 'Map a column to external_id or email: it tells customers apart' };
  return null;
}

type Cell = { column: string; value: string };
type Judge = { problems: RowProblem[]; row: number };

function problem(judge: Judge, cell: Cell | null, field: ImportField, code: ProblemCode, message: string) {
  judge.problems.push({ row: judge.row, column: cell?.column ?? null, field, code, message });
}

/** The instant a date cell names: YYYY-MM-DD (midnight in the account's zone), an ISO 8601 instant or Unix seconds. */
export function parseDate(value: string, timeZone: string): number | null {
  try {
    if (/^\d{9,11}$/.test(value)) return Number(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value))
      return Temporal.PlainDate.from(value, { overflow: 'reject' }).toZonedDateTime(timeZone).epochMilliseconds / 1000;
    return Math.floor(Temporal.Instant.from(value).epochMilliseconds / 1000);
  } catch {
    return null;
  }
}

function text(judge: Judge, cells: Map<string, Cell>, field: ImportField): string | undefined {
  const cell = cells.get(field);
  if (!cell || cell.value === '') return undefined;
  const limit = LIMITS[field];
  if (limit && cell.value.length > limit) {
    problem(judge, cell, field, 'too_long', `${field} is over ${limit} characters`);
    return undefined;
  }
  return cell.value;
}

function contact(judge: Judge, cells: Map<string, Cell>, customer: ImportedCustomer) {
  const email = text(judge, cells, 'email');
  if (email !== undefined) {
    if (EMAIL.test(email)) customer.email = email;
    else problem(judge, cells.get('email')!, 'email', 'invalid_email', `'${email}' is not an e-mail address`);
  }
  const phone = cells.get('phone');
  if (phone?.value) {
    if (PHONE.test(phone.value)) customer.phone = phone.value;
    else problem(judge, phone, 'phone', 'invalid_phone', `'${phone.value}' is not a phone number`);
  }
  const description = text(judge, cells, 'description');
  if (description !== undefined) customer.description = description;
  const locale = cells.get('locale');
  if (locale?.value) {
    try {
      customer.locale = Intl.getCanonicalLocales(locale.value.replace('_', '-'))[0]!;
    } catch {
      problem(judge, locale, 'locale', 'invalid_locale', `'${locale.value}' is not a language tag such as pt-BR`);
    }
  }
}

function address(judge: Judge, cells: Map<string, Cell>): Address | undefined {
  const out: Address = {};
  for (const [part, limit] of Object.entries(ADDRESS_LIMITS) as [keyof Address, number][]) {
    const field = `address.${part}` as const;
    const cell = cells.get(field);
    if (!cell?.value) continue;
    if (part === 'country') {
      const country = cell.value.toUpperCase();
      if (/^[A-Z]{2}$/.test(country)) out.country = country;
      else
        problem(judge, cell, field, 'invalid_country', `'${cell.value}' is not a two-letter country code (ISO 3166-1)`);
    } else if (cell.value.length > limit)
      problem(judge, cell, field, 'too_long', `${field} is over ${limit} characters`);
    else out[part] = cell.value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function metadata(judge: Judge, cells: Map<string, Cell>): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const [field, cell] of cells) {
    if (!field.startsWith('metadata.') || cell.value === '') continue;
    if (cell.value.length > 500)
      problem(judge, cell, field as ImportField, 'too_long', `${field} is over 500 characters`);
    else out[field.slice('metadata.'.length)] = cell.value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function currency(judge: Judge, cells: Map<string, Cell>, options: ValidateOptions): string | undefined {
  const cell = cells.get('currency');
  if (!cell?.value) return undefined;
  const code = cell.value.toLowerCase();
  if (options.currencies.has(code)) return code;
  problem(judge, cell, 'currency', 'invalid_currency', `'${cell.value}' is not an ISO 4217 currency code`);
  return undefined;
}

function date(judge: Judge, cells: Map<string, Cell>, field: 'trial_end' | 'next_renewal', options: ValidateOptions) {
  const cell = cells.get(field);
  if (!cell?.value) return undefined;
  const at = parseDate(cell.value, options.timeZone);
  if (at === null) problem(judge, cell, field, 'invalid_date', `'${cell.value}' is not a date (use YYYY-MM-DD)`);
  else if (at <= options.now)
    problem(judge, cell, field, 'date_in_past', `${field} ${cell.value} is not in the future`);
  else return at;
  return undefined;
}

function subscription(judge: Judge, cells: Map<string, Cell>, options: ValidateOptions, currencyCode?: string) {
  const priceCell = cells.get('price');
  const quantity = cells.get('quantity');
  const trialEnd = date(judge, cells, 'trial_end', options);
  const renewal = date(judge, cells, 'next_renewal', options);
  if (!priceCell?.value) {
    for (const field of ['quantity', 'trial_end', 'next_renewal'] as const)
      if (cells.get(field)?.value)
        problem(judge, cells.get(field)!, field, 'needs_price', `${field} is given but no price to subscribe to`);
    return null;
  }
  const price = options.prices.get(priceCell.value);
  if (!price) {
    problem(
      judge,
      priceCell,
      'price',
      'unknown_price',
      `No active recurring price has id or lookup key '${priceCell.value}'`,
    );
    return null;
  }
  if (currencyCode && currencyCode !== price.currency)
    problem(
      judge,
      priceCell,
      'price',
      'currency_mismatch',
      `The price is in ${price.currency}, the customer in ${currencyCode}`,
    );
  const out: ImportedSubscription = { price: price.id };
  if (quantity?.value) {
    if (/^[1-9]\d{0,5}$/.test(quantity.value)) out.quantity = Number(quantity.value);
    else problem(judge, quantity, 'quantity', 'invalid_quantity', `'${quantity.value}' is not a whole number from 1`);
  }
  if (trialEnd !== undefined && renewal !== undefined)
    problem(
      judge,
      cells.get('next_renewal')!,
      'next_renewal',
      'conflicting_dates',
      'Give trial_end or next_renewal, not both',
    );
  if (trialEnd !== undefined) out.trial_end = trialEnd;
  else if (renewal !== undefined) out.billing_cycle_anchor = renewal;
  return out;
}

/** One row: its customer and subscription, or its problems (all of them, not just the first). */
export function validateRow(
  row: number,
  values: readonly string[],
  columns: readonly string[],
  mapping: Mapping,
  options: ValidateOptions,
): { valid: Omit<ValidRow, 'key'> | null; problems: RowProblem[] } {
  const judge: Judge = { row, problems: [] };
  if (values.length > columns.length && values.slice(columns.length).some((v) => v.trim() !== ''))
    judge.problems.push({
      row,
      column: null,
      field: null,
      code: 'extra_values',
      message: `The row has ${values.length} values for ${columns.length} columns`,
    });
  const cells = new Map<string, Cell>();
  columns.forEach((column, i) => {
    const field = mapping[column];
    if (field) cells.set(field, { column, value: (values[i] ?? '').trim() });
  });
  const name = text(judge, cells, 'name');
  if (name === undefined && !judge.problems.some((p) => p.field === 'name'))
    problem(judge, cells.get('name') ?? null, 'name', 'required', 'name is required');
  const customer: ImportedCustomer = { name: name ?? '' };
  contact(judge, cells, customer);
  const addr = address(judge, cells);
  if (addr) customer.address = addr;
  const meta = metadata(judge, cells);
  if (meta) customer.metadata = meta;
  const code = currency(judge, cells, options);
  if (code) customer.preferred_currency = code;
  const sub = subscription(judge, cells, options, code);
  if (judge.problems.length > 0) return { valid: null, problems: judge.problems };
  return { valid: { row, customer, subscription: sub }, problems: [] };
}

/** Every row judged; a second row with a key already seen in the file is a problem, never a second customer. */
export function validateRows(table: CsvTable, mapping: Mapping, options: ValidateOptions): Validated {
  const fields = new Map(Object.entries(mapping).map(([column, field]) => [field, column]));
  const dedupeOn = fields.has('external_id') ? 'external_id' : 'email';
  const keyColumn = fields.get(dedupeOn);
  const firstRowOf = new Map<string, number>();
  const valid: ValidRow[] = [];
  const problems: RowProblem[] = [];
  for (const { row, values } of table.rows) {
    const judged = validateRow(row, values, table.columns, mapping, options);
    problems.push(...judged.problems);
    const raw = (values[table.columns.indexOf(keyColumn ?? '')] ?? '').trim();
    if (raw === '') {
      if (dedupeOn === 'external_id' || !judged.problems.some((p) => p.field === 'email'))
        problems.push({
          row,
          column: keyColumn ?? null,
          field: dedupeOn,
          code: 'required',
          message: `${dedupeOn} is required: it tells customers apart`,
        });
      continue;
    }
    const key = `${dedupeOn}:${dedupeOn === 'email' ? raw.toLowerCase() : raw}`;
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      problems.push({
        row,
        column: keyColumn ?? null,
        field: dedupeOn,
        code: 'duplicate_in_file',
        message: `Row ${first} has the same ${dedupeOn}`,
      });
      continue;
    }
    firstRowOf.set(key, row);
    if (judged.valid && judged.problems.length === 0) valid.push({ ...judged.valid, key });
  }
  return { dedupeOn, valid, problems: problems.sort((a, b) => a.row - b.row) };
}
