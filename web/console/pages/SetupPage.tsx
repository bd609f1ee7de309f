import { type FormEvent, useState } from 'react';
import { ApiError, api, unwrap } from '../../shared/api.ts';
import { LanguagePicker } from '../../shared/LanguagePicker.tsx';
import { useI18n } from '../i18n.ts';
import { type Identity, linkToken } from '../session.ts';

type Props = { onSignedIn(identity: Identity): void };

/** The first start's one-time link: creates the account's owner and signs them in. */
export function SetupPage(props: Props) {
  return <PasswordPage mode="setup" {...props} />;
}

/** An invitation's link: the invited operator chooses a password and is signed in. */
export function AcceptPage(props: Props) {
  return <PasswordPage mode="accept" {...props} />;
}

function PasswordPage(props: Props & { mode: 'setup' | 'accept' }) {
  const { t, locale, setLocale } = useI18n();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const setup = props.mode === 'setup';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const token = linkToken() ?? '';
    try {
      const session = setup
        ? unwrap(await api.POST('/v1/operator_setup', { body: { token, email, password, ...(name && { name }) } }))
        : unwrap(
            await api.POST('/v1/operator_invitations/accept', { body: { token, password, ...(name && { name }) } }),
          );
      window.history.replaceState(null, '', '/console');
      props.onSignedIn({ kind: 'operator', operator: session.operator });
    } catch (error) {
      const code = error instanceof ApiError ? error.problem.code : '';
      setProblem(code === 'operator_token_invalid' ? t('linkInvalid') : (error as Error).message);
    }
  };
  return (
    <main>
      <form className="narrow" onSubmit={submit}>
        <h1>{setup ? t('setupTitle') : t('acceptTitle')}</h1>
        <p>{setup ? t('setupIntro') : t('acceptIntro')}</p>
        {setup && (
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
        )}
        <label>
          {t('name')}
          <input name="name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('newPassword')}
          <input
            name="password"
            type="password"
            autoComplete="new-password"
            minLength={10}
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {problem && (
          <p role="alert" className="error">
            {problem}
          </p>
        )}
        <button type="submit">{setup ? t('createOwner') : t('accept')}</button>
        <LanguagePicker locale={locale} onChange={setLocale} label={t('language')} />
      </form>
    </main>
  );
}
