import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { churnScores } from '../../src/db/schema/index.ts';
import { FakeClock } from '../../src/kernel/clock.ts';
import { type Harness, problem } from '../helpers/harness.ts';
import { type MailHarness, startMailHarness } from '../helpers/mail-harness.ts';
import { billingKit, unix } from './billing-kit.ts';

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

/** Answers `score` with the one-click link of the customer's (only) NPS e-mail. */
async function answer(address: string, score: number) {
  const text = mailTo(address, 'survey_nps')[0]!.text!;
  const link = text.match(new RegExp(`^${score}: http://tenure\\.test(/surveys/answer/\\S+)$`, 'm'))![1]!;
  assert.equal((await h.call('POST', link, { key: '', body: {} })).statusCode, 200);
}

// Many worker passes on a loaded host: its own limit, not the suite's 60 s.
test('surveys on triggers (7 days after signup, after a cancellation), to a segment, NPS by segment', {
  timeout: 600_000,
}, async () => {
  const testClock = await k.clock('2026-01-05T00:00:00Z');
  const nps = await k.ok('POST', '/v1/surveys', { name: 'First week', kind: 'nps' });
  const csat = await k.ok('POST', '/v1/surveys', { name: 'Why did you go?', kind: 'csat', throttle_days: 0 });
  const afterSignup = await k.ok('POST', '/v1/automations', {
    name: '7 days after signup → NPS',
    trigger: { type: 'event', event_type: 'customer.created' },
    wait_seconds: 7 * 86_400,
    action: { type: 'start_survey', survey: nps.id },
  });
  await k.ok('POST', '/v1/automations', {
    name: 'After a cancellation → CSAT',
    trigger: { type: 'event', event_type: 'customer.subscription.deleted' },
    action: { type: 'start_survey', survey: csat.id },
  });
  const price = await k.monthly(1500);
  const person = async (name: string, country: string, subscribe: boolean) => {
    const body = { name, email: `${name.toLowerCase()}@example.com`, address: { country }, test_clock: testClock };
    const id = (await k.ok('POST', '/v1/customers', body)).id as string;
    if (!subscribe) return { id, sub: '' };
    await k.ok('POST', '/v1/payment_methods', { customer: id, token: 'tok_visa' });
    return { id, sub: (await k.ok('POST', '/v1/subscriptions', { customer: id, items: [{ price }] })).id as string };
  };
  const ana = await person('Ana', 'BR', true);
  const bram = await person('Bram', 'NL', true);
  const cy = await person('Cy', 'BR', false);
  const brazil = await k.ok('POST', '/v1/segments', {
    name: 'Brazil',
    rule: { field: 'country', op: 'eq', value: 'BR' },
  });

  await h.settle();
  assert.equal(smtp.of('survey_nps').length, 0, 'not before the seventh day');
  await k.advance(testClock, '2026-01-12T06:00:00Z');
  const runs = (await k.ok('GET', `/v1/automations/${afterSignup.id}/runs`)).data;
  assert.equal(runs.length, 3);
  const requests = (await k.ok('GET', `/v1/survey_requests?survey=${nps.id}`)).data;
  assert.deepEqual(
    requests.map((r: any) => r.created),
    [1, 2, 3].map(() => unix('2026-01-12T00:00:00Z')),
  );
  await answer('ana@example.com', 10);
  await answer('bram@example.com', 2);
  await answer('cy@example.com', 6);

  const range = 'from=2026-01-01&to=2026-01-31';
  const all = await k.ok('GET', `/v1/surveys/${nps.id}/nps?${range}`);
  assert.deepEqual([all.responses, all.score, all.segment], [3, -33.33, null]);
  const inBrazil = await k.ok('GET', `/v1/surveys/${nps.id}/nps?${range}&segment=${brazil.id}`);
  assert.deepEqual([inBrazil.responses, inBrazil.promoters, inBrazil.detractors, inBrazil.score], [2, 1, 1, 0]);
  assert.deepEqual(
    inBrazil.by_plan.map((p: any) => [p.price, p.responses]),
    [[price, 1]],
  );
  assert.equal(inBrazil.series.at(-1).responses, 2, 'the 30-day moving series, by segment too');
  const missing = await h.call('GET', `/v1/surveys/${nps.id}/nps?${range}&segment=seg_nope`);
  assert.equal(problem(missing, 404, 'resource_missing').param, 'segment');

  // Segment conditions on the latest NPS answer, churn-risk band and RFM segment; members exported as CSV.
  const count = async (rule: unknown) => (await k.ok('POST', '/v1/segments/preview', { rule })).count;
  assert.equal(await count({ field: 'nps_category', op: 'eq', value: 'promoter' }), 1);
  assert.equal(await count({ field: 'nps_category', op: 'eq', value: 'detractor' }), 2);
  await h.ctx.db.insert(churnScores).values(
    [ana, bram].map((c, i) => ({
      accountId: h.accountId,
      customerId: c.id,
      scoredAt: new Date(),
      probability: i ? 0.9 : 0.1,
      score: i ? 90 : 10,
      band: i ? ('high' as const) : ('low' as const),
      reasons: [],
    })),
  );
  assert.equal(await count({ field: 'churn_risk_band', op: 'eq', value: 'high' }), 1);
  assert.equal(
    await count({
      all: [
        { field: 'churn_risk_score', op: 'lt', value: 25 },
        { field: 'country', op: 'eq', value: 'BR' },
      ],
    }),
    1,
  );
  const rfm = (await k.ok('GET', '/v1/rfm')).data as { customer: string; segment: string }[];
  assert.equal(rfm.length, 2, 'Ana and Bram paid');
  assert.equal(
    await count({ field: 'rfm_segment', op: 'eq', value: rfm[0]!.segment }),
    rfm.filter((r) => r.segment === rfm[0]!.segment).length,
  );
  assert.equal(await count({ field: 'rfm_segment', op: 'exists' }), 2);
  const csv = await h.call('GET', `/v1/segments/${brazil.id}/members?format=csv`);
  assert.equal(csv.headers['content-type'], 'text/csv; charset=utf-8');
  assert.deepEqual(
    csv.body
      .trim()
      .split('\n')
      .map((line) => line.split(',')[0]),
    ['customer', ...[ana.id, cy.id].sort()],
  );

  // To a segment: its members now, each throttled as usual.
  const pulse = await k.ok('POST', '/v1/surveys', { name: 'Pulse', kind: 'nps', throttle_days: 0 });
  const sent = await k.ok('POST', `/v1/surveys/${pulse.id}/send`, { segment: brazil.id });
  assert.deepEqual(sent.requests.map((r: any) => r.customer).sort(), [ana.id, cy.id].sort());
  const neither = await h.call('POST', `/v1/surveys/${pulse.id}/send`, { body: {} });
  assert.equal(problem(neither, 400, 'parameter_missing').param, 'customers');

  // Metrics of a segment: Brazil's MRR is Ana's; all of it is Ana's and Bram's.
  const window = `start=${unix('2026-01-01T00:00:00Z')}&end=${unix('2026-01-31T00:00:00Z')}`;
  assert.equal((await k.ok('GET', `/v1/metrics/summary?${window}`)).mrr, 3000);
  assert.equal((await k.ok('GET', `/v1/metrics/summary?${window}&segment=${brazil.id}`)).mrr, 1500);
  const series = await k.ok('GET', `/v1/metrics/mrr?${window}&interval=month&segment=${brazil.id}`);
  assert.equal(series.data.at(-1).mrr, 1500);

  // After a cancellation: Bram's CSAT, in clock time.
  await k.ok('POST', `/v1/subscriptions/${bram.sub}/cancel`, {});
  await h.settle();
  const csats = (await k.ok('GET', `/v1/survey_requests?survey=${csat.id}`)).data;
  assert.deepEqual(
    csats.map((r: any) => [r.customer, r.created]),
    [[bram.id, unix('2026-01-12T06:00:00Z')]],
  );
  assert.equal(mailTo('bram@example.com', 'survey_csat').length, 1);
});
