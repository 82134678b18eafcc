import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Translation } from './en';

export const LANGUAGES = [
  { code: 'zh-CN', label: '简体中文' },
  { code: 'en', label: 'English' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];
export const LANGUAGE_STORAGE_KEY = 'talentloop.lang';
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

// Each language is its own chunk: a visitor downloads only the strings of the language shown.
const loaders: Record<Language, () => Promise<Translation>> = {
  'zh-CN': () => import('./zh-CN').then((m) => m.zhCN),
  en: () => import('./en').then((m) => m.en),
};

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

const lazyStrings: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (!isLanguage(language)) {
      callback(null, {});
      return;
    }
    loaders[language]().then(
      (strings) => callback(null, strings),
      (error: Error) => callback(error, false),
    );
  },
};

/**
 * Chinese is the default whatever the browser says: the product's users are Chinese HR teams.
 * The choice made in the switcher is kept in localStorage and wins on the next visit.
 */
function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

void i18n
  .use(lazyStrings)
  .use(initReactI18next)
  .init({
    lng: storedLanguage(),
    // Both files have the same keys (their types enforce it), so no fallback language is
    // loaded next to the one shown.
    fallbackLng: false,
    supportedLngs: LANGUAGES.map((l) => l.code),
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
});
document.documentElement.lang = storedLanguage();

export { i18n };
