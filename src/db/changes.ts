/**
 * Whether an UPDATE's SET has anything in it. Drizzle refuses an empty SET ("No values to set"), and an update
 * request with no fields is not an error (Stripe answers the object unchanged), so callers skip the statement.
 */
export function hasChanges(values: Record<string, unknown>): boolean {
  return Object.values(values).some((value) => value !== undefined);
}
