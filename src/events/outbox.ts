import type { Temporal } from 'temporal-polyfill';
import type { Actor } from '../context.ts';
import type { Db } from '../db/index.ts';
import { events } from '../db/schema/index.ts';
import { toDate } from '../kernel/clock.ts';
import { newId } from '../kernel/ids.ts';

export type NewEvent = {
  type: string;
  object: { id: string } & Record<string, unknown>;
  previousAttributes?: Record<string, unknown> | undefined;
  at: Temporal.Instant;
  testClock?: string | null | undefined;
};

/** Writes the event in the caller's transaction, so a committed change always has its event (and vice versa). */
export async function recordEvent(db: Db, actor: Actor, event: NewEvent): Promise<string> {
  const id = newId('evt');
  const data: { object: unknown; previous_attributes?: unknown } = { object: event.object };
  if (event.previousAttributes && Object.keys(event.previousAttributes).length > 0) {
    data.previous_attributes = event.previousAttributes;
  }
  await db.insert(events).values({
    accountId: actor.accountId,
    id,
    type: event.type,
    data,
    created: toDate(event.at),
    testClock: event.testClock ?? null,
    requestId: actor.requestId ?? null,
    idempotencyKey: actor.idempotencyKey ?? null,
  });
  return id;
}

/** The fields of `after` that differ from `before`, with their old values (Stripe's previous_attributes). */
export function previousAttributes(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changed[key] = before[key] ?? null;
  }
  return changed;
}
