import type { Catalogue } from '../shared/i18n.tsx';

const en = {
  title: 'Your subscription',
  language: 'Language',
  openLink: 'Open the sign-in link from your e-mail to manage your subscription.',
};

export type PortalMessages = typeof en;

export const messages: Catalogue<PortalMessages> = {
  en,
  'pt-BR': {
    title: 'Sua assinatura',
    language: 'Idioma',
    openLink: 'Abra o link de acesso do seu e-mail para gerenciar sua assinatura.',
  },
  nl: {
    title: 'Uw abonnement',
    language: 'Taal',
    openLink: 'Open de aanmeldlink uit uw e-mail om uw abonnement te beheren.',
  },
  fa: {
    title: 'اشتراک شما',
    language: 'زبان',
    openLink: 'برای مدیریت اشتراک، پیوند ورود را از ایمیل خود باز کنید.',
  },
};
