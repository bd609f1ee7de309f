/** True for PostgreSQL's unique_violation (23505), however the driver wraps it (Drizzle puts it in `cause`). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return (e.cause?.code ?? e.code) === '23505';
}

/**
 * True when PostgreSQL refuses a text value it cannot store: a NUL byte (22021, invalid byte sequence) or an
 * untranslatable character (22P05). Client input, so a 400 rather than a 500.
 */
export function isUnstorableText(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  const code = e.cause?.code ?? e.code;
  return code === '22021' || code === '22P05';
}
