import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { FakeClock } from '../../src/kernel/clock.ts';
import { type Harness, problem } from '../helpers/harness.ts';
import { type MailHarness, startMailHarness } from '../helpers/mail-harness.ts';
import { billingKit, unix } from './billing-kit.ts';

// The worker's clock (segment refreshes are hourly in it); the customers live on a test clock earlier in the year.
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

const mailTo = (address: string, template: string) =>
  smtp.of(template).filter((m) => (m.to as { text: string }).text === address);
/** The next hourly segment refresh (worker time), and everything it triggers. */
async function nextRefresh() {
  clock.advance({ hours: 1 });
  await h.settle();
}
const runs = async (automation: string) =>
  (await k.ok('GET', `/v1/automations/${automation}/runs?limit=100`)).data.reverse() as any[];

// Scenarios of many worker passes (hourly refreshes, monthly renewals): their own limit, not the suite's 60 s.
const LONG = { timeout: 600_000 };

test(
  'entered At Risk → send a template: once per customer, in test-clock time; a wait elapses in clock time',
  LONG,
  async () => {
    const testClock = await k.clock('2026-01-05T00:00:00Z');
    await k.ok('POST', '/v1/attribute_definitions', { key: 'risk', type: 'string' });
    const person = async (name: string, consent: boolean) =>
      (
        await k.ok('POST', '/v1/customers', {
          name,
          email: `${name.toLowerCase()}@example.com`,
          test_clock: testClock,
          marketing_consent: consent,
          attributes: { risk: 'low' },
        })
      ).id as string;
    const ana = await person('Ana', true);
    const bo = await person('Bo', true);
    const cy = await person('Cy', false); // no marketing consent: win_back is a marketing notice
    const atRisk = await k.ok('POST', '/v1/segments', {
      name: 'At Risk',
      rule: { field: 'attributes.risk', op: 'eq', value: 'high' },
    });
    const winBack = await k.ok('POST', '/v1/automations', {
      name: 'At risk → win back',
      trigger: { type: 'segment_entered', segment: atRisk.id },
      action: { type: 'send_notice', template: 'win_back' },
    });
    assert.equal(winBack.repeat, false);
    const survey = await k.ok('POST', '/v1/surveys', { name: 'How are we doing?', kind: 'nps', throttle_days: 0 });
    const later = await k.ok('POST', '/v1/automations', {
      name: 'Still at risk two days later → survey',
      trigger: { type: 'segment_entered', segment: atRisk.id },
      wait_seconds: 2 * 86_400,
      condition: { field: 'attributes.risk', op: 'eq', value: 'high' },
      action: { type: 'start_survey', survey: survey.id },
    });

    const setRisk = (id: string, risk: string) => k.ok('POST', `/v1/customers/${id}`, { attributes: { risk } });
    for (const id of [ana, bo, cy]) await setRisk(id, 'high');
    await nextRefresh();
    assert.equal(mailTo('ana@example.com', 'win_back').length, 1);
    assert.equal(mailTo('bo@example.com', 'win_back').length, 1);
    assert.equal(mailTo('cy@example.com', 'win_back').length, 0);
    const first = await runs(winBack.id);
    assert.deepEqual(
      first.map((r) => [r.customer, r.status]).sort(),
      [
        [ana, 'completed'],
        [bo, 'completed'],
        [cy, 'skipped'],
      ].sort(),
    );
    for (const run of first) {
      assert.equal(run.test_clock, testClock);
      assert.equal(run.due_at, unix('2026-01-05T00:00:00Z'), 'dated in the test clock time');
    }
    assert.equal(first.find((r) => r.customer === cy).outcome.reason, 'no_email_or_consent');
    // The waiting automation holds until the test clock passes two days, whatever the worker's own time does.
    assert.deepEqual(
      (await runs(later.id)).map((r) => r.status),
      ['scheduled', 'scheduled', 'scheduled'],
    );

    // Bo recovers on day 1, so the condition fails for him when the wait is over.
    await k.advance(testClock, '2026-01-06T00:00:00Z');
    await setRisk(bo, 'low');
    await nextRefresh();
    await k.advance(testClock, '2026-01-08T00:00:00Z');
    const waited = await runs(later.id);
    assert.deepEqual(
      waited.map((r) => [r.customer, r.status, r.outcome.reason ?? null]).sort(),
      [
        [ana, 'completed', null],
        [bo, 'skipped', 'condition_not_met'],
        [cy, 'completed', null],
      ].sort(),
    );
    assert.equal(waited.find((r) => r.customer === ana).completed_at, unix('2026-01-07T00:00:00Z'));
    assert.equal(mailTo('ana@example.com', 'survey_nps').length, 1);

    // Leaving and entering again (Bo) passes through no second time: one e-mail each, ever.
    await setRisk(bo, 'high');
    await nextRefresh();
    assert.equal((await k.events('segment.entered')).filter((e) => e.data.object.customer === bo).length, 2);
    assert.equal(mailTo('bo@example.com', 'win_back').length, 1);
    assert.equal((await runs(winBack.id)).length, 3);
  },
);

test('12 paid months → a free month (loyalty), applied once in clock time', LONG, async () => {
  const testClock = await k.clock('2026-01-01T00:00:00Z');
  const price = await k.monthly(1000);
  const coupon = await k.ok('POST', '/v1/coupons', { percent_off: 100, duration: 'once', name: 'Loyalty' });
  const automation = await k.ok('POST', '/v1/automations', {
    name: '12 paid months → one month free',
    trigger: { type: 'paid_months', months: 12 },
    action: { type: 'apply_coupon', coupon: coupon.id },
  });
  const customer = await k.customer(testClock);
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price }] });
  // Month by month: each renewal's invoice.paid is read (and the coupon applied) before the next renewal.
  for (let month = 1; month <= 13; month++) {
    await k.advance(testClock, new Date(Date.UTC(2026, month, 1, 6)).toISOString());
  }
  const invoices = await k.invoices(sub.id);
  assert.deepEqual(
    invoices.map((i) => i.amount_paid),
    [1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 0, 1000],
  );
  const [run] = await runs(automation.id);
  assert.equal(run.status, 'completed');
  assert.equal(run.outcome.subscription, sub.id);
  assert.equal((await runs(automation.id)).length, 1);
});

test('an automation names existing objects; another account sees none of it', async () => {
  const bad = await h.call('POST', '/v1/automations', {
    body: {
      name: 'x',
      trigger: { type: 'segment_entered', segment: 'seg_nope' },
      action: { type: 'send_notice', template: 'win_back' },
    },
  });
  assert.equal(problem(bad, 404, 'resource_missing').param, 'trigger.segment');
  const template = await h.call('POST', '/v1/automations', {
    body: {
      name: 'x',
      trigger: { type: 'event', event_type: 'invoice.paid' },
      action: { type: 'send_notice', template: 'nope' },
    },
  });
  assert.equal(problem(template, 400, 'parameter_invalid').param, 'action.template');
  const list = await k.ok('GET', '/v1/automations?limit=100');
  const paused = await k.ok('POST', `/v1/automations/${list.data[0].id}`, { active: false });
  assert.equal(paused.active, false);
  const other = await h.otherAccount();
  assert.equal((await h.call('GET', `/v1/automations/${paused.id}`, { key: other.key })).statusCode, 404);
  assert.equal((await h.call('GET', `/v1/automations/${paused.id}/runs`, { key: other.key })).statusCode, 404);
});
