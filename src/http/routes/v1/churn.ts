import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import { getChurnRisk } from '../../../modules/churn/index.ts';
import { getCustomer } from '../../../modules/customers/index.ts';
import { idParams, ref } from '../../schemas/common.ts';
import { type IdParams, spec } from './route-kit.ts';

export function churnRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/v1/customers/:id/churn_risk',
    spec({
      tag: 'Customers',
      summary: "Retrieve a customer's churn risk",
      description:
        'The latest score of the weekly churn training: 1–100, a band and up to three reasons in words. 404 ' +
        'when the customer was not paying at the last training, or no training has run yet.',
      operationId: 'getCustomerChurnRisk',
      params: idParams,
      response: ref('ChurnRisk'),
    }),
    async (req) => {
      const id = (req.params as IdParams).id;
      // A missing customer says so, rather than "no churn risk".
      await getCustomer(ctx, req.account.accountId, id);
      return getChurnRisk(ctx, req.account.accountId, id);
    },
  );
}
