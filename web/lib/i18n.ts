import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

/** Languages the app speaks; Vietnamese first. */
export const LANGUAGES = ['vi', 'en'] as const;
/** A supported language. */
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'cchc.lang';

/** Strings of one feature (a namespace) in both languages. */
export type FeatureStrings = { vi: Record<string, unknown>; en: Record<string, unknown> };

function initialLanguage(): Language {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'vi';
}

/** Starts i18next with every namespace; Vietnamese is the default and the fallback. */
export function initI18n(namespaces: Record<string, FeatureStrings>): typeof i18n {
  const resources: Record<Language, Record<string, Record<string, unknown>>> = { vi: {}, en: {} };
  for (const [ns, strings] of Object.entries(namespaces)) {
    resources.vi[ns] = strings.vi;
    resources.en[ns] = strings.en;
  }
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources,
      lng: initialLanguage(),
      fallbackLng: 'vi',
      defaultNS: 'common',
      ns: Object.keys(namespaces),
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return i18n;
}

/** Switches the language and remembers it. */
export function setLanguage(lang: Language): void {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}
