export { type Account, type Bootstrap, bootstrapDefaultAccount, createAccount } from './accounts.ts';
export { getApiKey, issueApiKey, listApiKeys, presentApiKey, revokeApiKey } from './api-keys.ts';
export type { KeyHolder } from './keys.ts';
export { createApiKey, findAccountByKey, type IssuedKey } from './keys.ts';
export { type AccountSettingsInput, getAccount, updateAccount } from './settings.ts';
