/**
 * The API's query strings in Stripe's bracket form (`items[0][price]=…`), which openapi-fetch's default serializer
 * does not write for arrays of objects (the proration preview's `subscription_items`).
 */
export function bracketQuery(query: Record<string, unknown>): string {
  const pairs: string[] = [];
  const add = (key: string, value: unknown) => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) add(`${key}[${i}]`, v);
    } else if (typeof value === 'object')
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) add(`${key}[${k}]`, v);
    else pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  };
  for (const [k, v] of Object.entries(query)) add(k, v);
  return pairs.join('&');
}
