import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdColumn, idText, instant, metadata, tenantColumns, testClockColumn } from './columns.ts';

/** What starts an automation for a customer (checked by the automations core). */
export type AutomationTrigger =
  | { type: 'segment_entered' | 'segment_exited'; segment: string }
  | { type: 'event'; event_type: string }
  | { type: 'subscription_started'; days: number }
  | { type: 'paid_months'; months: number };

/** What an automation does once its wait is over and its condition holds. */
export type AutomationAction =
  | { type: 'send_notice'; template: string }
  | { type: 'apply_coupon'; coupon: string }
  | { type: 'start_survey'; survey: string }
  | { type: 'open_ticket'; subject: string; message?: string }
  | { type: 'call_webhook'; url: string };

/** A small rule: trigger → optional wait → optional condition (a segment rule) → one action. */
export const automations = pgTable(
  'automations',
  {
    ...tenantColumns(),
    name: text('name').notNull(),
    trigger: jsonb('trigger').$type<AutomationTrigger>().notNull(),
    waitSeconds: integer('wait_seconds').notNull().default(0),
    /** A segment rule tree the customer must match when the wait is over; null: always. */
    condition: jsonb('condition').$type<unknown>(),
    action: jsonb('action').$type<AutomationAction>().notNull(),
    /** false: a customer passes through once, ever; true: once per triggering event. */
    repeat: boolean('repeat').notNull().default(false),
    active: boolean('active').notNull().default(true),
    metadata: metadata(),
    created: createdColumn(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] })],
);

export type AutomationRunStatus = 'scheduled' | 'calling' | 'completed' | 'skipped' | 'failed';

/** One customer passing through one automation: scheduled at the trigger, run when due, its outcome kept. */
export const automationRuns = pgTable(
  'automation_runs',
  {
    ...tenantColumns(),
    automationId: idText('automation_id').notNull(),
    customerId: idText('customer_id').notNull(),
    testClock: testClockColumn(),
    /** '' unless the automation repeats (then the triggering event's id): one run per customer and key. */
    onceKey: text('once_key').notNull(),
    /** The triggering event's id and type, and the subscription it concerned if any. */
    triggeredBy: jsonb('triggered_by').$type<{ event: string; type: string; subscription: string | null }>().notNull(),
    status: text('status').$type<AutomationRunStatus>().notNull(),
    dueAt: instant('due_at').notNull(),
    /** What the action produced (a message, a survey request, an HTTP status) or why it was skipped. */
    outcome: jsonb('outcome').$type<Record<string, string | number | null>>().notNull().default({}),
    completedAt: instant('completed_at'),
    created: createdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    uniqueIndex('automation_runs_once').on(t.accountId, t.automationId, t.customerId, t.onceKey),
    index('automation_runs_due').on(t.status, t.dueAt),
    index('automation_runs_list').on(t.accountId, t.automationId, t.id),
  ],
);
