import { index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdColumn, idText, instant, tenantColumns } from './columns.ts';

export type MessageStatus = 'queued' | 'sent' | 'failed';
/** `invoice`: attach that invoice's PDF when sending (rendered at send time). */
export type MessageContent = { text: string; html: string; headers: Record<string, string>; invoice?: string };

/** Every e-mail notice (`msg_`), queued in the transaction that decided it and sent by the worker with retries. */
export const messages = pgTable(
  'messages',
  {
    ...tenantColumns(),
    customerId: idText('customer_id').notNull(),
    to: text('to').notNull(),
    template: text('template').notNull(),
    locale: text('locale').notNull(),
    subject: text('subject').notNull(),
    content: jsonb('content').$type<MessageContent>().notNull(),
    status: text('status').$type<MessageStatus>().notNull().default('queued'),
    /** The event that caused it, or the reminder's key (`sub_…@period end`) for scheduled notices. */
    eventId: text('event_id').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at'),
    lastError: text('last_error'),
    /** Where it went: the SMTP message id, or the .eml file. */
    deliveredTo: text('delivered_to'),
    sentAt: instant('sent_at'),
    created: createdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    // Idempotent by (event, template, customer): a rescan or a retried step never queues a second copy.
    uniqueIndex('messages_cause').on(t.accountId, t.eventId, t.template, t.customerId),
    index('messages_customer').on(t.accountId, t.customerId, t.id),
    index('messages_next_attempt').on(t.nextAttemptAt),
  ],
);

/** An account's own subject and body for a notice in one locale (the safe template language). */
export const noticeTemplates = pgTable(
  'notice_templates',
  {
    accountId: idText('account_id').notNull(),
    template: text('template').notNull(),
    locale: text('locale').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    updated: instant('updated').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.template, t.locale] })],
);

/** The key that signs an account's one-click unsubscribe links (RFC 8058), made on first use. */
export const noticeSecrets = pgTable('notice_secrets', {
  accountId: idText('account_id').primaryKey(),
  secret: text('secret').notNull(),
});
