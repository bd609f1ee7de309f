import { type FormEvent, useState } from 'react';
import { LanguagePicker } from '../../shared/LanguagePicker.tsx';
import { useI18n } from '../i18n.ts';
import { portal } from '../portal-api.ts';
import { Notice } from './Loading.tsx';

/** Sign-in by magic link: the answer is the same whether or not the address has a subscription. */
export function SignInPage(props: { linkFailed: boolean }) {
  const { t, locale, setLocale } = useI18n();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await portal.login(email.trim());
    setSent(true);
  };
  return (
    <main>
      <form className="narrow" onSubmit={submit}>
        <h1>{t('signInTitle')}</h1>
        <Notice text={props.linkFailed && !sent ? t('linkInvalid') : null} error />
        <p>{t('openLink')}</p>
        <label>
          {t('email')}
          <input
            name="email"
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <button type="submit">{t('sendLink')}</button>
        <Notice text={sent ? t('linkSent') : null} />
        <LanguagePicker locale={locale} onChange={setLocale} label={t('language')} />
      </form>
    </main>
  );
}
