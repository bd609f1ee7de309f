/**
 * Notices with their own due time, computed from the subscription rather than stored: the renewal reminder
 * (N days before each period end) and the win-back offer (N days after the end, marketing). A notice already
 * queued for the same key is not due again, so each (subscription, period end) gets one reminder. Upcoming price
 * changes are in price-change.ts.
 */
import { and, asc, eq, gte, inArray, isNotNull, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { subscriptionCustomer } from '../../db/index.ts';
import { accounts, customers, prices, subscriptionItems, subscriptions } from '../../db/schema/index.ts';
import { licensedAmount } from '../catalog/index.ts';
import { DEFAULT_REMINDER, type ReminderSettings, reminderDueAt } from './core/index.ts';
import { noMessageYet } from './not-queued.ts';
import { duePriceChanges } from './price-change.ts';
import type { NoticeRequest } from './queue-notice.ts';
import { daysSql, noticeSetting } from './settings-sql.ts';

const DAY_MS = 86_400_000;
type WinBackSettings = { enabled: boolean; daysAfter: number };
const DEFAULT_WIN_BACK: WinBackSettings = { enabled: false, daysAfter: 30 };
type Scope = { accountId: string; clock: string } | { live: true };

export type DueNotice = { dueAt: Date; request: NoticeRequest };

type NoticeSettingsJson = {
  renewal_reminder?: { enabled?: boolean; days_before?: number; annual_days_before?: number };
  win_back?: { enabled?: boolean; days_after?: number };
};

/** The account's `settings.notices`, with the defaults (reminders on, 7 / 30 days; win-back off, 30 days). */
export function noticeSettings(settings: Record<string, unknown>) {
  const n = (settings.notices ?? {}) as NoticeSettingsJson;
  const reminder: ReminderSettings = {
    enabled: n.renewal_reminder?.enabled ?? DEFAULT_REMINDER.enabled,
    daysBefore: n.renewal_reminder?.days_before ?? DEFAULT_REMINDER.daysBefore,
    annualDaysBefore: n.renewal_reminder?.annual_days_before ?? DEFAULT_REMINDER.annualDaysBefore,
  };
  const winBack: WinBackSettings = {
    enabled: n.win_back?.enabled ?? DEFAULT_WIN_BACK.enabled,
    daysAfter: n.win_back?.days_after ?? DEFAULT_WIN_BACK.daysAfter,
  };
  return { reminder, winBack };
}

function scoped(scope: Scope): SQL {
  return (
    'live' in scope
      ? isNull(subscriptions.testClock)
      : and(eq(subscriptions.accountId, scope.accountId), eq(subscriptions.testClock, scope.clock))
  ) as SQL;
}

const reminderKey = sql<string>`${subscriptions.id} || '@' || extract(epoch from ${subscriptions.currentPeriodEnd})::bigint`;
const endedKey = sql<string>`${subscriptions.id} || '@ended'`;

/** Skips subscriptions whose pending notice (reminder, or win-back once ended) is already queued. */
const notQueued = (db: Db) =>
  noMessageYet(db, sql`case when ${subscriptions.status} = 'canceled' then ${endedKey} else ${reminderKey} end`);

const reminderDays = sql`case when ${subscriptions.interval} = 'year'
  then ${noticeSetting('renewal_reminder,annual_days_before', 'int', DEFAULT_REMINDER.annualDaysBefore)}
  else ${noticeSetting('renewal_reminder,days_before', 'int', DEFAULT_REMINDER.daysBefore)} end`;
const reminderAt = sql`${subscriptions.currentPeriodEnd} - ${daysSql(reminderDays)}`;
/**
 * When the subscription's pending scheduled notice falls due, in SQL (null: none): the same rules as
 * reminderDueAt and the win-back below, so the row limit applies to notices that are due, never to rows a later
 * filter would drop (such rows, e.g. ended subscriptions while win-back is off, used to fill the limit and hide
 * due reminders behind them).
 */
const dueAtSql = sql`case
  when ${subscriptions.status} in ('active', 'trialing', 'past_due')
    and ${noticeSetting('renewal_reminder,enabled', 'boolean', DEFAULT_REMINDER.enabled)}
    and not ${subscriptions.cancelAtPeriodEnd}
    and (${subscriptions.cancelAt} is null or ${subscriptions.cancelAt} > ${subscriptions.currentPeriodEnd})
    and ${reminderAt} > ${subscriptions.currentPeriodStart}
  then ${reminderAt}
  when ${subscriptions.status} = 'canceled' and ${customers.marketingConsent}
    and ${noticeSetting('win_back,enabled', 'boolean', DEFAULT_WIN_BACK.enabled)}
  then ${subscriptions.endedAt} + ${daysSql(noticeSetting('win_back,days_after', 'int', DEFAULT_WIN_BACK.daysAfter))}
end`;

/** The list amount of the subscription's licensed items: the reminder's fallback when there is no preview. */
async function listAmount(db: Db, accountId: string, subscriptionId: string): Promise<number> {
  const rows = await db
    .select({ price: prices, quantity: subscriptionItems.quantity })
    .from(subscriptionItems)
    .innerJoin(prices, and(eq(prices.accountId, subscriptionItems.accountId), eq(prices.id, subscriptionItems.priceId)))
    .where(and(eq(subscriptionItems.accountId, accountId), eq(subscriptionItems.subscriptionId, subscriptionId)));
  return rows.reduce((sum, r) => sum + licensedAmount(r.price, r.quantity), 0);
}

/**
 * Scheduled notices due by `upTo` in the scope (one clock's customers, or live ones), earliest first, at most
 * `limit` of each kind (reminders and win-backs; price changes).
 */
export async function dueNotices(db: Db, scope: Scope, upTo: Date, limit = 500): Promise<DueNotice[]> {
  const rows = await db
    .select({
      sub: subscriptions,
      key: reminderKey,
      ended: endedKey,
      settings: accounts.settings,
      consent: customers.marketingConsent,
    })
    .from(subscriptions)
    .innerJoin(accounts, eq(accounts.id, subscriptions.accountId))
    .innerJoin(customers, subscriptionCustomer)
    .where(
      and(
        scoped(scope),
        isNotNull(customers.email),
        // Renewing subscriptions, or ended ones whose customer may still get a win-back (consent, ended < 1 year).
        or(
          and(
            inArray(subscriptions.status, ['active', 'trialing', 'past_due']),
            eq(subscriptions.cancelAtPeriodEnd, false),
          ),
          and(
            eq(subscriptions.status, 'canceled'),
            eq(customers.marketingConsent, true),
            gte(subscriptions.endedAt, new Date(upTo.getTime() - 365 * DAY_MS)),
          ),
        ),
        lte(subscriptions.currentPeriodStart, upTo),
        sql`${dueAtSql} <= ${upTo.toISOString()}::timestamptz`,
        notQueued(db),
      ),
    )
    .orderBy(dueAtSql, asc(subscriptions.id))
    .limit(limit);
  const due: DueNotice[] = [];
  for (const { sub, key, ended, settings, consent } of rows) {
    const { reminder, winBack } = noticeSettings(settings);
    const reminderAt = sub.status === 'canceled' ? null : reminderDueAt(sub, reminder);
    if (reminderAt && reminderAt <= upTo) {
      let amount = 0;
      due.push({
        dueAt: reminderAt,
        request: {
          accountId: sub.accountId,
          customerId: sub.customerId,
          template: 'renewal_reminder',
          eventId: key,
          // The upcoming invoice (discounts, tax, a pending price change, usage so far), else the list amount.
          prepare: async ({ ctx, renewalTotal }) => {
            amount =
              (await renewalTotal(ctx, sub.accountId, sub.id)) ?? (await listAmount(ctx.db, sub.accountId, sub.id));
          },
          vars: (f) => ({
            renewal: { date: f.date(sub.currentPeriodEnd), amount: f.money(amount, sub.currency) },
          }),
        },
      });
    }
    const winBackAt =
      sub.endedAt && winBack.enabled ? new Date(sub.endedAt.getTime() + winBack.daysAfter * DAY_MS) : null;
    if (sub.status === 'canceled' && consent && winBackAt && winBackAt <= upTo) {
      due.push({
        dueAt: winBackAt,
        request: {
          accountId: sub.accountId,
          customerId: sub.customerId,
          template: 'win_back',
          eventId: ended,
          vars: () => ({}),
        },
      });
    }
  }
  const changes = await duePriceChanges(db, scoped(scope), upTo, limit);
  return [...due, ...changes].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
