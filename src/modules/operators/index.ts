export {
  accessOf,
  allows,
  type Grants,
  RESOURCE_OF,
  RESOURCES,
  type Resource,
  ROLE_GRANTS,
  ROLES,
  type Role,
  requiredPermission,
  resourceOfPath,
} from './core/permissions.ts';
export {
  acceptInvitation,
  completeSetup,
  getOperator,
  inviteOperator,
  listOperators,
  type Manager,
  ownerSetupToken,
  presentOperator,
  removeOperator,
  updateOperator,
} from './operators.ts';
export {
  endSession,
  findSession,
  presentSession,
  SESSION_ABSOLUTE_S,
  type SessionHolder,
  type StartedSession,
  sendSignInLink,
  signInWithLink,
  signInWithPassword,
  startSession,
} from './sessions.ts';
export { disableTotp, enableTotp, newTotpSecret } from './totp.ts';
