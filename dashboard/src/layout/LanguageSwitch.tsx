import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n';

/** The detector caches the choice in localStorage (talentloop.lang), so it survives reloads. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="lang-switch">
      <span className="sr-only">{t('shell.language')}</span>
      <select
        value={i18n.resolvedLanguage}
        onChange={(e) => void i18n.changeLanguage(e.target.value)}
        data-testid="language-switch"
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code} translate="no">
            {l.label}
          </option>
        ))}
      </select>
    </label>
  );
}
