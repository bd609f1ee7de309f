import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import { readProfile } from '../../../modules/profiles/index.ts';
import { idParams, ref } from '../../schemas/common.ts';
import { type IdParams, spec } from './route-kit.ts';

export function profileRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/v1/customers/:id/profile',
    spec({
      tag: 'Customers',
      summary: 'Retrieve a subscriber profile (attributes, geography, devices, viewing behaviour, billing value)',
      operationId: 'getCustomerProfile',
      params: idParams,
      response: ref('CustomerProfile'),
    }),
    (req) => readProfile(ctx, req.account.accountId, (req.params as IdParams).id),
  );
}
