import { invalid } from './errors.ts';

/** Stripe's metadata rules: up to 50 keys of ≤ 40 characters, string values ≤ 500; '' or null unsets a key. */
export function mergeMetadata(
  current: Record<string, string>,
  update: Record<string, string | null> | undefined,
  param = 'metadata',
): Record<string, string> {
  if (!update) return current;
  const next = { ...current };
  for (const [key, value] of Object.entries(update)) {
    if (key.length > 40)
      throw invalid('metadata_key_too_long', 'Metadata keys are at most 40 characters', `${param}.${key}`);
    if (value === null || value === '') delete next[key];
    else next[key] = value;
  }
  if (Object.keys(next).length > 50) throw invalid('metadata_too_many_keys', 'Metadata holds at most 50 keys', param);
  return next;
}
