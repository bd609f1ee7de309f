import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseNotice } from './event-notices.ts';

test('chooseNotice: which notice each event calls for', () => {
  const sub = { customer: 'cus_1', status: 'active', cancel_at_period_end: false, current_period_end: 1769904000 };
  const reply = {
    id: 'tmsg_1',
    ticket: 'tkt_1',
    customer: 'cus_1',
    author: 'operator',
    internal: false,
    body: 'Try again',
    reply_to: 'support+tkt_1.00ff@support.example',
  };
  const inv = { id: 'in_1', customer: 'cus_1', amount_due: 2990, amount_paid: 0, currency: 'usd', status: 'open' };
  const cases: [string, object, object | undefined, string | null][] = [
    ['customer.subscription.created', sub, undefined, 'subscription_started'],
    ['customer.subscription.trial_will_end', sub, undefined, 'trial_ending'],
    ['customer.subscription.deleted', { ...sub, status: 'canceled' }, undefined, 'subscription_ended'],
    [
      'customer.subscription.updated',
      { ...sub, cancel_at_period_end: true },
      { cancel_at_period_end: false },
      'cancellation_confirmed',
    ],
    ['customer.subscription.updated', sub, { plan: {} }, 'plan_changed'],
    ['customer.subscription.updated', sub, { status: 'trialing' }, null],
    ['invoice.finalized', inv, undefined, 'invoice_issued'],
    ['invoice.finalized', { ...inv, amount_due: 0 }, undefined, null],
    ['invoice.payment_succeeded', { ...inv, amount_paid: 2990, status: 'paid' }, undefined, 'payment_succeeded'],
    ['invoice.payment_failed', { ...inv, next_payment_attempt: 1769904000 }, undefined, 'payment_failed'],
    ['invoice.payment_failed', { ...inv, next_payment_attempt: null }, undefined, 'payment_failed_final'],
    ['invoice.overdue', { ...inv, collection: { action: 'warn', next_stage: null } }, undefined, 'dunning_warning'],
    [
      'invoice.overdue',
      { ...inv, collection: { action: 'warn', next_stage: { action: 'cancel', at: 1769904000 } } },
      undefined,
      'dunning_final_warning',
    ],
    ['invoice.overdue', { ...inv, collection: { action: 'cancel', next_stage: null } }, undefined, null],
    ['invoice.overdue', { ...inv, collection: { action: 'unpaid', next_stage: null } }, undefined, 'dunning_suspended'],
    ['invoice.overdue', { ...inv, collection: { action: 'pause', next_stage: null } }, undefined, 'dunning_suspended'],
    ['customer.subscription.updated', sub, { items: {} }, 'plan_changed'],
    ['payment_method.card_expiring', { customer: 'cus_1', card: { last4: '4242' } }, undefined, 'card_expiring'],
    ['customer.created', { id: 'cus_1' }, undefined, null],
    ['invoice.finalized', { ...inv, customer: null }, undefined, null],
    ['support_ticket.message_created', reply, undefined, 'support_reply'],
    ['support_ticket.message_created', { ...reply, internal: true }, undefined, null],
    ['support_ticket.message_created', { ...reply, author: 'customer', reply_to: undefined }, undefined, null],
  ];
  for (const [type, object, previous, want] of cases) {
    const got = chooseNotice(type, object as Record<string, unknown>, previous as Record<string, unknown>, 'http://x');
    assert.equal(got?.template ?? null, want, `${type} ${JSON.stringify(previous)}`);
  }
  const issued = chooseNotice('invoice.finalized', inv, undefined, 'http://x');
  assert.equal(issued?.attachInvoice, 'in_1');
  const answered = chooseNotice('support_ticket.message_created', reply, undefined, 'http://x');
  assert.deepEqual(answered?.headers, { 'Reply-To': reply.reply_to });
});
