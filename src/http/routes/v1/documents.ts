import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../context.ts';
import {
  renderCreditNoteHtml,
  renderCreditNotePdf,
  renderInvoiceHtml,
  renderInvoicePdf,
} from '../../../flows/documents/index.ts';
import { idParams, problemResponses } from '../../schemas/common.ts';
import type { IdParams } from './route-kit.ts';

type Render = (ctx: AppContext, accountId: string, id: string) => Promise<Buffer | string>;

const CONTENT = {
  pdf: { type: 'application/pdf', schema: { type: 'string', format: 'binary' } },
  html: { type: 'text/html; charset=utf-8', schema: { type: 'string' } },
} as const;

/** Invoice and credit note documents; the 200 is a document (not JSON), so OpenAPI names its content type. */
export function documentRoutes(app: FastifyInstance, ctx: AppContext): void {
  const route = (path: string, kind: keyof typeof CONTENT, tag: string, summary: string, id: string, run: Render) =>
    app.get(
      path,
      {
        schema: {
          tags: [tag],
          summary,
          operationId: id,
          params: idParams,
          response: {
            200: {
              description: summary,
              content: { [CONTENT[kind].type.split(';')[0]!]: { schema: CONTENT[kind].schema } },
            },
            ...problemResponses,
          },
        },
      },
      async (req: FastifyRequest, reply: FastifyReply) => {
        const accountId = req.account.accountId;
        const body = await run(ctx, accountId, (req.params as IdParams).id);
        return reply.type(CONTENT[kind].type).send(body);
      },
    );
  route('/v1/invoices/:id/pdf', 'pdf', 'Invoices', 'Invoice as PDF', 'getInvoicePdf', renderInvoicePdf);
  route('/v1/invoices/:id/html', 'html', 'Invoices', 'Invoice as an HTML page', 'getInvoiceHtml', renderInvoiceHtml);
  route('/v1/credit_notes/:id/pdf', 'pdf', 'Payments', 'Credit note as PDF', 'getCreditNotePdf', renderCreditNotePdf);
  route(
    '/v1/credit_notes/:id/html',
    'html',
    'Payments',
    'Credit note as an HTML page',
    'getCreditNoteHtml',
    renderCreditNoteHtml,
  );
}
