import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { dueWorkSources } from '../../src/server/due-work-sources.ts';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';
import { smtpServer } from '../helpers/smtp-server.ts';
import { billingKit } from './billing-kit.ts';

let h: Harness;
let k: ReturnType<typeof billingKit>;
let smtp: Awaited<ReturnType<typeof smtpServer>>;
before(async () => {
  smtp = await smtpServer();
  const mailDir = await mkdtemp(join(tmpdir(), 'tenure-survey-mail-'));
  h = await startHarness({
    sources: dueWorkSources({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, mailDir, publicUrl: 'http://tenure.test' }),
  });
  k = billingKit(h);
});
after(async () => {
  await h.close();
  await smtp.close();
});

const mailTo = (address: string, template: string) =>
  smtp.of(template).filter((m) => (m.to as { text: string }).text === address);

/** The link answering `score`, read from the e-mail's text ("9: http://…"). */
function linkFor(text: string, score: number): string {
  const match = text.match(new RegExp(`^${score}: (http://tenure\\.test(/surveys/answer/\\S+))$`, 'm'));
  assert.ok(match, `no link for ${score} in ${text}`);
  return match[2]!;
}

test('NPS by e-mail in each language, one-click answers, throttle, NPS by plan', async () => {
  const clock = await k.clock('2026-01-05T00:00:00Z');
  const gold = await k.monthly(3000);
  const basic = await k.monthly(1500);
  const person = async (name: string, locale: string, price?: string) => {
    const body = { name, email: `${name.toLowerCase()}@example.com`, locale, test_clock: clock };
    const id = (await k.ok('POST', '/v1/customers', body)).id as string;
    if (price) {
      await k.ok('POST', '/v1/payment_methods', { customer: id, token: 'tok_visa' });
      await k.ok('POST', '/v1/subscriptions', { customer: id, items: [{ price }] });
    }
    return id;
  };
  const ana = await person('Ana', 'pt-BR', gold);
  const bram = await person('Bram', 'nl', basic);
  const sara = await person('Sara', 'fa');
  const jo = await person('Jo', 'en', gold);
  const silent = (await k.ok('POST', '/v1/customers', { name: 'No mail', test_clock: clock })).id;

  const survey = await k.ok('POST', '/v1/surveys', { name: 'Quarterly NPS', kind: 'nps' });
  assert.equal(survey.throttle_days, 30);
  const sent = await k.ok('POST', `/v1/surveys/${survey.id}/send`, { customers: [ana, bram, sara, jo, silent] });
  assert.equal(sent.requests.length, 4);
  assert.deepEqual(sent.skipped, [{ customer: silent, reason: 'no_email' }]);
  assert.deepEqual(sent.requests.find((r: any) => r.customer === ana).prices, [gold]);
  await h.settle();

  const subjects = [
    ['ana@example.com', 'Qual a chance de você recomendar a Tenure?'],
    ['bram@example.com', 'Hoe waarschijnlijk is het dat je Tenure aanbeveelt?'],
    ['sara@example.com', 'چقدر احتمال دارد Tenure را توصیه کنید؟'],
    ['jo@example.com', 'How likely are you to recommend Tenure?'],
  ];
  const accountName = (await k.ok('GET', '/v1/account')).name as string;
  for (const [to, subject] of subjects) {
    const mails = mailTo(to!, 'survey_nps');
    assert.equal(mails.length, 1, to);
    assert.equal(mails[0]!.subject, subject!.replace('Tenure', accountName), to);
  }
  const anaText = mailTo('ana@example.com', 'survey_nps')[0]!.text!;

  // A link scanner's GET answers nothing; the button (POST) does, and a forged or altered link is refused.
  const nine = linkFor(anaText, 9);
  const page = await h.call('GET', nine, { key: '' });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<textarea name="comment"/);
  assert.equal((await k.ok('GET', `/v1/survey_requests?customer=${ana}`)).data[0].score, null);
  const answered = await h.call('POST', nine, { key: '', body: { comment: 'Ótimo catálogo' } });
  assert.deepEqual(answered.json(), { answered: true, score: 9 });
  problem(await h.call('POST', nine.replace('.9.', '.10.'), { key: '', body: {} }), 400, 'survey_token_invalid');
  problem(await h.call('POST', `${nine.slice(0, -3)}abc`, { key: '', body: {} }), 400, 'survey_token_invalid');
  const form = await h.app.inject({
    method: 'POST',
    url: linkFor(mailTo('bram@example.com', 'survey_nps')[0]!.text!, 3),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: 'comment=Te+duur',
  });
  assert.equal(form.statusCode, 200, form.body);
  await h.call('POST', linkFor(mailTo('sara@example.com', 'survey_nps')[0]!.text!, 7), { key: '', body: {} });

  // A second survey inside the 30-day window is not sent, not even another survey.
  await k.advance(clock, '2026-01-20T00:00:00Z');
  const csat = await k.ok('POST', '/v1/surveys', { name: 'Support CSAT', kind: 'csat' });
  const again = await k.ok('POST', `/v1/surveys/${survey.id}/send`, { customers: [ana] });
  assert.deepEqual(again.requests, []);
  assert.deepEqual(again.skipped, [{ customer: ana, reason: 'throttled' }]);
  assert.deepEqual((await k.ok('POST', `/v1/surveys/${csat.id}/send`, { customers: [ana] })).skipped, [
    { customer: ana, reason: 'throttled' },
  ]);
  await h.settle();
  assert.equal(mailTo('ana@example.com', 'survey_nps').length, 1);
  assert.equal(mailTo('ana@example.com', 'survey_csat').length, 0);
  // After the window, it is.
  await k.advance(clock, '2026-02-04T00:00:00Z');
  assert.equal((await k.ok('POST', `/v1/surveys/${csat.id}/send`, { customers: [ana] })).requests.length, 1);
  await h.settle();
  const csatMail = mailTo('ana@example.com', 'survey_csat');
  assert.equal(csatMail.length, 1);
  assert.match(csatMail[0]!.text!, /^5: http:\/\/tenure\.test\/surveys\/answer\//m);

  const report = await k.ok('GET', `/v1/surveys/${survey.id}/nps?from=2026-01-01&to=2026-01-31`);
  assert.deepEqual(
    { responses: report.responses, promoters: report.promoters, detractors: report.detractors, score: report.score },
    { responses: 3, promoters: 1, detractors: 1, score: 0 },
  );
  assert.deepEqual(
    report.by_plan.map((p: any) => [p.price, p.responses, p.score]),
    [
      [basic, 1, -100],
      [gold, 1, 100],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  );
  assert.equal(report.series.length, 31);
  assert.equal(report.series[3].score, null, 'Jan 4: nothing answered yet');
  assert.equal(report.series[4].score, 0, 'Jan 5: the three answers');
  const recent = await k.ok('GET', `/v1/surveys/${survey.id}/nps`);
  assert.equal(recent.series.length, 30, 'without a range: the 30 days ending today');
  assert.equal(recent.series.at(-1).date, recent.to);
  const gold_only = await k.ok('GET', `/v1/surveys/${survey.id}/nps?from=2026-01-05&to=2026-01-05&price=${gold}`);
  assert.equal(gold_only.score, 100);

  const responses = await k.ok('GET', `/v1/survey_requests?survey=${survey.id}&answered=true`);
  assert.deepEqual(
    responses.data.map((r: any) => [r.customer, r.score, r.comment]).sort(),
    [
      [ana, 9, 'Ótimo catálogo'],
      [bram, 3, 'Te duur'],
      [sara, 7, null],
    ].sort(),
  );
});

test('a choice survey in the customer language fills a profile attribute with the chosen value', async () => {
  const clock = await k.clock('2026-03-01T00:00:00Z');
  const customer = (
    await k.ok('POST', '/v1/customers', { name: 'Bia', email: 'bia@example.com', locale: 'pt-BR', test_clock: clock })
  ).id;
  const body = {
    name: 'Genre',
    kind: 'choice',
    question: { en: 'What do you watch most?', 'pt-BR': 'O que você mais assiste?' },
    options: [
      { value: 'sports', label: { en: 'Sports', 'pt-BR': 'Esportes' } },
      { value: 'movies', label: { en: 'Movies', 'pt-BR': 'Filmes' } },
      { value: 'kids', label: { en: 'Kids' } },
    ],
    attribute: 'favorite_genre',
  };
  problem(await h.call('POST', '/v1/surveys', { body }), 400, 'attribute_undefined');
  problem(await h.call('POST', '/v1/surveys', { body: { name: 'x', kind: 'nps', options: body.options } }), 400);
  problem(
    await h.call('POST', '/v1/surveys', { body: { ...body, options: [body.options[0], body.options[0]] } }),
    400,
    'parameter_invalid',
  );
  await k.ok('POST', '/v1/attribute_definitions', { key: 'favorite_genre', type: 'string' });
  const survey = await k.ok('POST', '/v1/surveys', body);
  assert.equal((await k.ok('POST', `/v1/surveys/${survey.id}/send`, { customers: [customer] })).requests.length, 1);
  await h.settle();
  const [mail] = mailTo('bia@example.com', 'survey_choice');
  assert.equal(mail!.subject, 'O que você mais assiste?');
  assert.match(mail!.text!, /^Filmes: http:\/\/tenure\.test\/surveys\/answer\//m);
  assert.match(mail!.text!, /^Kids: http:/m, 'a label without pt-BR falls back to English');
  const films = mail!.text!.match(/^Filmes: http:\/\/tenure\.test(\/surveys\/answer\/\S+)$/m)![1]!;
  assert.deepEqual((await h.call('POST', films, { key: '', body: {} })).json(), { answered: true, score: 1 });
  assert.equal((await k.ok('GET', `/v1/customers/${customer}`)).attributes.favorite_genre, 'movies');
  const [response] = (await k.ok('GET', `/v1/survey_requests?survey=${survey.id}&answered=true`)).data;
  assert.deepEqual([response.score, response.answer], [1, 'movies']);
  problem(await h.call('GET', `/v1/surveys/${survey.id}/nps?from=2026-03-01&to=2026-03-02`), 400, 'parameter_invalid');
});
