import { api, apiKey, type Schemas } from '../shared/api.ts';

export type Operator = Schemas['Operator'];
/** Who uses the console: an operator signed in with a session cookie, or a secret key kept for this tab. */
export type Identity = { kind: 'operator'; operator: Operator } | { kind: 'key' };

/** The identity at load: a key kept in this tab, else the session cookie's operator, else nobody. */
export async function currentIdentity(): Promise<Identity | null> {
  if (apiKey.get()) return { kind: 'key' };
  const { data } = await api.GET('/v1/operators/me');
  return data ? { kind: 'operator', operator: data } : null;
}

/** Signing out ends the session on the server (its cookie is cleared too) and forgets a key. */
export async function signOut(identity: Identity): Promise<void> {
  apiKey.clear();
  if (identity.kind === 'operator') await api.DELETE('/v1/operator_sessions/current');
}

/** Managing operators needs `operators.write`, reading the audit log `audit_log.read` (see /docs#permissions). */
export function mayManageOperators(identity: Identity): boolean {
  return identity.kind === 'key' || ['owner', 'admin'].includes(identity.operator.role);
}

export function mayReadAuditLog(identity: Identity): boolean {
  return identity.kind === 'key' || ['owner', 'admin', 'billing', 'read_only'].includes(identity.operator.role);
}

/** The single-use token of a link from an e-mail or the first start (`?token=…`). */
export const linkToken = () => new URLSearchParams(window.location.search).get('token');

/** The import page writes customers (and their subscriptions): roles with customers.write (permissions.ts). */
export function mayImportCustomers(identity: Identity): boolean {
  return identity.kind === 'key' || ['owner', 'admin', 'billing', 'reseller'].includes(identity.operator.role);
}
