/** The account's `settings.notices` section: stored as given; each notice reads its defaults (scheduled.ts). */
import type { SettingsSection } from '../../kernel/settings-section.ts';

export const noticesSettings: SettingsSection = {
  present: (stored) => ({ notices: (stored.notices as object | undefined) ?? {} }),
};
