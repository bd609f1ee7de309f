export { type Account, type Bootstrap, bootstrapDefaultAccount, createAccount } from './accounts.ts';
export { createApiKey, findAccountByKey, type IssuedKey } from './keys.ts';
export { type AccountSettingsInput, getAccount, updateAccount } from './settings.ts';
