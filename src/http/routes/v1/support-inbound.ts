/**
 * `POST /inbound/mail/acct_…`: a mail provider's inbound webhook. Authenticated by the account's inbound secret
 * (bearer token, or the password of basic auth, which providers put in the URL), not an API key.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../context.ts';
import { transact } from '../../../db/tx.ts';
import { receiveMail } from '../../../flows/support/index.ts';
import { invalid, TenureError } from '../../../kernel/errors.ts';
import * as support from '../../../modules/support/index.ts';
import { ref, str, strictObject } from '../../schemas/common.ts';
import { inboundMailBody } from '../../schemas/support.ts';
import { spec } from './route-kit.ts';

const RAW_TYPES = ['message/rfc822', 'text/plain'];
const MAIL_BYTES = 10 * 1024 * 1024;

function presentedSecret(req: FastifyRequest): string {
  const header = req.headers.authorization ?? '';
  const bearer = /^Bearer\s+(\S+)$/i.exec(header);
  if (bearer) return bearer[1]!;
  const basic = /^Basic\s+(\S+)$/i.exec(header);
  if (!basic) return '';
  const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
}

async function checkSecret(ctx: AppContext, req: FastifyRequest, accountId: string): Promise<void> {
  const refused = new TenureError(
    'authentication',
    'inbound_secret_invalid',
    'Wrong inbound mail secret',
    'Authorization',
  );
  const row = await support.existingSettingsRow(ctx.db, accountId);
  if (!row) throw refused;
  const want = Buffer.from(row.inboundSecret);
  const got = Buffer.from(presentedSecret(req));
  if (want.length !== got.length || !timingSafeEqual(want, got)) throw refused;
}

function mailOf(body: support.InboundMailJson & { raw?: string }) {
  if (body.raw !== undefined) return support.parseRawMail(body.raw);
  if (!body.from) throw invalid('parameter_missing', 'Send raw, or from and to', 'from');
  if (!body.to) throw invalid('parameter_missing', 'Send raw, or from and to', 'to');
  return Promise.resolve(support.mailFromJson(body));
}

export function inboundMailRoute(app: FastifyInstance, ctx: AppContext): void {
  app.register(async (scope) => {
    scope.addContentTypeParser(RAW_TYPES, { parseAs: 'string', bodyLimit: MAIL_BYTES }, (_req, body, done) =>
      done(null, { raw: body }),
    );
    scope.post(
      '/inbound/mail/:account',
      {
        ...spec({
          tag: 'Support',
          summary: 'Receive an e-mail (mail provider webhook): a reply becomes a message, a new mail a ticket',
          description:
            'JSON (`raw`, or `from`/`to`/`subject`/`text`/`message_id`) or the raw message as message/rfc822. ' +
            'Authenticate with the inbound secret of GET /v1/support_settings.',
          operationId: 'receiveInboundMail',
          params: strictObject({ account: str({ maxLength: 255 }) }, ['account']),
          body: inboundMailBody,
          response: ref('InboundMailResult'),
        }),
        bodyLimit: MAIL_BYTES,
      },
      async (req) => {
        const accountId = (req.params as { account: string }).account;
        await checkSecret(ctx, req, accountId);
        const mail = await mailOf(req.body as support.InboundMailJson & { raw?: string });
        const { result } = await transact(ctx, (tx) => receiveMail(tx, accountId, mail));
        return result;
      },
    );
  });
}
