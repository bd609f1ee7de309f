/**
 * The right to erasure (GDPR art. 17, LGPD art. 18): what "personal data" means for a customer, and how it is
 * removed from stored documents (event payloads) while everything the books need (ids, amounts, dates, statuses)
 * stays. Pure: the flow reads rows, calls these, and writes the results.
 */

/** A customer's personal fields and the value each takes once erased (the shape of the API object is kept). */
export const ERASED_CUSTOMER_FIELDS = {
  name: null,
  email: null,
  phone: null,
  description: null,
  address: null,
  shipping: null,
  tax_ids: [],
  attributes: {},
  metadata: {},
  marketing_consent: false,
} as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type CustomerLike = {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  description?: string | null;
  address?: Record<string, unknown> | null;
  tax_ids?: { value?: unknown }[] | null;
  attributes?: Record<string, unknown> | null;
  metadata?: Record<string, unknown> | null;
};

// Shorter strings ("BR", "1") would match ordinary values (countries, flags) elsewhere in a document.
const MIN_LENGTH = 3;

/**
 * The strings that identify this person, to be blanked wherever they were copied (an old name in
 * `previous_attributes`, an e-mail in a subscription's metadata): name, e-mail, phone, address lines, tax ids and
 * free-text attribute and metadata values, plus `extra` (the recipients of messages).
 */
export function personalStrings(customer: CustomerLike, extra: readonly string[] = []): Set<string> {
  const found = [
    customer.name,
    customer.email,
    customer.email?.toLowerCase(),
    customer.phone,
    customer.description,
    ...Object.values(customer.address ?? {}),
    ...(customer.tax_ids ?? []).map((t) => t.value),
    ...Object.values(customer.attributes ?? {}),
    ...Object.values(customer.metadata ?? {}),
    ...extra,
  ];
  return new Set(found.filter((s): s is string => typeof s === 'string' && s.trim().length >= MIN_LENGTH));
}

/**
 * A copy of `value` with the customer's own object erased field by field (wherever it is embedded) and every
 * other string equal to one of `personal` replaced by null. Ids, amounts and everything else are left alone.
 */
export function scrubPersonalData(value: Json, customerId: string, personal: ReadonlySet<string>): Json {
  if (typeof value === 'string') return personal.has(value) || personal.has(value.toLowerCase()) ? null : value;
  if (Array.isArray(value)) return value.map((v) => scrubPersonalData(v, customerId, personal));
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: Json } = {};
  for (const [key, inner] of Object.entries(value)) out[key] = scrubPersonalData(inner, customerId, personal);
  if (value.object === 'customer' && value.id === customerId) {
    for (const [key, erased] of Object.entries(ERASED_CUSTOMER_FIELDS)) {
      if (key in out) out[key] = structuredClone(erased) as Json;
    }
  }
  return out;
}
