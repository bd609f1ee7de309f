/**
 * Built-in texts of the dunning e-mails: one per failed attempt (with the next retry, or none left) and one per
 * overdue stage, the last warning before cancellation saying when it happens. Each links to the card-update page.
 * The template language has no conditionals, so "retry scheduled" and "no retry left" are two templates.
 */
import { localized, type Texts } from './texts.ts';

const t = localized;

export const DUNNING_TEXTS = {
  payment_failed: t(
    [
      'Payment failed: {{invoice.amount}}',
      'Hello {{customer.name}},\n\nAttempt {{payment.attempt}} to charge {{invoice.amount}} for invoice {{invoice.number}} failed. We will try again on {{payment.next_retry}}.\n\nUpdate your payment method here:\n\n{{payment.update_url}}',
    ],
    [
      'Falha no pagamento: {{invoice.amount}}',
      'Olá {{customer.name}},\n\nA tentativa {{payment.attempt}} de cobrar {{invoice.amount}} da fatura {{invoice.number}} falhou. Tentaremos novamente em {{payment.next_retry}}.\n\nAtualize sua forma de pagamento aqui:\n\n{{payment.update_url}}',
    ],
    [
      'Betaling mislukt: {{invoice.amount}}',
      'Hallo {{customer.name}},\n\nPoging {{payment.attempt}} om {{invoice.amount}} voor factuur {{invoice.number}} af te schrijven is mislukt. We proberen het opnieuw op {{payment.next_retry}}.\n\nWerk je betaalmethode hier bij:\n\n{{payment.update_url}}',
    ],
    [
      'پرداخت ناموفق: {{invoice.amount}}',
      '{{customer.name}} عزیز،\n\nتلاش {{payment.attempt}} برای دریافت {{invoice.amount}} صورتحساب {{invoice.number}} ناموفق بود. در {{payment.next_retry}} دوباره تلاش می‌کنیم.\n\nروش پرداخت خود را اینجا به‌روز کنید:\n\n{{payment.update_url}}',
    ],
  ),
  payment_failed_final: t(
    [
      'Payment failed: {{invoice.amount}} (no more retries)',
      'Hello {{customer.name}},\n\nAttempt {{payment.attempt}} to charge {{invoice.amount}} for invoice {{invoice.number}} failed. We will not try again automatically.\n\nUpdate your payment method to pay it:\n\n{{payment.update_url}}',
    ],
    [
      'Falha no pagamento: {{invoice.amount}} (sem novas tentativas)',
      'Olá {{customer.name}},\n\nA tentativa {{payment.attempt}} de cobrar {{invoice.amount}} da fatura {{invoice.number}} falhou. Não tentaremos novamente de forma automática.\n\nAtualize sua forma de pagamento para pagá-la:\n\n{{payment.update_url}}',
    ],
    [
      'Betaling mislukt: {{invoice.amount}} (geen nieuwe pogingen)',
      'Hallo {{customer.name}},\n\nPoging {{payment.attempt}} om {{invoice.amount}} voor factuur {{invoice.number}} af te schrijven is mislukt. We proberen het niet meer automatisch.\n\nWerk je betaalmethode bij om te betalen:\n\n{{payment.update_url}}',
    ],
    [
      'پرداخت ناموفق: {{invoice.amount}} (بدون تلاش دوباره)',
      '{{customer.name}} عزیز،\n\nتلاش {{payment.attempt}} برای دریافت {{invoice.amount}} صورتحساب {{invoice.number}} ناموفق بود. دیگر به‌طور خودکار تلاش نمی‌کنیم.\n\nبرای پرداخت، روش پرداخت خود را به‌روز کنید:\n\n{{payment.update_url}}',
    ],
  ),
  dunning_warning: t(
    [
      'Invoice {{invoice.number}} is overdue',
      'Hello {{customer.name}},\n\nInvoice {{invoice.number}} for {{invoice.amount}} is still unpaid after {{dunning.days_unpaid}} days.\n\nUpdate your payment method here:\n\n{{payment.update_url}}',
    ],
    [
      'A fatura {{invoice.number}} está vencida',
      'Olá {{customer.name}},\n\nA fatura {{invoice.number}} de {{invoice.amount}} continua em aberto após {{dunning.days_unpaid}} dias.\n\nAtualize sua forma de pagamento aqui:\n\n{{payment.update_url}}',
    ],
    [
      'Factuur {{invoice.number}} is achterstallig',
      'Hallo {{customer.name}},\n\nFactuur {{invoice.number}} van {{invoice.amount}} is na {{dunning.days_unpaid}} dagen nog niet betaald.\n\nWerk je betaalmethode hier bij:\n\n{{payment.update_url}}',
    ],
    [
      'صورتحساب {{invoice.number}} سررسید گذشته است',
      '{{customer.name}} عزیز،\n\nصورتحساب {{invoice.number}} به مبلغ {{invoice.amount}} پس از {{dunning.days_unpaid}} روز هنوز پرداخت نشده است.\n\nروش پرداخت خود را اینجا به‌روز کنید:\n\n{{payment.update_url}}',
    ],
  ),
  dunning_final_warning: t(
    [
      'Final notice: your subscription will be canceled on {{dunning.cancel_date}}',
      'Hello {{customer.name}},\n\nInvoice {{invoice.number}} for {{invoice.amount}} is still unpaid after {{dunning.days_unpaid}} days. Unless it is paid, your subscription will be canceled on {{dunning.cancel_date}}.\n\nUpdate your payment method here:\n\n{{payment.update_url}}',
    ],
    [
      'Último aviso: sua assinatura será cancelada em {{dunning.cancel_date}}',
      'Olá {{customer.name}},\n\nA fatura {{invoice.number}} de {{invoice.amount}} continua em aberto após {{dunning.days_unpaid}} dias. Se não for paga, sua assinatura será cancelada em {{dunning.cancel_date}}.\n\nAtualize sua forma de pagamento aqui:\n\n{{payment.update_url}}',
    ],
    [
      'Laatste herinnering: je abonnement wordt opgezegd op {{dunning.cancel_date}}',
      'Hallo {{customer.name}},\n\nFactuur {{invoice.number}} van {{invoice.amount}} is na {{dunning.days_unpaid}} dagen nog niet betaald. Als hij niet betaald wordt, wordt je abonnement opgezegd op {{dunning.cancel_date}}.\n\nWerk je betaalmethode hier bij:\n\n{{payment.update_url}}',
    ],
    [
      'آخرین اخطار: اشتراک شما در {{dunning.cancel_date}} لغو می‌شود',
      '{{customer.name}} عزیز،\n\nصورتحساب {{invoice.number}} به مبلغ {{invoice.amount}} پس از {{dunning.days_unpaid}} روز هنوز پرداخت نشده است. اگر پرداخت نشود، اشتراک شما در {{dunning.cancel_date}} لغو می‌شود.\n\nروش پرداخت خود را اینجا به‌روز کنید:\n\n{{payment.update_url}}',
    ],
  ),
  dunning_suspended: t(
    [
      'Your subscription is suspended: invoice {{invoice.number}} is unpaid',
      'Hello {{customer.name}},\n\nInvoice {{invoice.number}} for {{invoice.amount}} is still unpaid after {{dunning.days_unpaid}} days, so your subscription has been suspended.\n\nUpdate your payment method here to pay it:\n\n{{payment.update_url}}',
    ],
    [
      'Sua assinatura foi suspensa: a fatura {{invoice.number}} está em aberto',
      'Olá {{customer.name}},\n\nA fatura {{invoice.number}} de {{invoice.amount}} continua em aberto após {{dunning.days_unpaid}} dias, por isso sua assinatura foi suspensa.\n\nAtualize sua forma de pagamento aqui para pagá-la:\n\n{{payment.update_url}}',
    ],
    [
      'Je abonnement is opgeschort: factuur {{invoice.number}} is niet betaald',
      'Hallo {{customer.name}},\n\nFactuur {{invoice.number}} van {{invoice.amount}} is na {{dunning.days_unpaid}} dagen nog niet betaald, daarom is je abonnement opgeschort.\n\nWerk je betaalmethode hier bij om hem te betalen:\n\n{{payment.update_url}}',
    ],
    [
      'اشتراک شما معلق شد: صورتحساب {{invoice.number}} پرداخت نشده است',
      '{{customer.name}} عزیز،\n\nصورتحساب {{invoice.number}} به مبلغ {{invoice.amount}} پس از {{dunning.days_unpaid}} روز هنوز پرداخت نشده است، به همین دلیل اشتراک شما معلق شد.\n\nبرای پرداخت، روش پرداخت خود را اینجا به‌روز کنید:\n\n{{payment.update_url}}',
    ],
  ),
} satisfies Record<string, Texts>;
