import { createI18n } from '../shared/i18n.tsx';
import { messages } from './messages.ts';

export const { I18nProvider, useI18n } = createI18n(messages);
