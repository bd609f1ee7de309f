import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AutomationTrigger } from '../../../db/schema/automations.ts';
import { dueAt, matchTrigger, type TriggerEvent } from './triggers.ts';

const at = Date.parse('2026-03-01T00:00:00Z');
const ev = (type: string, object: Record<string, unknown>): TriggerEvent => ({ id: 'evt_1', type, object, at });
const entered = ev('segment.entered', { object: 'segment_membership', segment: 'seg_a', customer: 'cus_1' });
const subscription = ev('customer.subscription.created', {
  id: 'sub_1',
  object: 'subscription',
  customer: 'cus_1',
  start_date: at / 1000 - 86_400,
});
const paid = ev('invoice.paid', {
  id: 'in_1',
  object: 'invoice',
  customer: 'cus_1',
  subscription: 'sub_1',
  amount_paid: 900,
});
const free = ev('invoice.paid', {
  id: 'in_2',
  object: 'invoice',
  customer: 'cus_1',
  subscription: 'sub_1',
  amount_paid: 0,
});
const customerEvent = ev('customer.updated', { id: 'cus_2', object: 'customer' });
const solved = ev('support_ticket.solved', {
  id: 'tkt_1',
  object: 'support_ticket',
  customer: 'cus_3',
  status: 'solved',
});

const cases: [string, AutomationTrigger, TriggerEvent, unknown][] = [
  [
    'entered its segment',
    { type: 'segment_entered', segment: 'seg_a' },
    entered,
    { customer: 'cus_1', subscription: null, firedAt: null },
  ],
  ['entered another segment', { type: 'segment_entered', segment: 'seg_b' }, entered, null],
  ['exited is another trigger', { type: 'segment_exited', segment: 'seg_a' }, entered, null],
  [
    'an event type: the customer object itself',
    { type: 'event', event_type: 'customer.updated' },
    customerEvent,
    { customer: 'cus_2', subscription: null, firedAt: null },
  ],
  [
    'an event type: a solved ticket names its customer',
    { type: 'event', event_type: 'support_ticket.solved' },
    solved,
    { customer: 'cus_3', subscription: null, firedAt: null },
  ],
  ['an event type: another type', { type: 'event', event_type: 'invoice.paid' }, customerEvent, null],
  [
    '30 days after the subscription started (a day before the event)',
    { type: 'subscription_started', days: 30 },
    subscription,
    { customer: 'cus_1', subscription: 'sub_1', firedAt: at + 29 * 86_400_000 },
  ],
  [
    'paid months count paid invoices',
    { type: 'paid_months', months: 12 },
    paid,
    { customer: 'cus_1', subscription: 'sub_1', firedAt: null, countPaidOf: 'sub_1' },
  ],
  ['a free invoice is no paid month', { type: 'paid_months', months: 12 }, free, null],
];

for (const [name, trigger, event, expected] of cases) {
  test(`matchTrigger: ${name}`, () => assert.deepEqual(matchTrigger(trigger, event), expected));
}

test('dueAt adds the wait in seconds', () => {
  assert.equal(dueAt(at, 0), at);
  assert.equal(dueAt(at, 3600), at + 3_600_000);
});
