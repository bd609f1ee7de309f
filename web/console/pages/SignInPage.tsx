import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, api, apiKey, unwrap } from '../../shared/api.ts';
import { LanguagePicker } from '../../shared/LanguagePicker.tsx';
import { useI18n } from '../i18n.ts';
import { type Identity, linkToken, type Operator } from '../session.ts';

type Props = { onSignedIn(identity: Identity): void };

/**
 * Operators sign in with e-mail and password (and a TOTP code once enabled) or an e-mailed link; a secret API key
 * also works, kept for this tab only.
 */
export function SignInPage(props: Props) {
  const { t, locale, setLocale } = useI18n();
  const token = linkToken();
  return (
    <main>
      <div className="narrow">
        <h1>{t('signInTitle')}</h1>
        {token ? <LinkSignIn token={token} {...props} /> : <PasswordSignIn {...props} />}
        <KeySignIn {...props} />
        <LanguagePicker locale={locale} onChange={setLocale} label={t('language')} />
      </div>
    </main>
  );
}

const asOperator = (operator: Operator): Identity => ({ kind: 'operator', operator });

function LinkSignIn(props: Props & { token: string }) {
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the link is spent once, on arrival
  useEffect(() => {
    api.POST('/v1/operator_sessions/link', { body: { token: props.token } }).then(({ data }) => {
      window.history.replaceState(null, '', '/console');
      if (data) props.onSignedIn(asOperator(data.operator));
      else setFailed(true);
    });
  }, []);
  return failed ? (
    <p role="alert" className="error">
      {t('linkInvalid')}
    </p>
  ) : (
    <p role="status">{t('signingInWithLink')}</p>
  );
}

function PasswordSignIn(props: Props) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [askCode, setAskCode] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { email, password, ...(askCode && code && { totp_code: code }) };
    try {
      const session = unwrap(await api.POST('/v1/operator_sessions', { body }));
      props.onSignedIn(asOperator(session.operator));
    } catch (error) {
      const wanted = error instanceof ApiError ? error.problem.code : '';
      if (wanted === 'totp_required') setAskCode(true);
      const text = wanted === 'totp_invalid' ? (error as Error).message : t('signInWrong');
      setProblem(wanted === 'totp_required' ? null : text);
    }
  };
  const sendLink = async () => {
    await api.POST('/v1/operator_sign_in_links', { body: { email } });
    setProblem(t('linkSent', { email }));
  };
  return (
    <form onSubmit={submit}>
      <label>
        {t('emailAddress')}
        <input
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </label>
      <label>
        {t('password')}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      {askCode && (
        <label>
          {t('totpCode')}
          <input
            name="totp"
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        </label>
      )}
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <div className="toolbar">
        <button type="submit">{t('signIn')}</button>
        <button type="button" className="secondary" onClick={sendLink} disabled={!email}>
          {t('sendLink')}
        </button>
      </div>
    </form>
  );
}

function KeySignIn(props: Props) {
  const { t } = useI18n();
  const [key, setKey] = useState('');
  const [failed, setFailed] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    apiKey.set(key.trim());
    const { response } = await api.GET('/v1/account');
    if (response.ok) return props.onSignedIn({ kind: 'key' });
    apiKey.clear();
    setFailed(true);
  };
  return (
    <form onSubmit={submit}>
      <h2>{t('orWithKey')}</h2>
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
      <button type="submit">{t('useKey')}</button>
    </form>
  );
}
