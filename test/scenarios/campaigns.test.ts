import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { FakeClock } from '../../src/kernel/clock.ts';
import { type Harness, problem } from '../helpers/harness.ts';
import { type MailHarness, startMailHarness } from '../helpers/mail-harness.ts';
import { billingKit } from './billing-kit.ts';

const clock = new FakeClock('2026-11-02T09:00:00Z');
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

const campaignMail = () => smtp.of('campaign');
const to = (m: { to?: unknown }) => (m.to as { text: string }).text;

// Many worker passes (a minute apart): its own limit, not the suite's 60 s, on a loaded host.
test('campaign mail reaches only consenting members of the segment, each once, throttled, in their language', {
  timeout: 600_000,
}, async () => {
  const person = async (name: string, body: Record<string, unknown>) =>
    (await k.ok('POST', '/v1/customers', { name, ...body })).id as string;
  const vip = { tags: ['vip'], marketing_consent: true };
  const ana = await person('Ana', { ...vip, email: 'ana@example.com', locale: 'pt-BR' });
  const bram = await person('Bram', { ...vip, email: 'bram@example.com', locale: 'nl' });
  await person('Jo', { ...vip, email: 'jo@example.com', marketing_consent: false }); // no consent
  await person('Nomail', vip); // no address
  await person('Sara', { email: 'sara@example.com', marketing_consent: true }); // not in the segment
  const segment = await k.ok('POST', '/v1/segments', {
    name: 'VIP',
    rule: { field: 'tags', op: 'contains', value: 'vip' },
  });
  const experiment = await k.ok('POST', '/v1/experiments', {
    key: 'winter-subject',
    name: 'Winter subject line',
    variants: [
      { key: 'control', weight: 1 },
      { key: 'urgent', weight: 1 },
    ],
  });
  const subjects: Record<string, Record<string, string>> = {
    control: { en: 'Winter is here', 'pt-BR': 'O inverno chegou' },
    urgent: { en: 'Last days: winter deals', 'pt-BR': 'Últimos dias: ofertas de inverno' },
  };
  const campaign = await k.ok('POST', '/v1/campaigns', {
    name: 'Winter',
    segment: segment.id,
    content: {
      en: { subject: 'unused', body: 'New this winter: https://tv.example/winter. Enjoy!' },
      'pt-BR': { subject: 'não usado', body: 'Novidades de inverno: https://tv.example/winter. Aproveite!' },
    },
    subject_experiment: experiment.id,
    subject_variants: subjects,
    rate_per_minute: 2,
    attribution_days: 7,
  });
  assert.deepEqual([campaign.status, campaign.total, campaign.links], ['draft', 0, ['https://tv.example/winter']]);

  const sending = await k.ok('POST', `/v1/campaigns/${campaign.id}/send`);
  assert.deepEqual([sending.status, sending.total, sending.sent], ['sending', 4, 0]);
  await h.settle();
  const first = await k.ok('GET', `/v1/campaigns/${campaign.id}`);
  assert.deepEqual([first.status, first.sent + first.skipped], ['sending', 2], 'two a minute');
  clock.advance({ minutes: 1 });
  await h.settle();
  const done = await k.ok('GET', `/v1/campaigns/${campaign.id}`);
  assert.deepEqual([done.status, done.total, done.sent, done.skipped], ['sent', 4, 2, 2]);

  const mails = campaignMail();
  assert.deepEqual(mails.map(to).sort(), ['ana@example.com', 'bram@example.com']);
  const variant = async (customer: string) =>
    (await k.ok('POST', `/v1/experiments/${experiment.id}/assign`, { customer })).variant as string;
  const anaMail = mails.find((m) => to(m) === 'ana@example.com')!;
  const bramMail = mails.find((m) => to(m) === 'bram@example.com')!;
  assert.equal(anaMail.subject, subjects[await variant(ana)]!['pt-BR']);
  assert.equal(bramMail.subject, subjects[await variant(bram)]!.en, 'Dutch falls back to English');
  assert.match(anaMail.text!, /^Novidades de inverno: http:\/\/tenure\.test\/r\/\S+\. Aproveite!/);
  assert.match(bramMail.text!, /^New this winter: /);
  // mailparser folds List-* headers into one object: read the raw header lines instead.
  const header = (key: string) =>
    anaMail.headerLines
      .find((l) => l.key === key)
      ?.line.slice(key.length + 1)
      .trim();
  assert.match(header('list-unsubscribe')!, /^<http:\/\/tenure\.test\/unsubscribe\/\S+>$/);
  assert.equal(header('list-unsubscribe-post'), 'List-Unsubscribe=One-Click');

  // Clicks go through the signed redirect; a forged link is refused.
  const link = anaMail.text!.match(/http:\/\/tenure\.test(\/r\/\S+?)\. /)![1]!;
  for (let i = 0; i < 2; i++) {
    const click = await h.call('GET', link, { key: '' });
    assert.equal(click.statusCode, 302);
    assert.equal(click.headers.location, 'https://tv.example/winter');
  }
  const forged = await h.call('GET', `${link.slice(0, -3)}abc`, { key: '' });
  assert.equal(forged.statusCode, 400);

  // Ana subscribes three days later: a conversion within the 7-day window.
  clock.advance({ hours: 72 });
  const price = await k.monthly(1200);
  await k.ok('POST', '/v1/payment_methods', { customer: ana, token: 'tok_visa' });
  await k.ok('POST', '/v1/subscriptions', { customer: ana, items: [{ price }] });
  await h.settle();
  const result = await k.ok('GET', `/v1/campaigns/${campaign.id}`);
  assert.deepEqual([result.clicks, result.clicked, result.conversions], [2, 1, 1]);

  assert.equal(
    problem(await h.call('POST', `/v1/campaigns/${campaign.id}/send`), 409, 'campaign_not_draft').param,
    'id',
  );
  await h.settle();
  assert.equal(campaignMail().length, 2, 'each once');
});

test('a campaign names its segment and every variant subject; another account sees none of it', async () => {
  const missing = await h.call('POST', '/v1/campaigns', {
    body: { name: 'x', segment: 'seg_nope', content: { en: { subject: 's', body: 'b' } } },
  });
  assert.equal(problem(missing, 404, 'resource_missing').param, 'segment');
  const list = await k.ok('GET', '/v1/campaigns');
  assert.equal(list.data.length, 1);
  const other = await h.otherAccount();
  assert.equal((await h.call('GET', `/v1/campaigns/${list.data[0].id}`, { key: other.key })).statusCode, 404);
});
