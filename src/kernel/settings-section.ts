/**
 * A module's part of the account settings (`POST /v1/account {"settings":{…}}`): the module declares its keys,
 * their one default and their validation; the accounts module only stores the JSON, merges patches and asks each
 * section to present and validate its part.
 */
export type StoredSettings = Record<string, unknown>;

export type SettingsSection = {
  /** The section's keys with every default filled in, as the account answer shows them. */
  present(stored: StoredSettings): Record<string, unknown>;
  /** Throws a TenureError naming `settings.<field>` when the patch's part of this section is invalid. */
  validate?(patch: StoredSettings): void;
};
