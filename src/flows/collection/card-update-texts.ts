/** The card-update page's words in the notice languages (headings and errors; the rest is numbers and tokens). */
import type { NoticeLocale } from '../../modules/notices/index.ts';

export type CardPageText = {
  title: string;
  invoice: string;
  due: string;
  token: string;
  submit: string;
  saved: string;
  paid: string;
  declined: string;
  notOpen: string;
  invalid: string;
};

export const CARD_PAGE_TEXT: Record<NoticeLocale, CardPageText> = {
  en: {
    title: 'Update your payment method',
    invoice: 'Invoice',
    due: 'Amount due',
    token: 'Payment token',
    submit: 'Save and pay',
    saved: 'Your payment method was updated',
    paid: 'Thank you: the invoice is paid.',
    declined: 'Your new payment method was saved, but the payment was declined',
    notOpen: 'This invoice is no longer open',
    invalid: 'The payment method could not be used',
  },
  'pt-BR': {
    title: 'Atualize sua forma de pagamento',
    invoice: 'Fatura',
    due: 'Valor devido',
    token: 'Token de pagamento',
    submit: 'Salvar e pagar',
    saved: 'Sua forma de pagamento foi atualizada',
    paid: 'Obrigado: a fatura está paga.',
    declined: 'Sua nova forma de pagamento foi salva, mas o pagamento foi recusado',
    notOpen: 'Esta fatura não está mais em aberto',
    invalid: 'Não foi possível usar a forma de pagamento',
  },
  nl: {
    title: 'Werk je betaalmethode bij',
    invoice: 'Factuur',
    due: 'Te betalen',
    token: 'Betaaltoken',
    submit: 'Opslaan en betalen',
    saved: 'Je betaalmethode is bijgewerkt',
    paid: 'Bedankt: de factuur is betaald.',
    declined: 'Je nieuwe betaalmethode is opgeslagen, maar de betaling is geweigerd',
    notOpen: 'Deze factuur staat niet meer open',
    invalid: 'De betaalmethode kon niet worden gebruikt',
  },
  fa: {
    title: 'روش پرداخت خود را به‌روز کنید',
    invoice: 'صورتحساب',
    due: 'مبلغ قابل پرداخت',
    token: 'توکن پرداخت',
    submit: 'ذخیره و پرداخت',
    saved: 'روش پرداخت شما به‌روز شد',
    paid: 'سپاسگزاریم: صورتحساب پرداخت شد.',
    declined: 'روش پرداخت جدید ذخیره شد، اما پرداخت رد شد',
    notOpen: 'این صورتحساب دیگر باز نیست',
    invalid: 'از این روش پرداخت نمی‌توان استفاده کرد',
  },
};
