import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import { type SendSurveyInput, sendSurvey } from '../../../flows/surveys/index.ts';
import { toDate } from '../../../kernel/clock.ts';
import { invalid } from '../../../kernel/errors.ts';
import { escapeHtml } from '../../../modules/notices/index.ts';
import * as surveys from '../../../modules/surveys/index.ts';
import { timeFor } from '../../../modules/test-clocks/index.ts';
import { plainFormBodies } from '../../form-body.ts';
import { idParams, listOf, ref, str, strictObject } from '../../schemas/common.ts';
import * as s from '../../schemas/surveys.ts';
import { type IdParams, mutation, spec } from './route-kit.ts';

export function surveyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'Surveys';
  const id = (req: { params: unknown }) => (req.params as IdParams).id;
  app.post(
    '/v1/surveys',
    spec({
      tag,
      summary: 'Create a survey',
      operationId: 'createSurvey',
      body: s.createSurveyBody,
      response: ref('Survey'),
    }),
    mutation(ctx, (tx, actor, req) => surveys.createSurvey(tx, actor, req.body as surveys.SurveyInput)),
  );
  app.get(
    '/v1/surveys',
    spec({
      tag,
      summary: 'List surveys',
      operationId: 'listSurveys',
      querystring: s.listSurveysQuery,
      response: listOf('Survey'),
    }),
    (req) => surveys.listSurveys(ctx, req.account.accountId, req.query as never),
  );
  app.get(
    '/v1/surveys/:id',
    spec({ tag, summary: 'Retrieve a survey', operationId: 'getSurvey', params: idParams, response: ref('Survey') }),
    (req) => surveys.getSurvey(ctx, req.account.accountId, id(req)),
  );
  app.post(
    '/v1/surveys/:id/send',
    spec({
      tag,
      summary: 'E-mail the survey to customers (each at most once per throttle window)',
      description: 'Customers surveyed inside the window, or without an e-mail address, are listed in `skipped`.',
      operationId: 'sendSurvey',
      params: idParams,
      body: s.sendSurveyBody,
      response: ref('SurveySend'),
    }),
    mutation(ctx, (tx, actor, req) => sendSurvey(tx, actor, id(req), req.body as SendSurveyInput)),
  );
  app.get(
    '/v1/surveys/:id/nps',
    spec({
      tag,
      summary: 'NPS over a range, by plan and as a moving series',
      operationId: 'getSurveyNps',
      params: idParams,
      querystring: s.npsQuery,
      response: ref('NpsReport'),
    }),
    (req) => surveys.npsReport(ctx, req.account.accountId, id(req), req.query as never),
  );
  app.get(
    '/v1/survey_requests',
    spec({
      tag,
      summary: 'List survey requests; answered=true lists the responses with comments',
      operationId: 'listSurveyRequests',
      querystring: s.listRequestsQuery,
      response: listOf('SurveyRequest'),
    }),
    (req) => surveys.listSurveyRequests(ctx, req.account.accountId, req.query as surveys.ResponseSearch),
  );
  answerRoutes(app, ctx);
}

/**
 * The links in survey e-mails. GET only shows the chosen answer with a comment box and a button: mail link scanners
 * fetch every link, and recording on GET would answer for the customer. POST (the button, or JSON) records it.
 */
function answerRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.register(async (scope) => {
    plainFormBodies(scope);
    const params = strictObject({ token: str({ maxLength: 300 }) }, ['token']);
    const body = { type: 'object', properties: { comment: str({ maxLength: 5000 }) } };
    scope.get('/surveys/answer/:token', { schema: { hide: true, params } }, async (req, reply) => {
      const verified = await surveys.verifyAnswerToken(ctx.db, (req.params as { token: string }).token);
      if (!verified) throw invalid('survey_token_invalid', 'This survey link is not valid', 'token');
      return reply
        .type('text/html; charset=utf-8')
        .send(
          `<!doctype html><form method="post"><p>${escapeHtml(String(verified.score))}</p>` +
            '<textarea name="comment" maxlength="5000"></textarea><button>Send</button></form>',
        );
    });
    scope.post('/surveys/answer/:token', { schema: { hide: true, params, body } }, async (req) => {
      const token = (req.params as { token: string }).token;
      const comment = (req.body as { comment?: string } | undefined)?.comment;
      const answered = await ctx.db.transaction((db) =>
        surveys.answerSurvey({ ...ctx, db }, token, { comment }, async (row) =>
          toDate(await timeFor({ ...ctx, db }, row.accountId, row.testClock)),
        ),
      );
      if (!answered) throw invalid('survey_token_invalid', 'This survey link is not valid', 'token');
      return { answered: true, score: answered.score };
    });
  });
}
