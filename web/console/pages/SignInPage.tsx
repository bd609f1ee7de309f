import { type FormEvent, useState } from 'react';
import { api, apiKey } from '../../shared/api.ts';
import { LanguagePicker } from '../../shared/LanguagePicker.tsx';
import { useI18n } from '../i18n.ts';

/** Signing in with a secret key: checked against the API before it is kept (for this tab only). */
export function SignInPage(props: { onSignedIn(): void }) {
  const { t, locale, setLocale } = useI18n();
  const [key, setKey] = useState('');
  const [failed, setFailed] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    apiKey.set(key.trim());
    const { response } = await api.GET('/v1/account');
    if (response.ok) return props.onSignedIn();
    apiKey.clear();
    setFailed(true);
  };
  return (
    <main>
      <form className="narrow" onSubmit={submit}>
        <h1>{t('signInTitle')}</h1>
        <label>
          {t('apiKey')}
          <input
            name="key"
            type="password"
            autoComplete="off"
            required
            value={key}
            onChange={(e) => setKey(e.target.value)}
            aria-invalid={failed}
            aria-describedby={failed ? 'sign-in-error' : undefined}
          />
        </label>
        {failed && (
          <p id="sign-in-error" role="alert" className="error">
            {t('signInFailed')}
          </p>
        )}
        <button type="submit">{t('signIn')}</button>
        <LanguagePicker locale={locale} onChange={setLocale} label={t('language')} />
      </form>
    </main>
  );
}
