import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LOCALES } from '@shared/i18n';
import type { Language } from '@shared/model';

/** One i18next instance for the renderer; Dutch unless the user chose English. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: LOCALES.nl }, en: { translation: LOCALES.en } },
  lng: DEFAULT_LANGUAGE,
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export function setUiLanguage(lang: Language): void {
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export function uiLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'nl';
}
