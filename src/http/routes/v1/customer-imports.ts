import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../context.ts';
import {
  type CreateImportInput,
  createCustomerImport,
  getCustomerImport,
  listCustomerImports,
  listImportProblems,
  runCustomerImport,
} from '../../../flows/csv-import/index.ts';
import { allows } from '../../../modules/operators/index.ts';
import type { Worker } from '../../../worker/index.ts';
import { idParams, listOf, ref } from '../../schemas/common.ts';
import {
  createCustomerImportBody,
  customerImportProblemList,
  importProblemsQuery,
  listImportsQuery,
} from '../../schemas/customer-imports.ts';
import { type IdParams, mutation, spec } from './route-kit.ts';

/** A 1,000-row file is ~100 kB; the cap leaves room for 50,000 rows of a few columns. */
const IMPORT_BODY_LIMIT = 16 * 1024 * 1024;

/** The route asks for customers.write; rows with a price also start subscriptions (checked in the flow). */
const maySubscribe = (req: FastifyRequest) =>
  req.account.grants === null || allows(req.account.grants, 'subscriptions', 'write');

export function customerImportRoutes(app: FastifyInstance, ctx: AppContext, worker: Worker | undefined): void {
  const tag = 'Customer imports';
  // The worker runs a started import at once rather than at its next poll.
  const wake = async () => worker?.wake();
  app.post(
    '/v1/customer_imports',
    {
      ...spec({
        tag,
        summary: 'Import customers (and subscriptions) from a CSV file, or check it (dry_run)',
        operationId: 'createCustomerImport',
        body: createCustomerImportBody,
        response: ref('CustomerImport'),
      }),
      bodyLimit: IMPORT_BODY_LIMIT,
      onResponse: wake,
    },
    mutation(ctx, (tx, actor, req) =>
      createCustomerImport(tx, actor, req.body as CreateImportInput, maySubscribe(req)),
    ),
  );
  app.get(
    '/v1/customer_imports',
    spec({
      tag,
      summary: 'List customer imports, newest first',
      operationId: 'listCustomerImports',
      querystring: listImportsQuery,
      response: listOf('CustomerImport'),
    }),
    (req) => listCustomerImports(ctx, req.account.accountId, req.query as never),
  );
  app.get(
    '/v1/customer_imports/:id',
    spec({
      tag,
      summary: 'Retrieve a customer import: its status, counts (progress) and first problems',
      operationId: 'getCustomerImport',
      params: idParams,
      response: ref('CustomerImport'),
    }),
    (req) => getCustomerImport(ctx, req.account.accountId, (req.params as IdParams).id),
  );
  app.get(
    '/v1/customer_imports/:id/problems',
    spec({
      tag,
      summary: 'List every problem of a customer import, by row',
      operationId: 'listCustomerImportProblems',
      params: idParams,
      querystring: importProblemsQuery,
      response: customerImportProblemList,
    }),
    (req) => listImportProblems(ctx, req.account.accountId, (req.params as IdParams).id, req.query as never),
  );
  app.post(
    '/v1/customer_imports/:id/run',
    {
      ...spec({
        tag,
        summary: 'Run a checked (dry run) import: create its valid rows',
        operationId: 'runCustomerImport',
        params: idParams,
        response: ref('CustomerImport'),
      }),
      onResponse: wake,
    },
    mutation(ctx, (tx, actor, req) => runCustomerImport(tx, actor, (req.params as IdParams).id, maySubscribe(req))),
  );
}
