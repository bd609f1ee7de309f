/** Operators, roles, API keys and the audit log: the account's people and credentials, and what they did. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../context.ts';
import type { ListParams } from '../../../db/paginate.ts';
import { getApiKey, issueApiKey, listApiKeys, revokeApiKey } from '../../../modules/accounts/index.ts';
import { listAuditLog } from '../../../modules/audit/index.ts';
import {
  disableTotp,
  enableTotp,
  getOperator,
  inviteOperator,
  listOperators,
  type Manager,
  newTotpSecret,
  removeOperator,
  updateOperator,
} from '../../../modules/operators/index.ts';
import { deleted, idParams, listOf, listQuery, ref, strictObject } from '../../schemas/common.ts';
import {
  auditQuery,
  createApiKeyBody,
  enableTotpBody,
  inviteBody,
  updateOperatorBody,
} from '../../schemas/operators.ts';
import { consoleUrl, requireSession } from './operator-sessions.ts';
import { type IdParams, spec } from './route-kit.ts';

const manager = (req: FastifyRequest): Manager => ({
  accountId: req.account.accountId,
  role: req.account.role,
  operatorId: req.account.session?.operatorId,
});

export function operatorRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'Operators';
  const operator = ref('Operator');
  app.get(
    '/v1/operators/me',
    spec({ tag, summary: 'The signed-in operator', operationId: 'getCurrentOperator', response: operator }),
    (req) => getOperator(ctx, req.account.accountId, requireSession(req).operatorId),
  );
  app.post(
    '/v1/operators/me/totp',
    spec({
      tag,
      summary: 'A new TOTP secret to enrol (stored only once confirmed)',
      operationId: 'newTotpSecret',
      response: ref('TotpSecret'),
    }),
    (req) => {
      requireSession(req);
      return newTotpSecret(req.account.actor.label ?? 'operator');
    },
  );
  app.post(
    '/v1/operators/me/totp/enable',
    spec({
      tag,
      summary: 'Enable TOTP with a code from the app',
      operationId: 'enableTotp',
      body: enableTotpBody,
      response: operator,
    }),
    (req) => {
      const { secret, code } = req.body as { secret: string; code: string };
      return enableTotp(ctx, req.account.accountId, requireSession(req).operatorId, secret, code);
    },
  );
  app.delete(
    '/v1/operators/me/totp',
    spec({ tag, summary: 'Disable TOTP', operationId: 'disableTotp', response: operator }),
    (req) => disableTotp(ctx, req.account.accountId, requireSession(req).operatorId),
  );
  app.get(
    '/v1/operators',
    spec({
      tag,
      summary: 'List operators',
      operationId: 'listOperators',
      querystring: strictObject(listQuery),
      response: listOf('Operator'),
    }),
    (req) => listOperators(ctx, req.account.accountId, req.query as ListParams),
  );
  app.post(
    '/v1/operators',
    spec({
      tag,
      summary: 'Invite an operator by e-mail with a role',
      description: 'The invitation link works once, for 7 days. Only an owner invites an owner.',
      operationId: 'inviteOperator',
      body: inviteBody,
      response: operator,
    }),
    (req) => inviteOperator(ctx, manager(req), req.body as Parameters<typeof inviteOperator>[2], consoleUrl(req)),
  );
  app.get(
    '/v1/operators/:id',
    spec({ tag, summary: 'Retrieve an operator', operationId: 'getOperator', params: idParams, response: operator }),
    (req) => getOperator(ctx, req.account.accountId, (req.params as IdParams).id),
  );
  app.post(
    '/v1/operators/:id',
    spec({
      tag,
      summary: "Change an operator's role or name",
      operationId: 'updateOperator',
      params: idParams,
      body: updateOperatorBody,
      response: operator,
    }),
    (req) =>
      updateOperator(ctx, manager(req), (req.params as IdParams).id, req.body as { role?: never; name?: string }),
  );
  app.delete(
    '/v1/operators/:id',
    spec({
      tag,
      summary: 'Remove an operator (their sessions end)',
      operationId: 'removeOperator',
      params: idParams,
      response: deleted('operator'),
    }),
    (req) => removeOperator(ctx, manager(req), (req.params as IdParams).id),
  );
  apiKeyRoutes(app, ctx);
  app.get(
    '/v1/audit_log',
    spec({
      tag: 'Audit log',
      summary: 'List changes, newest first',
      description: 'Every successful change made through /v1, with its actor, client address and request id.',
      operationId: 'listAuditLog',
      querystring: auditQuery,
      response: listOf('AuditLogEntry'),
    }),
    (req) => listAuditLog(ctx, req.account.accountId, req.query as Parameters<typeof listAuditLog>[2]),
  );
}

function apiKeyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'API keys';
  app.get(
    '/v1/api_keys',
    spec({
      tag,
      summary: 'List active API keys',
      operationId: 'listApiKeys',
      querystring: strictObject(listQuery),
      response: listOf('ApiKey'),
    }),
    (req) => listApiKeys(ctx, req.account.accountId, req.query as ListParams),
  );
  app.post(
    '/v1/api_keys',
    spec({
      tag,
      summary: 'Create a secret key, or a restricted key (`rk_…`) with `permissions`',
      description: 'The key is in this answer only.',
      operationId: 'createApiKey',
      body: createApiKeyBody,
      response: ref('ApiKey'),
    }),
    (req) => issueApiKey(ctx, req.account.accountId, req.body as Parameters<typeof issueApiKey>[2]),
  );
  app.get(
    '/v1/api_keys/:id',
    spec({ tag, summary: 'Retrieve an API key', operationId: 'getApiKey', params: idParams, response: ref('ApiKey') }),
    (req) => getApiKey(ctx, req.account.accountId, (req.params as IdParams).id),
  );
  app.delete(
    '/v1/api_keys/:id',
    spec({
      tag,
      summary: 'Revoke an API key',
      description: 'Takes effect within 30 seconds on every server (keys are cached that long).',
      operationId: 'revokeApiKey',
      params: idParams,
      response: ref('ApiKey'),
    }),
    (req) => revokeApiKey(ctx, req.account.accountId, (req.params as IdParams).id),
  );
}
