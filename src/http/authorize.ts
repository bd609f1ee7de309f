import type { FastifyRequest } from 'fastify';
import { TenureError } from '../kernel/errors.ts';
import { allows, requiredPermission } from '../modules/operators/index.ts';

/** An operator's own profile and session: every signed-in operator may use them, whatever their role. */
const SELF = /^\/v1\/(operators\/me|operator_sessions\/current)(\/|\?|$)/;

/**
 * The one place permissions are enforced, after authentication, for sessions and keys alike: a caller with grants
 * (a restricted key, an operator below admin) needs `<resource>.<read|write>` for the route's URL prefix.
 */
export function authorize(req: FastifyRequest): void {
  const grants = req.account.grants;
  if (grants === null || SELF.test(req.url)) return;
  const need = requiredPermission(req.method, req.url);
  if (need && allows(grants, need.resource, need.access)) return;
  const name = need ? `${need.resource}.${need.access}` : 'full access';
  const who = req.account.session ? `A ${req.account.role} operator` : 'This restricted key';
  throw new TenureError('permission', 'permission_denied', `${who} lacks the permission ${name}`, name);
}
