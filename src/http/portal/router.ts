import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor, AppContext } from '../../context.ts';
import { transact } from '../../db/tx.ts';
import { actorOf, type PortalScope } from '../../flows/portal/index.ts';
import type { Schema } from '../schemas/common.ts';
import type { PortalRequest } from './session-auth.ts';

type RouteSchema = { body?: Schema; querystring?: Schema; params?: Schema; response?: Schema };
export type Read = (scope: PortalScope, req: FastifyRequest) => Promise<unknown>;
export type Write = (tx: AppContext, actor: Actor, scope: PortalScope, req: FastifyRequest) => Promise<unknown>;

/** Route builders over one plugin scope: reads run as the session's customer, writes in one transaction. */
export function portalRouter(app: FastifyInstance, ctx: AppContext) {
  const schema = (r: RouteSchema) => ({
    schema: { ...r, ...(r.response && { response: { 200: r.response } }) },
  });
  const scopeOf = (req: FastifyRequest) => (req as PortalRequest).portal.scope;
  return {
    get(url: string, r: RouteSchema, read: Read) {
      app.get(url, schema(r), (req) => read(scopeOf(req), req));
    },
    /** `after` answers once the commit's deferred work (a charge) has run, with the object as it now is. */
    post(url: string, r: RouteSchema, write: Write, after?: (scope: PortalScope, result: unknown) => Promise<unknown>) {
      app.post(url, schema(r), async (req) => {
        const scope = scopeOf(req);
        const { result } = await transact(ctx, (tx) => write(tx, actorOf(scope, req.id), scope, req));
        return after ? after(scope, result) : result;
      });
    },
  };
}
