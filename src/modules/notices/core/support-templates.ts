/**
 * An operator's reply to a support ticket. The e-mail's Reply-To carries the ticket (a signed address), and the
 * subject its id, so the customer's answer finds the conversation again.
 */
import { localized } from './texts.ts';

export const SUPPORT_TEXTS = {
  support_reply: localized(
    [
      'Re: {{ticket.subject}} [{{ticket.id}}]',
      'Hello {{customer.name}},\n\n{{reply.body}}\n\nReply to this e-mail to answer. — {{account.name}} support',
    ],
    [
      'Re: {{ticket.subject}} [{{ticket.id}}]',
      'Olá {{customer.name}},\n\n{{reply.body}}\n\nResponda a este e-mail para continuar. — Suporte {{account.name}}',
    ],
    [
      'Re: {{ticket.subject}} [{{ticket.id}}]',
      'Hallo {{customer.name}},\n\n{{reply.body}}\n\nBeantwoord deze e-mail om te reageren. — Support van {{account.name}}',
    ],
    [
      'پاسخ: {{ticket.subject}} [{{ticket.id}}]',
      '{{customer.name}} عزیز،\n\n{{reply.body}}\n\nبرای پاسخ، به همین ایمیل جواب دهید. — پشتیبانی {{account.name}}',
    ],
  ),
};
