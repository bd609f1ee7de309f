import { LanguagePicker } from '../shared/LanguagePicker.tsx';
import { useI18n } from './i18n.ts';

/** The subscriber portal at /portal (mobile first). */
export function App() {
  const { t, locale, setLocale } = useI18n();
  return (
    <main>
      <div className="narrow">
        <h1>{t('title')}</h1>
        <p>{t('openLink')}</p>
        <LanguagePicker locale={locale} onChange={setLocale} label={t('language')} />
      </div>
    </main>
  );
}
