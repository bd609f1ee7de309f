import type { FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import type { Actor, AppContext } from '../../../context.ts';
import { mutate } from '../../idempotency.ts';
import { problemResponses, type Schema } from '../../schemas/common.ts';

type RouteSchema = {
  tag: string;
  summary: string;
  operationId: string;
  params?: Schema;
  querystring?: Schema;
  body?: Schema;
  response: Schema;
  description?: string;
};

/** Route options whose schema validates input, serializes output and documents both in OpenAPI. */
export function spec(s: RouteSchema): RouteShorthandOptions {
  return {
    schema: {
      tags: [s.tag],
      summary: s.summary,
      ...(s.description && { description: s.description }),
      operationId: s.operationId,
      ...(s.params && { params: s.params }),
      ...(s.querystring && { querystring: s.querystring }),
      ...(s.body && { body: s.body }),
      response: { 200: s.response, ...problemResponses },
    },
  };
}

/**
 * A POST handler body: runs `work` in a transaction with the request's idempotency record; when the change
 * deferred work to after its commit (a charge), `reread` answers with the object as it then is.
 */
export function mutation<T>(
  ctx: AppContext,
  work: (ctx: AppContext, actor: Actor, req: FastifyRequest) => Promise<T>,
  reread?: (ctx: AppContext, actor: Actor, req: FastifyRequest, result: T) => Promise<T>,
) {
  return (req: FastifyRequest, reply: FastifyReply) =>
    mutate(
      ctx,
      req,
      reply,
      (tx, actor) => work(tx, actor, req),
      reread && ((c, actor, result) => reread(c, actor, req, result)),
    );
}

export type IdParams = { id: string };
export type ExpandQuery = { expand?: string[] };
