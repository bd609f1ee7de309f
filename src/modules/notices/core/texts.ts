import type { NoticeLocale } from './format.ts';

/** One notice's subject and body in every supported locale. */
export type Texts = Record<NoticeLocale, { subject: string; body: string }>;

/** Texts from [subject, body] pairs in locale order, so a template reads as four short blocks. */
export const localized = (
  en: [string, string],
  pt: [string, string],
  nl: [string, string],
  fa: [string, string],
): Texts => ({
  en: { subject: en[0], body: en[1] },
  'pt-BR': { subject: pt[0], body: pt[1] },
  nl: { subject: nl[0], body: nl[1] },
  fa: { subject: fa[0], body: fa[1] },
});
