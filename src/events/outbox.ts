import type { Temporal } from 'temporal-polyfill';
import type { Actor } from '../context.ts';
import { bulkInsert, type Db } from '../db/index.ts';
import { events } from '../db/schema/index.ts';
import { toDate } from '../kernel/clock.ts';
import { newId } from '../kernel/ids.ts';
import type { EventType } from './event-types.ts';

export type NewEvent = {
  type: EventType;
  object: { id: string } & Record<string, unknown>;
  previousAttributes?: Record<string, unknown> | undefined;
  at: Temporal.Instant;
  testClock?: string | null | undefined;
};

/** The outbox row for an event (shared by the single and the bulk writer). */
function eventRow(actor: Actor, event: NewEvent) {
  const data: { object: unknown; previous_attributes?: unknown } = { object: event.object };
  if (event.previousAttributes && Object.keys(event.previousAttributes).length > 0) {
    data.previous_attributes = event.previousAttributes;
  }
  return {
    accountId: actor.accountId,
    id: newId('evt'),
    type: event.type,
    data,
    created: toDate(event.at),
    testClock: event.testClock ?? null,
    requestId: actor.requestId ?? null,
    idempotencyKey: actor.idempotencyKey ?? null,
  };
}

/** Writes the event in the caller's transaction, so a committed change always has its event (and vice versa). */
export async function recordEvent(db: Db, actor: Actor, event: NewEvent): Promise<string> {
  const row = eventRow(actor, event);
  await db.insert(events).values(row);
  return row.id;
}

/**
 * An update's event, written only when the update changed something: a request that changes nothing (an empty
 * update, or the values already held) leaves no trace in the outbox, so no webhook or notice fires for it.
 */
export async function recordChange(
  db: Db,
  actor: Actor,
  event: NewEvent & { previousAttributes: Record<string, unknown> },
): Promise<void> {
  if (Object.keys(event.previousAttributes).length > 0) await recordEvent(db, actor, event);
}

/** Many events in one statement, in the caller's transaction and in the given order (ids sort by it). */
export async function recordEvents(db: Db, actor: Actor, list: readonly NewEvent[]): Promise<void> {
  await bulkInsert(
    db,
    events,
    list.map((event) => eventRow(actor, event)),
  );
}

/** The fields of `after` that differ from `before`, with their old values (Stripe's previous_attributes). */
export function previousAttributes(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (!sameJson(before[key], after[key])) changed[key] = before[key] ?? null;
  }
  return changed;
}

/**
 * Whether two values serialize to the same JSON, key order aside, without serializing them: stringifying both sides
 * of every field was 3–5% of the renewal worker's CPU (bench/billing-run.ts).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (a instanceof Date || b instanceof Date) return JSON.stringify(a) === JSON.stringify(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((value, i) => sameJson(value, b[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  if (keys.length !== Object.keys(y).filter((k) => y[k] !== undefined).length) return false;
  return keys.every((k) => sameJson(x[k], y[k]));
}
