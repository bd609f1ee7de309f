import { type FormEvent, useState } from 'react';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { useI18n } from '../i18n.ts';
import { type Profile, portal } from '../portal-api.ts';
import { Loading, Notice } from './Loading.tsx';

function ProfileForm(props: { profile: Profile }) {
  const { t, setLocale } = useI18n();
  const [form, setForm] = useState(props.profile);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const saved = await portal.updateProfile({
        ...(form.name && { name: form.name }),
        ...(form.email && { email: form.email }),
        ...(form.locale && { locale: form.locale }),
        marketing_consent: form.marketing_consent,
      });
      if (saved.locale && (LOCALES as readonly string[]).includes(saved.locale)) setLocale(saved.locale as Locale);
      setNotice({ text: t('saved'), error: false });
    } catch (e) {
      setNotice({ text: (e as Error).message, error: true });
    }
  };
  return (
    <form className="stack" onSubmit={submit}>
      <label>
        {t('name')}
        <input
          name="name"
          autoComplete="name"
          value={form.name ?? ''}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
        />
      </label>
      <label>
        {t('email')}
        <input
          name="email"
          type="email"
          autoComplete="email"
          value={form.email ?? ''}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
        />
      </label>
      <label>
        {t('language')}
        <select
          name="locale"
          value={form.locale ?? 'en'}
          onChange={(e) => setForm({ ...form, locale: e.target.value })}
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          name="marketing"
          checked={form.marketing_consent}
          onChange={(e) => setForm({ ...form, marketing_consent: e.target.checked })}
        />
        {t('marketing')}
      </label>
      <button type="submit">{t('save')}</button>
      <Notice text={notice?.text ?? null} error={notice?.error ?? false} />
    </form>
  );
}

/** Name, e-mail, the language of the portal and of every e-mail, and marketing consent. */
export function ProfilePage() {
  const { t } = useI18n();
  const loaded = useApi(() => portal.profile(), []);
  return (
    <>
      <h1>{t('profileTitle')}</h1>
      <Loading loaded={loaded}>{(profile) => <ProfileForm profile={profile} />}</Loading>
    </>
  );
}
