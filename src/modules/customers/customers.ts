import { and, eq, ilike, type SQL, sql } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { rowsById } from '../../db/index.ts';
import type { ListParams } from '../../db/paginate.ts';
import { listPage } from '../../db/paginate.ts';
import type { Address, TaxId } from '../../db/schema/customers.ts';
import { customers } from '../../db/schema/index.ts';
import { type CreatedRange, createdConditions, previousAttributes, recordEvent } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { invalid, notFound } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { mergeMetadata } from '../../kernel/metadata.ts';
import { findTestClock, timeFor } from '../test-clocks/index.ts';
import { attributeTypes, mergeAttributes, parseAttributeQuery } from './attributes.ts';
import { type Customer, type CustomerRow, presentCustomer } from './present.ts';

export type CustomerFields = {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  description?: string | null;
  locale?: string | null;
  preferred_currency?: string | null;
  address?: Address | null;
  tax_ids?: TaxId[];
  attributes?: Record<string, unknown>;
  tags?: string[];
  marketing_consent?: boolean;
  metadata?: Record<string, string | null>;
};

/** BCP 47, canonical case (pt-br → pt-BR), so template lookup later compares like with like. */
function canonicalLocale(locale: string | null | undefined): string | null | undefined {
  if (!locale) return locale;
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    // The schema's pattern lets through tags Intl rejects (en-US-US): a 400, not a RangeError's 500.
    throw invalid('parameter_invalid', `'${locale}' is not a valid BCP 47 language tag`, 'locale');
  }
}

async function columnsFrom(ctx: AppContext, accountId: string, input: CustomerFields, current?: CustomerRow) {
  const types = input.attributes ? await attributeTypes(ctx, accountId) : new Map();
  return {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.email !== undefined && { email: input.email }),
    ...(input.phone !== undefined && { phone: input.phone }),
    ...(input.description !== undefined && { description: input.description }),
    ...(input.locale !== undefined && { locale: canonicalLocale(input.locale) ?? null }),
    ...(input.preferred_currency !== undefined && {
      preferredCurrency: input.preferred_currency?.toLowerCase() ?? null,
    }),
    ...(input.address !== undefined && { address: input.address }),
    ...(input.tax_ids !== undefined && { taxIds: input.tax_ids }),
    ...(input.tags !== undefined && { tags: [...new Set(input.tags)] }),
    ...(input.attributes !== undefined && {
      attributes: mergeAttributes(current?.attributes ?? {}, input.attributes, types),
    }),
    ...(input.metadata !== undefined && { metadata: mergeMetadata(current?.metadata ?? {}, input.metadata) }),
  };
}

export async function createCustomer(ctx: AppContext, actor: Actor, input: CustomerFields & { test_clock?: string }) {
  if (input.test_clock)
    await findTestClock(ctx, actor.accountId, input.test_clock).catch(() => {
      throw notFound('test clock', input.test_clock!, 'test_clock');
    });
  const at = await timeFor(ctx, actor.accountId, input.test_clock);
  const [row] = await ctx.db
    .insert(customers)
    .values({
      accountId: actor.accountId,
      id: newId('cus'),
      ...(await columnsFrom(ctx, actor.accountId, input)),
      marketingConsent: input.marketing_consent ?? false,
      marketingConsentAt: input.marketing_consent ? toDate(at) : null,
      testClock: input.test_clock ?? null,
      created: toDate(at),
    })
    .returning();
  const customer = presentCustomer(row!);
  await recordEvent(ctx.db, actor, { type: 'customer.created', object: customer, at, testClock: row!.testClock });
  return customer;
}

// The hottest read (every customer-scoped request). The statement is built once per database handle, so neither
// Drizzle nor PostgreSQL rebuilds or re-plans it per request (measured ~3x on GET /v1/customers/:id on PostgreSQL),
// and it takes a list of ids so that concurrent requests share one round trip.
const customerRows = rowsById<CustomerRow>('customers', (db) =>
  db
    .select()
    .from(customers)
    .where(
      and(
        eq(customers.accountId, sql.placeholder('accountId')),
        sql`${customers.id} = any(${sql.placeholder('ids')})`,
        eq(customers.deleted, false),
      ),
    )
    .prepare('customers_by_ids'),
);

// A kept row is frozen and replaced, never changed, so its presentation is made once and frozen too: the same
// object for as long as the row is kept, which lets the route keep its serialized body (http/serialized.ts).
const presentedKept = new WeakMap<CustomerRow, Readonly<Customer>>();

/**
 * The customer if the read cache holds it (PGlite), else undefined; never reads the database. Lets the hottest
 * route answer without a promise: each one costs the event loop a microtask.
 */
export function keptCustomer(ctx: AppContext, accountId: string, id: string): Readonly<Customer> | undefined {
  const row = customerRows.kept(ctx.db, accountId, id);
  if (!row) return undefined;
  let customer = presentedKept.get(row);
  if (!customer) {
    customer = Object.freeze(presentCustomer(row));
    presentedKept.set(row, customer);
  }
  return customer;
}

export async function getCustomer(ctx: AppContext, accountId: string, id: string) {
  const row = await customerRows.read(ctx.db, accountId, id);
  if (!row) throw notFound('customer', id);
  return presentCustomer(row);
}

export async function findCustomer(ctx: AppContext, accountId: string, id: string, param = 'id', lock = false) {
  const query = ctx.db
    .select()
    .from(customers)
    .where(and(eq(customers.accountId, accountId), eq(customers.id, id), eq(customers.deleted, false)));
  const rows = lock ? await query.for('update') : await query;
  if (!rows[0]) throw notFound('customer', id, param);
  return rows[0];
}

export async function updateCustomer(ctx: AppContext, actor: Actor, id: string, input: CustomerFields) {
  const current = await findCustomer(ctx, actor.accountId, id, 'id', true);
  const at = await timeFor(ctx, actor.accountId, current.testClock);
  const consentChanged = input.marketing_consent !== undefined && input.marketing_consent !== current.marketingConsent;
  const changes = {
    ...(await columnsFrom(ctx, actor.accountId, input, current)),
    ...(consentChanged && { marketingConsent: input.marketing_consent, marketingConsentAt: toDate(at) }),
  };
  // An update with nothing to change (an empty body, as Stripe's SDKs send one) answers the customer as it is.
  const [row] =
    Object.keys(changes).length === 0
      ? [current]
      : await ctx.db
          .update(customers)
          .set(changes)
          .where(and(eq(customers.accountId, actor.accountId), eq(customers.id, id)))
          .returning();
  const before = presentCustomer(current);
  const customer = presentCustomer(row!);
  const previous = previousAttributes(before, customer);
  if (Object.keys(previous).length > 0) {
    await recordEvent(ctx.db, actor, {
      type: 'customer.updated',
      object: customer,
      previousAttributes: previous,
      at,
      testClock: row!.testClock,
    });
  }
  return customer;
}

export async function deleteCustomer(ctx: AppContext, actor: Actor, id: string) {
  const current = await findCustomer(ctx, actor.accountId, id, 'id', true);
  const at = await timeFor(ctx, actor.accountId, current.testClock);
  await ctx.db
    .update(customers)
    .set({ deleted: true })
    .where(and(eq(customers.accountId, actor.accountId), eq(customers.id, id)));
  await recordEvent(ctx.db, actor, {
    type: 'customer.deleted',
    object: presentCustomer(current),
    at,
    testClock: current.testClock,
  });
  return { id, object: 'customer' as const, deleted: true as const };
}

export type CustomerSearch = ListParams & {
  email?: string | undefined;
  name?: string | undefined;
  tag?: string | undefined;
  test_clock?: string | undefined;
  attributes?: Record<string, string> | undefined;
  created?: CreatedRange | undefined;
};

/** Email matches exactly (any case), name by substring, attributes by typed equality, tags by membership. */
export async function listCustomers(ctx: AppContext, accountId: string, params: CustomerSearch) {
  const filters: (SQL | undefined)[] = [
    eq(customers.deleted, false),
    ...createdConditions(customers.created, params.created),
  ];
  if (params.email) filters.push(sql`lower(${customers.email}) = lower(${params.email})`);
  if (params.name) filters.push(ilike(customers.name, `%${params.name.replace(/[\\%_]/g, '\\$&')}%`));
  if (params.tag) filters.push(sql`${params.tag} = any(${customers.tags})`);
  if (params.test_clock) filters.push(eq(customers.testClock, params.test_clock));
  if (params.attributes && Object.keys(params.attributes).length > 0) {
    const types = await attributeTypes(ctx, accountId);
    const wanted = Object.fromEntries(
      Object.entries(params.attributes).map(([k, v]) => [k, parseAttributeQuery(k, v, types.get(k))]),
    );
    filters.push(sql`${customers.attributes} @> ${JSON.stringify(wanted)}::jsonb`);
  }
  return listPage(ctx.db, customers, accountId, params, and(...filters), presentCustomer);
}
