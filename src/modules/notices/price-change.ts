/**
 * The upcoming price change notice: a subscription whose stored pending change (a schedule's next phase, or a
 * change made for the period end) bills a different recurring amount is told N days before it takes effect
 * (default 30), or at once when the change was made with less notice. Its key is the change itself, so each
 * change is announced once and a different later change is announced again.
 */
import { and, asc, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { subscriptionCustomer } from '../../db/index.ts';
import { accounts, customers, prices, subscriptionItems, subscriptions } from '../../db/schema/index.ts';
import type { PriceRow } from '../catalog/index.ts';
import { licensedAmount } from '../catalog/index.ts';
import { noMessageYet } from './not-queued.ts';
import type { NoticeRequest } from './queue-notice.ts';
import { daysSql, noticeSetting } from './settings-sql.ts';

const DAY_MS = 86_400_000;
const DEFAULT_DAYS_BEFORE = 30;
export type DuePriceChange = { dueAt: Date; request: NoticeRequest };

/** The account's `settings.notices.price_change`, with the defaults (on, 30 days before). */
export function priceChangeSettings(settings: Record<string, unknown>) {
  const n = ((settings.notices ?? {}) as { price_change?: { enabled?: boolean; days_before?: number } }).price_change;
  return { enabled: n?.enabled ?? true, daysBefore: n?.days_before ?? DEFAULT_DAYS_BEFORE };
}

const changeKey = sql<string>`${subscriptions.id} || '@price_change@' || md5(${subscriptions.pendingChange}::text)`;

type Line = { price: string; quantity: number };
// List amounts of the licensed items (tiers and packages priced by the catalog core); metered usage is unknown ahead.
const amountOf = (lines: Line[], byId: Map<string, PriceRow>) =>
  lines.reduce((sum, l) => {
    const price = byId.get(l.price);
    return sum + (price ? licensedAmount(price, l.quantity) : 0);
  }, 0);

const changeAt = sql`to_timestamp((${subscriptions.pendingChange} ->> 'at')::bigint)`;
// The same rules as the filter below, in SQL, so the row limit applies to changes that are due.
const changeDueAt = sql`${changeAt} - ${daysSql(noticeSetting('price_change,days_before', 'int', DEFAULT_DAYS_BEFORE))}`;

/**
 * Price changes to announce by `upTo` within `scope` (the same scope as the other scheduled notices), earliest first.
 * Changes that bill the same amount are never announced: the next page is read while the limit is not reached, so
 * they cannot hide due changes behind them.
 */
export async function duePriceChanges(db: Db, scope: SQL, upTo: Date, limit: number): Promise<DuePriceChange[]> {
  const due: DuePriceChange[] = [];
  for (let offset = 0; ; offset += limit) {
    const rows = await db
      .select({ sub: subscriptions, key: changeKey, settings: accounts.settings })
      .from(subscriptions)
      .innerJoin(accounts, eq(accounts.id, subscriptions.accountId))
      .innerJoin(customers, subscriptionCustomer)
      .where(
        and(
          scope,
          isNotNull(subscriptions.pendingChange),
          isNotNull(customers.email),
          inArray(subscriptions.status, ['active', 'trialing', 'past_due']),
          noticeSetting('price_change,enabled', 'boolean', true),
          sql`(${subscriptions.cancelAt} is null or ${subscriptions.cancelAt} > ${changeAt})`,
          sql`${changeDueAt} <= ${upTo.toISOString()}::timestamptz`,
          noMessageYet(db, changeKey, 'price_change'),
        ),
      )
      .orderBy(changeDueAt, asc(subscriptions.id))
      .limit(limit)
      .offset(offset);
    due.push(...(await announced(db, rows, upTo)));
    if (rows.length < limit || due.length >= limit) return due.slice(0, limit);
  }
}

type ChangeRow = { sub: typeof subscriptions.$inferSelect; key: string; settings: Record<string, unknown> };

/** The rows' changes that are due and change what the customer pays, as notices. */
async function announced(db: Db, rows: ChangeRow[], upTo: Date): Promise<DuePriceChange[]> {
  const candidates = rows.flatMap(({ sub, key, settings }) => {
    const change = sub.pendingChange!;
    const effective = new Date(change.at * 1000);
    const { enabled, daysBefore } = priceChangeSettings(settings);
    // A subscription that ends before the change never sees it.
    if (!enabled || (sub.cancelAt && sub.cancelAt <= effective)) return [];
    const dueAt = new Date(effective.getTime() - daysBefore * DAY_MS);
    return dueAt <= upTo ? [{ sub, key, effective, dueAt }] : [];
  });
  if (candidates.length === 0) return [];
  const items = await db
    .select({
      subscriptionId: subscriptionItems.subscriptionId,
      price: subscriptionItems.priceId,
      quantity: subscriptionItems.quantity,
    })
    .from(subscriptionItems)
    .where(
      inArray(
        subscriptionItems.subscriptionId,
        candidates.map((c) => c.sub.id),
      ),
    );
  const priceIds = [
    ...items.map((i) => i.price),
    ...candidates.flatMap((c) => c.sub.pendingChange!.items.map((i) => i.price)),
  ];
  const byId = new Map((await db.select().from(prices).where(inArray(prices.id, priceIds))).map((p) => [p.id, p]));
  const due: DuePriceChange[] = [];
  for (const { sub, key, effective, dueAt } of candidates) {
    const before = amountOf(
      items.filter((i) => i.subscriptionId === sub.id),
      byId,
    );
    const after = amountOf(sub.pendingChange!.items, byId);
    // Same amount (another product at the same price, a reordering): nothing the customer pays changes.
    if (before === after) continue;
    due.push({
      dueAt,
      request: {
        accountId: sub.accountId,
        customerId: sub.customerId,
        template: 'price_change',
        eventId: key,
        vars: (f) => ({
          change: {
            date: f.date(effective),
            old_amount: f.money(before, sub.currency),
            new_amount: f.money(after, sub.currency),
          },
        }),
      },
    });
  }
  return due;
}
