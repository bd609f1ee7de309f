import { LOCALE_NAMES, LOCALES, type Locale } from './i18n.tsx';

/** Native names, so a reader finds their language whatever the page's current one. */
export function LanguagePicker(props: { locale: Locale; onChange(locale: Locale): void; label: string }) {
  return (
    <label>
      <span className="visually-hidden">{props.label}</span>
      <select aria-label={props.label} value={props.locale} onChange={(e) => props.onChange(e.target.value as Locale)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
