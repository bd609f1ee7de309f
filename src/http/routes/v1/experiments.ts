import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import type { ListParams } from '../../../db/paginate.ts';
import { experimentResultsReport } from '../../../flows/experiments/index.ts';
import * as experiments from '../../../modules/experiments/index.ts';
import { idParams, listOf, ref } from '../../schemas/common.ts';
import * as s from '../../schemas/experiments.ts';
import { type IdParams, mutation, spec } from './route-kit.ts';

export function experimentRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'Experiments';
  const base = '/v1/experiments';
  const id = (req: { params: unknown }) => (req.params as IdParams).id;
  app.post(
    base,
    spec({
      tag,
      summary: 'Create an A/B/n experiment',
      operationId: 'createExperiment',
      body: s.createExperimentBody,
      response: ref('Experiment'),
    }),
    mutation(ctx, (tx, actor, req) => experiments.createExperiment(tx, actor, req.body as experiments.ExperimentInput)),
  );
  app.get(
    base,
    spec({
      tag,
      summary: 'List experiments',
      operationId: 'listExperiments',
      querystring: s.listExperimentsQuery,
      response: listOf('Experiment'),
    }),
    (req) => experiments.listExperiments(ctx, req.account.accountId, req.query as ListParams),
  );
  app.get(
    `${base}/:id`,
    spec({
      tag,
      summary: 'Retrieve an experiment',
      operationId: 'getExperiment',
      params: idParams,
      response: ref('Experiment'),
    }),
    (req) => experiments.getExperiment(ctx, req.account.accountId, id(req)),
  );
  app.post(
    `${base}/:id/assign`,
    spec({
      tag,
      summary: "The customer's variant; the first call records the exposure",
      operationId: 'assignExperiment',
      params: idParams,
      body: s.assignBody,
      response: ref('ExperimentAssignment'),
    }),
    mutation(ctx, (tx, actor, req) =>
      experiments.assignExperiment(tx, actor, id(req), req.body as { customer: string }),
    ),
  );
  app.post(
    `${base}/:id/conversions`,
    spec({
      tag,
      summary: 'Record that an exposed customer reached the goal',
      operationId: 'recordExperimentConversion',
      params: idParams,
      body: s.conversionBody,
      response: ref('ExperimentConversion'),
    }),
    mutation(ctx, (tx, actor, req) => experiments.recordConversion(tx, actor, id(req), req.body as never)),
  );
  app.post(
    `${base}/:id/stop`,
    spec({
      tag,
      summary: 'Stop the experiment, optionally rolling out a winner',
      operationId: 'stopExperiment',
      params: idParams,
      body: s.stopBody,
      response: ref('Experiment'),
    }),
    mutation(ctx, (tx, actor, req) => experiments.stopExperiment(tx, actor, id(req), req.body as { winner?: string })),
  );
  app.get(
    `${base}/:id/results`,
    spec({
      tag,
      summary: 'Results: rates, values, lifts with intervals and p-values, sample-ratio check',
      operationId: 'getExperimentResults',
      params: idParams,
      querystring: s.resultsQuery,
      response: ref('ExperimentResults'),
    }),
    (req) => experimentResultsReport(ctx, req.account.accountId, id(req), req.query as never),
  );
}
