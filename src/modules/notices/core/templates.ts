/** Built-in notice templates per locale; an account's override (notice_templates) replaces subject and body. */
import { EVENT_TEXTS, type EventNoticeName } from './event-templates.ts';
import type { NoticeLocale } from './format.ts';

export type NoticeTemplate = { subject: string; body: string };
export type NoticeKind = 'transactional' | 'marketing';

type ScheduledName = 'renewal_reminder' | 'price_change' | 'win_back' | 'campaign';
export type NoticeTemplateName = ScheduledName | EventNoticeName;

/** Marketing notices need the customer's consent and carry a one-click unsubscribe (RFC 8058). */
export function noticeKind(template: NoticeTemplateName): NoticeKind {
  return template === 'win_back' || template === 'campaign' ? 'marketing' : 'transactional';
}

const SCHEDULED: Record<Exclude<ScheduledName, 'campaign'>, Record<NoticeLocale, NoticeTemplate>> = {
  renewal_reminder: {
    en: {
      subject: 'Your subscription renews on {{renewal.date}}',
      body: 'Hello {{customer.name}},\n\nYour {{account.name}} subscription renews on {{renewal.date}} for {{renewal.amount}}.\n\nNothing to do if you want to keep it.',
    },
    'pt-BR': {
      subject: 'Sua assinatura será renovada em {{renewal.date}}',
      body: 'Olá {{customer.name}},\n\nSua assinatura {{account.name}} será renovada em {{renewal.date}} por {{renewal.amount}}.\n\nSe quiser continuar, não precisa fazer nada.',
    },
    nl: {
      subject: 'Je abonnement wordt verlengd op {{renewal.date}}',
      body: 'Hallo {{customer.name}},\n\nJe abonnement op {{account.name}} wordt op {{renewal.date}} verlengd voor {{renewal.amount}}.\n\nWil je het houden, dan hoef je niets te doen.',
    },
    fa: {
      subject: 'اشتراک شما در {{renewal.date}} تمدید می‌شود',
      body: '{{customer.name}} عزیز،\n\nاشتراک {{account.name}} شما در {{renewal.date}} با مبلغ {{renewal.amount}} تمدید می‌شود.\n\nاگر می‌خواهید ادامه دهید، کاری لازم نیست.',
    },
  },
  price_change: {
    en: {
      subject: 'Your price changes on {{change.date}}',
      body: 'Hello {{customer.name}},\n\nFrom {{change.date}} your {{account.name}} subscription costs {{change.new_amount}} instead of {{change.old_amount}}.',
    },
    'pt-BR': {
      subject: 'Seu preço muda em {{change.date}}',
      body: 'Olá {{customer.name}},\n\nA partir de {{change.date}} sua assinatura {{account.name}} custará {{change.new_amount}} em vez de {{change.old_amount}}.',
    },
    nl: {
      subject: 'Je prijs verandert op {{change.date}}',
      body: 'Hallo {{customer.name}},\n\nVanaf {{change.date}} kost je abonnement op {{account.name}} {{change.new_amount}} in plaats van {{change.old_amount}}.',
    },
    fa: {
      subject: 'قیمت شما در {{change.date}} تغییر می‌کند',
      body: '{{customer.name}} عزیز،\n\nاز {{change.date}} هزینه اشتراک {{account.name}} شما به جای {{change.old_amount}} برابر {{change.new_amount}} خواهد بود.',
    },
  },
  win_back: {
    en: {
      subject: 'We miss you, {{customer.name}}',
      body: 'Hello {{customer.name}},\n\nCome back to {{account.name}}.\n\nUnsubscribe: {{unsubscribe_url}}',
    },
    'pt-BR': {
      subject: 'Sentimos sua falta, {{customer.name}}',
      body: 'Olá {{customer.name}},\n\nVolte para {{account.name}}.\n\nCancelar inscrição: {{unsubscribe_url}}',
    },
    nl: {
      subject: 'We missen je, {{customer.name}}',
      body: 'Hallo {{customer.name}},\n\nKom terug naar {{account.name}}.\n\nAfmelden: {{unsubscribe_url}}',
    },
    fa: {
      subject: '{{customer.name}}، دلمان برایتان تنگ شده است',
      body: '{{customer.name}} عزیز،\n\nبه {{account.name}} برگردید.\n\nلغو اشتراک: {{unsubscribe_url}}',
    },
  },
};

/** A campaign's own subject and body (written by the account per locale) inside the unsubscribe footer. */
const CAMPAIGN: Record<NoticeLocale, NoticeTemplate> = {
  en: { subject: '{{campaign.subject}}', body: '{{campaign.body}}\n\nUnsubscribe: {{unsubscribe_url}}' },
  'pt-BR': { subject: '{{campaign.subject}}', body: '{{campaign.body}}\n\nCancelar inscrição: {{unsubscribe_url}}' },
  nl: { subject: '{{campaign.subject}}', body: '{{campaign.body}}\n\nAfmelden: {{unsubscribe_url}}' },
  fa: { subject: '{{campaign.subject}}', body: '{{campaign.body}}\n\nلغو اشتراک: {{unsubscribe_url}}' },
};

export const BUILT_IN: Record<NoticeTemplateName, Record<NoticeLocale, NoticeTemplate>> = {
  ...SCHEDULED,
  campaign: CAMPAIGN,
  ...EVENT_TEXTS,
};
export const NOTICE_TEMPLATES = Object.keys(BUILT_IN) as NoticeTemplateName[];
