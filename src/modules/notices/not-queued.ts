import { and, eq, notExists, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { messages, subscriptions } from '../../db/schema/index.ts';

/**
 * For scans over subscriptions: no message under `key` (a scheduled notice's key, a SQL expression over the
 * subscription, which names the subscription) in its account yet, optionally of one template. Keys are what make
 * notices once-only. Looked up by (account, event id, template): the prefix of the messages_cause index.
 */
export const noMessageYet = (db: Db, key: SQL, template?: string) =>
  notExists(
    db
      .select({ one: sql`1` })
      .from(messages)
      .where(
        and(
          eq(messages.accountId, subscriptions.accountId),
          template === undefined ? undefined : eq(messages.template, template),
          sql`${messages.eventId} = ${key}`,
        ),
      ),
  );
