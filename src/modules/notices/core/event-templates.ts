/** Built-in texts of the notices that follow an event (welcome, receipts, failures, cancellations…). */
import { DUNNING_TEXTS } from './dunning-templates.ts';
import { PORTAL_TEXTS } from './portal-templates.ts';
import { SUPPORT_TEXTS } from './support-templates.ts';
import { SURVEY_TEXTS } from './survey-templates.ts';
import { localized, type Texts } from './texts.ts';

const t = localized;

export const EVENT_TEXTS = {
  subscription_started: t(
    [
      'Welcome to {{account.name}}',
      'Hello {{customer.name}},\n\nYour subscription has started. Next renewal: {{subscription.period_end}}.',
    ],
    [
      'Bem-vindo(a) à {{account.name}}',
      'Olá {{customer.name}},\n\nSua assinatura começou. Próxima renovação: {{subscription.period_end}}.',
    ],
    [
      'Welkom bij {{account.name}}',
      'Hallo {{customer.name}},\n\nJe abonnement is gestart. Volgende verlenging: {{subscription.period_end}}.',
    ],
    [
      'به {{account.name}} خوش آمدید',
      '{{customer.name}} عزیز،\n\nاشتراک شما آغاز شد. تمدید بعدی: {{subscription.period_end}}.',
    ],
  ),
  trial_ending: t(
    [
      'Your trial ends on {{subscription.trial_end}}',
      'Hello {{customer.name}},\n\nYour free trial ends on {{subscription.trial_end}}.',
    ],
    [
      'Seu período de teste termina em {{subscription.trial_end}}',
      'Olá {{customer.name}},\n\nSeu teste gratuito termina em {{subscription.trial_end}}.',
    ],
    [
      'Je proefperiode eindigt op {{subscription.trial_end}}',
      'Hallo {{customer.name}},\n\nJe gratis proefperiode eindigt op {{subscription.trial_end}}.',
    ],
    [
      'دوره آزمایشی شما در {{subscription.trial_end}} پایان می‌یابد',
      '{{customer.name}} عزیز،\n\nدوره آزمایشی رایگان شما در {{subscription.trial_end}} پایان می‌یابد.',
    ],
  ),
  invoice_issued: t(
    [
      'Invoice {{invoice.number}}: {{invoice.amount}}',
      'Hello {{customer.name}},\n\nInvoice {{invoice.number}} for {{invoice.amount}} has been issued.\n\n{{invoice.url}}',
    ],
    [
      'Fatura {{invoice.number}}: {{invoice.amount}}',
      'Olá {{customer.name}},\n\nA fatura {{invoice.number}} de {{invoice.amount}} foi emitida.\n\n{{invoice.url}}',
    ],
    [
      'Factuur {{invoice.number}}: {{invoice.amount}}',
      'Hallo {{customer.name}},\n\nFactuur {{invoice.number}} van {{invoice.amount}} is uitgegeven.\n\n{{invoice.url}}',
    ],
    [
      'صورتحساب {{invoice.number}}: {{invoice.amount}}',
      '{{customer.name}} عزیز،\n\nصورتحساب {{invoice.number}} به مبلغ {{invoice.amount}} صادر شد.\n\n{{invoice.url}}',
    ],
  ),
  payment_succeeded: t(
    [
      'Receipt: {{invoice.amount}} paid',
      'Hello {{customer.name}},\n\nWe received {{invoice.amount}} for invoice {{invoice.number}}. Thank you.',
    ],
    [
      'Recibo: {{invoice.amount}} pago',
      'Olá {{customer.name}},\n\nRecebemos {{invoice.amount}} pela fatura {{invoice.number}}. Obrigado.',
    ],
    [
      'Ontvangstbewijs: {{invoice.amount}} betaald',
      'Hallo {{customer.name}},\n\nWe hebben {{invoice.amount}} ontvangen voor factuur {{invoice.number}}. Bedankt.',
    ],
    [
      'رسید: {{invoice.amount}} پرداخت شد',
      '{{customer.name}} عزیز،\n\nمبلغ {{invoice.amount}} برای صورتحساب {{invoice.number}} دریافت شد. سپاسگزاریم.',
    ],
  ),
  card_expiring: t(
    [
      'Your card ending in {{card.last4}} expires soon',
      'Hello {{customer.name}},\n\nYour {{card.brand}} card ending in {{card.last4}} expires at the end of {{card.expires}}.',
    ],
    [
      'Seu cartão final {{card.last4}} vai expirar',
      'Olá {{customer.name}},\n\nSeu cartão {{card.brand}} final {{card.last4}} expira no fim de {{card.expires}}.',
    ],
    [
      'Je kaart eindigend op {{card.last4}} verloopt binnenkort',
      'Hallo {{customer.name}},\n\nJe {{card.brand}}-kaart eindigend op {{card.last4}} verloopt eind {{card.expires}}.',
    ],
    [
      'کارت شما با پایان {{card.last4}} به‌زودی منقضی می‌شود',
      '{{customer.name}} عزیز،\n\nکارت {{card.brand}} شما با پایان {{card.last4}} در پایان {{card.expires}} منقضی می‌شود.',
    ],
  ),
  plan_changed: t(
    [
      'Your plan has changed',
      'Hello {{customer.name}},\n\nYour subscription was changed. Next renewal: {{subscription.period_end}}.',
    ],
    [
      'Seu plano mudou',
      'Olá {{customer.name}},\n\nSua assinatura foi alterada. Próxima renovação: {{subscription.period_end}}.',
    ],
    [
      'Je abonnement is gewijzigd',
      'Hallo {{customer.name}},\n\nJe abonnement is gewijzigd. Volgende verlenging: {{subscription.period_end}}.',
    ],
    ['طرح شما تغییر کرد', '{{customer.name}} عزیز،\n\nاشتراک شما تغییر کرد. تمدید بعدی: {{subscription.period_end}}.'],
  ),
  cancellation_confirmed: t(
    [
      'Cancellation confirmed',
      'Hello {{customer.name}},\n\nYour subscription is canceled. You keep access until {{subscription.access_ends}}.',
    ],
    [
      'Cancelamento confirmado',
      'Olá {{customer.name}},\n\nSua assinatura foi cancelada. Você mantém o acesso até {{subscription.access_ends}}.',
    ],
    [
      'Opzegging bevestigd',
      'Hallo {{customer.name}},\n\nJe abonnement is opgezegd. Je houdt toegang tot {{subscription.access_ends}}.',
    ],
    ['لغو تأیید شد', '{{customer.name}} عزیز،\n\nاشتراک شما لغو شد. تا {{subscription.access_ends}} دسترسی دارید.'],
  ),
  subscription_ended: t(
    [
      'Your subscription has ended',
      'Hello {{customer.name}},\n\nYour {{account.name}} subscription ended on {{subscription.ended}}.',
    ],
    [
      'Sua assinatura terminou',
      'Olá {{customer.name}},\n\nSua assinatura {{account.name}} terminou em {{subscription.ended}}.',
    ],
    [
      'Je abonnement is beëindigd',
      'Hallo {{customer.name}},\n\nJe abonnement op {{account.name}} is beëindigd op {{subscription.ended}}.',
    ],
    [
      'اشتراک شما پایان یافت',
      '{{customer.name}} عزیز،\n\nاشتراک {{account.name}} شما در {{subscription.ended}} پایان یافت.',
    ],
  ),
  ...DUNNING_TEXTS,
  ...SURVEY_TEXTS,
  ...PORTAL_TEXTS,
  ...SUPPORT_TEXTS,
} satisfies Record<string, Texts>;

export type EventNoticeName = keyof typeof EVENT_TEXTS;
