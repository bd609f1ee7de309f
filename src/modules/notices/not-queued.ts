import { and, eq, notExists, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { messages, subscriptions } from '../../db/schema/index.ts';

/**
 * For scans over subscriptions: no message to the subscription's customer under `key` (a scheduled notice's key,
 * a SQL expression over the subscription) yet, optionally of one template. Keys are what make notices once-only.
 */
export const noMessageYet = (db: Db, key: SQL, template?: string) =>
  notExists(
    db
      .select({ one: sql`1` })
      .from(messages)
      .where(
        and(
          eq(messages.accountId, subscriptions.accountId),
          eq(messages.customerId, subscriptions.customerId),
          template === undefined ? undefined : eq(messages.template, template),
          sql`${messages.eventId} = ${key}`,
        ),
      ),
  );
