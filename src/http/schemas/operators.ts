import { RESOURCES, ROLES } from '../../modules/operators/index.ts';
import { bool, int, listQuery, nullable, ref, resource, str, strictObject, unixTime } from './common.ts';

const role = str({ enum: [...ROLES], description: 'See "Operators, roles and permissions" in the reference' });
const email = str({ format: 'email', maxLength: 254 });
const password = str({ minLength: 1, maxLength: 1024, description: 'At least 10 characters' });
const token = str({ minLength: 10, maxLength: 200, description: 'The single-use token from the link' });
const totpCode = str({ pattern: '^\\d{6}$', description: 'The 6-digit code, once TOTP is enabled' });
const grants = {
  type: 'object',
  description: 'Resource → `read` or `write` (write includes read); a resource left out is refused',
  propertyNames: { enum: [...RESOURCES] },
  additionalProperties: { type: 'string', enum: ['read', 'write'] },
};

export const operatorSchema = resource(
  'Operator',
  'operator',
  {
    email: str(),
    name: nullable(str()),
    role,
    status: str({ enum: ['invited', 'active'], description: '`invited` until the invitation link is used' }),
    totp_enabled: bool(),
    last_sign_in_at: nullable(int()),
  },
  'A person who runs the account from the console, with a role that decides what they may do.',
);

export const operatorSessionSchema = {
  $id: 'OperatorSession',
  type: 'object',
  description:
    'A console session. The `tenure_session` cookie (HttpOnly, SameSite=Lax) authenticates later requests; ' +
    'unsafe ones must also send `x-csrf-token` (also in the readable `tenure_csrf` cookie).',
  properties: {
    object: { type: 'string', const: 'operator_session' },
    expires_at: int({ description: 'Unix seconds; earlier after 2 hours without a request' }),
    csrf_token: str(),
    operator: ref('Operator'),
  },
  required: ['object', 'expires_at', 'csrf_token', 'operator'],
};

export const apiKeySchema = resource(
  'ApiKey',
  'api_key',
  {
    name: nullable(str()),
    type: str({ enum: ['secret', 'restricted'] }),
    redacted: str({ description: '`sk_…abcd`: the first and last characters only' }),
    permissions: { ...grants, type: ['object', 'null'], description: 'A restricted key’s grants; null: all' },
    revoked_at: nullable(int()),
    secret: str({ description: 'The key itself: in the creation answer only' }),
  },
  'A secret key (`sk_…`, may do everything) or a restricted key (`rk_…`, only what its permissions grant).',
  { optional: ['secret'] },
);

export const auditEntrySchema = resource(
  'AuditLogEntry',
  'audit_log_entry',
  {
    actor: {
      type: 'object',
      properties: {
        type: str({ enum: ['operator', 'api_key', 'worker', 'customer'] }),
        id: str({ description: 'The operator, key, or customer id' }),
        label: nullable(str({ description: "The operator's e-mail or the key's redacted form" })),
      },
      required: ['type', 'id', 'label'],
    },
    action: str({ description: '`<resource>.<verb>`, e.g. `refunds.create`, `products.update`' }),
    request: {
      type: 'object',
      properties: { method: str(), path: str(), status: int(), id: nullable(str()) },
      required: ['method', 'path', 'status', 'id'],
    },
    object_type: nullable(str()),
    object_id: nullable(str()),
    before: {
      type: ['object', 'null'],
      additionalProperties: true,
      description:
        'The object before an update or delete of `/v1/<resource>/{id}`, as its GET route showed it; else null',
    },
    after: { type: ['object', 'null'], additionalProperties: true, description: 'The object as the change left it' },
    client_address: nullable(str()),
  },
  'One change made through the API: who, what, from where, and the object after it.',
);

export const totpSecretSchema = {
  $id: 'TotpSecret',
  type: 'object',
  properties: {
    object: { type: 'string', const: 'totp_secret' },
    secret: str({ description: 'Base32; send it back with a code to enable' }),
    otpauth_url: str({ description: 'For a QR code' }),
  },
  required: ['object', 'secret', 'otpauth_url'],
};

export const operatorSchemas = [
  operatorSchema,
  operatorSessionSchema,
  apiKeySchema,
  auditEntrySchema,
  totpSecretSchema,
];

export const signInBody = strictObject({ email, password, totp_code: totpCode }, ['email', 'password']);
export const linkSignInBody = strictObject({ token, totp_code: totpCode }, ['token']);
export const signInLinkBody = strictObject({ email }, ['email']);
export const acceptBody = strictObject({ token, password, name: str({ maxLength: 200 }) }, ['token', 'password']);
export const setupBody = strictObject({ token, email, password, name: str({ maxLength: 200 }) }, [
  'token',
  'email',
  'password',
]);
export const inviteBody = strictObject({ email, role, name: str({ maxLength: 200 }) }, ['email', 'role']);
export const updateOperatorBody = strictObject({ role, name: str({ maxLength: 200 }) });
export const enableTotpBody = strictObject({ secret: str({ maxLength: 64 }), code: totpCode }, ['secret', 'code']);
export const createApiKeyBody = strictObject({ name: str({ maxLength: 200 }), permissions: grants });
export const auditQuery = strictObject({
  ...listQuery,
  actor: str({ description: 'An operator or API key id' }),
  object: str({ description: 'An object id' }),
  since: unixTime,
});
export const sentLink = {
  type: 'object',
  properties: { object: { type: 'string', const: 'operator_sign_in_link' }, email: str() },
  required: ['object', 'email'],
};
export const endedSession = {
  type: 'object',
  properties: { object: { type: 'string', const: 'operator_session' }, deleted: { type: 'boolean', const: true } },
  required: ['object', 'deleted'],
};
