import type { Language } from '@shared/model';
import type { LevenslijnDb } from './database';

/** Preferences of this device (not of a case). */
export interface Prefs {
  language: Language;
  demoOffered: boolean;
  /** Visible width of the wall display in cm, for "true size". */
  displayWidthCm: number;
}
export type PrefKey = keyof Prefs;

export async function getPref<K extends PrefKey>(db: LevenslijnDb, key: K): Promise<Prefs[K] | undefined> {
  return (await db.prefs.get(key))?.value as Prefs[K] | undefined;
}

export async function setPref<K extends PrefKey>(db: LevenslijnDb, key: K, value: Prefs[K]): Promise<void> {
  await db.prefs.put({ key, value });
}
