import type { AppContext } from '../context.ts';
import { invalid } from '../kernel/errors.ts';
import type { EXPANDABLE } from './schemas/common.ts';

export type Expander = (ctx: AppContext, accountId: string, id: string) => Promise<unknown>;
/** One loader for each field a resource declares expandable (EXPANDABLE), no more, no fewer. */
export type Expanders<R extends keyof typeof EXPANDABLE> = Record<(typeof EXPANDABLE)[R][number], Expander>;

/**
 * Stripe's `expand[]`: swaps an id field for the object it names, on a single object (`product`) or on every item
 * of a list (`data.product`). Only fields a route declares can be expanded; others are a 400 naming `expand`.
 */
export function expandObject<T>(
  ctx: AppContext,
  accountId: string,
  value: T,
  paths: string[] | undefined,
  expanders: Record<string, Expander>,
): T | Promise<T> {
  // Most requests expand nothing: answered without a promise.
  if (!paths || paths.length === 0) return value;
  return expandPaths(ctx, accountId, value, paths, expanders);
}

async function expandPaths<T>(
  ctx: AppContext,
  accountId: string,
  value: T,
  paths: string[],
  expanders: Record<string, Expander>,
): Promise<T> {
  const isList = (value as { object?: string }).object === 'list';
  for (const path of paths) {
    const field = isList ? path.replace(/^data\./, '') : path;
    const expander = expanders[field];
    if (!expander || (isList && !path.startsWith('data.'))) {
      throw invalid(
        'expand_invalid',
        `'${path}' cannot be expanded here; expandable: ${
          Object.keys(expanders)
            .map((f) => (isList ? `data.${f}` : f))
            .join(', ') || 'none'
        }`,
        'expand',
      );
    }
    const targets = isList ? (value as { data: Record<string, unknown>[] }).data : [value as Record<string, unknown>];
    for (const target of targets) {
      const id = target[field];
      if (typeof id === 'string') target[field] = await expander(ctx, accountId, id);
    }
  }
  return value;
}
