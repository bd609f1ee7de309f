import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from './api.ts';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'error'; error: ApiError | Error }
  | { state: 'ready'; data: T; reload(): void };

/** Loads once per change of `deps`; a later answer never overwrites a newer one (typing in a search box). */
export function useApi<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the load depends on
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setResult({ state: 'ready', data, reload }),
      (error: Error) => current && setResult({ state: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [...deps, version]);
  return result;
}
