/** The portal's sign-in e-mail: a single-use link, valid for {{portal.minutes}} minutes. */
import { localized } from './texts.ts';

export const PORTAL_TEXTS = {
  portal_login_link: localized(
    [
      'Your sign-in link for {{account.name}}',
      'Hello {{customer.name}},\n\nOpen this link to manage your subscription:\n\n{{portal.url}}\n\nIt works once, for {{portal.minutes}} minutes. If you did not ask for it, ignore this e-mail.',
    ],
    [
      'Seu link de acesso à {{account.name}}',
      'Olá {{customer.name}},\n\nAbra este link para gerenciar sua assinatura:\n\n{{portal.url}}\n\nEle funciona uma vez, por {{portal.minutes}} minutos. Se você não pediu, ignore este e-mail.',
    ],
    [
      'Je inloglink voor {{account.name}}',
      'Hallo {{customer.name}},\n\nOpen deze link om je abonnement te beheren:\n\n{{portal.url}}\n\nHij werkt één keer, {{portal.minutes}} minuten lang. Heb je er niet om gevraagd, negeer dan deze e-mail.',
    ],
    [
      'پیوند ورود شما به {{account.name}}',
      '{{customer.name}} عزیز،\n\nبرای مدیریت اشتراک خود این پیوند را باز کنید:\n\n{{portal.url}}\n\nاین پیوند یک بار و به مدت {{portal.minutes}} دقیقه کار می‌کند. اگر آن را درخواست نکرده‌اید، این ایمیل را نادیده بگیرید.',
    ],
  ),
};
