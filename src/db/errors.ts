/** True for PostgreSQL's unique_violation (23505), however the driver wraps it (Drizzle puts it in `cause`). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return (e.cause?.code ?? e.code) === '23505';
}
