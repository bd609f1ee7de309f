import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import { toDate } from '../../../kernel/clock.ts';
import { invalid } from '../../../kernel/errors.ts';
import {
  getMessage,
  listMessages,
  type MessageSearch,
  putNoticeTemplate,
  type TemplateInput,
  unsubscribe,
} from '../../../modules/notices/index.ts';
import { idParams, listOf, ref, str, strictObject } from '../../schemas/common.ts';
import { listMessagesQuery, noticeTemplateBody, noticeTemplateParams } from '../../schemas/notices.ts';
import { type IdParams, mutation, spec } from './route-kit.ts';

type TemplateParams = { template: string; locale: string };

export function noticeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'Notices';
  app.get(
    '/v1/messages',
    spec({
      tag,
      summary: 'List e-mail messages',
      operationId: 'listMessages',
      querystring: listMessagesQuery,
      response: listOf('Message'),
    }),
    (req) => listMessages(ctx, req.account.accountId, req.query as MessageSearch),
  );
  app.get(
    '/v1/messages/:id',
    spec({ tag, summary: 'Retrieve a message', operationId: 'getMessage', params: idParams, response: ref('Message') }),
    (req) => getMessage(ctx, req.account.accountId, (req.params as IdParams).id),
  );
  app.post(
    '/v1/notice_templates/:template/:locale',
    spec({
      tag,
      summary: "Override a notice's subject and body in one locale",
      description: 'Only `{{ variable.path }}` placeholders; values are HTML-escaped. Overrides the built-in text.',
      operationId: 'putNoticeTemplate',
      params: noticeTemplateParams,
      body: noticeTemplateBody,
      response: ref('NoticeTemplate'),
    }),
    mutation(ctx, (tx, actor, req) => {
      const p = req.params as TemplateParams;
      return putNoticeTemplate(tx, actor, p.template, p.locale, req.body as TemplateInput);
    }),
  );
  unsubscribeRoutes(app, ctx);
}

/** RFC 8058 one-click unsubscribe: the signed token is the credential; GET only shows a button (link scanners). */
function unsubscribeRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.register(async (scope) => {
    const params = strictObject({ token: str({ maxLength: 300 }) }, ['token']);
    scope.get('/unsubscribe/:token', { schema: { hide: true, params } }, async (_req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><form method="post"><button name="List-Unsubscribe" value="One-Click">Unsubscribe</button></form>',
        ),
    );
    scope.post('/unsubscribe/:token', { schema: { hide: true, params } }, async (req) => {
      const token = (req.params as { token: string }).token;
      const ok = await unsubscribe(ctx.db, token, toDate(ctx.clock.now()));
      if (!ok) throw invalid('unsubscribe_token_invalid', 'This unsubscribe link is not valid', 'token');
      return { unsubscribed: true };
    });
  });
}
