import i18next, { type TFunction } from 'i18next';
import type { Language } from '../model/case';
import { en } from './en';
import { nl } from './nl';

/**
 * Translation outside React (report documents, exports; also in Node): the same strings and
 * i18next's plural rules ("1 sticker", "2 stickers") as the app.
 */
const instance = i18next.createInstance();
void instance.init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: 'nl',
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export type Translate = (key: string, values?: Record<string, unknown>) => string;

export function translator(lang: Language): Translate {
  const t: TFunction = instance.getFixedT(lang);
  return (key, values) => String(t(key, values as never));
}

/** A string array of a locale (table headers), typed loosely. */
export function translatedList(lang: Language, key: string): string[] {
  const t: TFunction = instance.getFixedT(lang);
  const v: unknown = t(key, { returnObjects: true });
  return Array.isArray(v) ? v.map(String) : [];
}
