import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { FakeClock } from '../../src/kernel/clock.ts';
import type { Harness } from '../helpers/harness.ts';
import { type MailHarness, startMailHarness } from '../helpers/mail-harness.ts';
import { billingKit, unix } from './billing-kit.ts';

// Automations meeting support (issue #17 points 2 and 5): a ticket opened by an automation, a survey after a solve.
const clock = new FakeClock('2026-11-01T00:00:00Z');
let h: Harness;
let k: ReturnType<typeof billingKit>;
let smtp: MailHarness['smtp'];
let world: MailHarness;
before(async () => {
  world = await startMailHarness(clock);
  ({ h, smtp } = world);
  k = billingKit(h);
});
after(() => world.close());

const runs = async (automation: string) =>
  (await k.ok('GET', `/v1/automations/${automation}/runs?limit=100`)).data.reverse() as any[];
const ticketsOf = async (customer: string) =>
  (await k.ok('GET', `/v1/support_tickets?customer=${customer}&limit=100`)).data as any[];

// Many worker passes (dunning retries over a month): their own limit, not the suite's 60 s.
const LONG = { timeout: 600_000 };

test(
  'invoice.payment_failed → open a ticket: one ticket for the customer however often payment fails',
  LONG,
  async () => {
    const testClock = await k.clock('2026-01-05T00:00:00Z');
    const automation = await k.ok('POST', '/v1/automations', {
      name: 'Payment failed → support reaches out',
      trigger: { type: 'event', event_type: 'invoice.payment_failed' },
      action: { type: 'open_ticket', subject: 'Payment failed', message: 'Your card was declined.' },
    });
    const customer = await k.customer(testClock, 'tok_chargeDeclined');
    const bystander = await k.customer(testClock);
    const price = await k.monthly(1000);
    for (const id of [customer, bystander])
      await k.ok('POST', '/v1/subscriptions', { customer: id, items: [{ price }], trial_period_days: 10 });
    // The trial ends on 01-15 and the first charge fails; the event is read when this step ends, the retries later.
    await k.advance(testClock, '2026-01-15T12:00:00Z');
    await k.advance(testClock, '2026-02-10T00:00:00Z');

    const failures = (await k.events('invoice.payment_failed')).filter((e) => e.data.object.customer === customer);
    assert.ok(failures.length > 1, `retried: ${failures.length} failures`);
    const tickets = await ticketsOf(customer);
    assert.equal(tickets.length, 1);
    const [ticket] = tickets;
    assert.equal(ticket.subject, 'Payment failed');
    assert.equal(ticket.channel, 'automation');
    assert.equal(ticket.test_clock, testClock);
    assert.equal(
      ticket.created,
      unix('2026-01-15T12:00:00Z'),
      "opened in the test clock's time, after the first failure",
    );
    const messages = (await k.ok('GET', `/v1/support_tickets/${ticket.id}/messages`)).data as any[];
    assert.deepEqual(
      messages.map((m) => [m.author, m.body, m.via]),
      [['customer', 'Your card was declined.', 'automation']],
    );
    assert.deepEqual(await ticketsOf(bystander), []);
    const [run, ...more] = await runs(automation.id);
    assert.equal(more.length, 0, 'a customer passes through once');
    assert.equal(run.status, 'completed');
    assert.equal(run.outcome.ticket, ticket.id);

    const invalid = await h.call('POST', '/v1/automations', {
      body: { name: 'x', trigger: { type: 'event', event_type: 'invoice.paid' }, action: { type: 'open_ticket' } },
    });
    assert.equal(invalid.statusCode, 400);
  },
);

test('support_ticket.solved → start a survey: sent once, even when the ticket is solved again', LONG, async () => {
  const testClock = await k.clock('2026-03-01T00:00:00Z');
  const survey = await k.ok('POST', '/v1/surveys', { name: 'After support', kind: 'nps', throttle_days: 0 });
  const automation = await k.ok('POST', '/v1/automations', {
    name: 'Ticket solved → NPS',
    trigger: { type: 'event', event_type: 'support_ticket.solved' },
    action: { type: 'start_survey', survey: survey.id },
  });
  const body = { name: 'Bea', email: 'bea@example.com', test_clock: testClock };
  const customer = (await k.ok('POST', '/v1/customers', body)).id as string;
  const ticket = await k.ok('POST', '/v1/support_tickets', { customer, subject: 'Help', message: 'It broke.' });
  const setStatus = async (status: string) => {
    await k.ok('POST', `/v1/support_tickets/${ticket.id}`, { status });
    await h.settle();
  };
  await setStatus('solved');
  await setStatus('open');
  await setStatus('solved');
  assert.equal((await k.events('support_ticket.solved')).length, 2);
  const npsMail = smtp.of('survey_nps').filter((m) => (m.to as { text: string }).text === 'bea@example.com');
  assert.equal(npsMail.length, 1);
  const [run, ...more] = await runs(automation.id);
  assert.equal(more.length, 0);
  assert.equal(run.status, 'completed');
  assert.equal(run.customer, customer);
  assert.equal(run.triggered_by.type, 'support_ticket.solved');
  assert.match(String(run.outcome.survey_request), /^srq_/);
});
