import type { Language } from '@shared/model';
import type { ReadingDistance } from '@shared/layout';
import type { LevenslijnDb } from './database';

/** Preferences of this device (not of a case). */
export interface Prefs {
  language: Language;
  demoOffered: boolean;
  /** Visible width of the wall display in cm, for "true size". */
  displayWidthCm: number;
  /**
   * How far people stand from the wall (2, 4 or 6 m): its type is sized for it. A preference of
   * this device, not of a case (it belongs to the room and the screen); set on the console, and a
   * wall in another window follows it live (the database is shared and watched).
   */
  wallReadingDistance: ReadingDistance;
}
export type PrefKey = keyof Prefs;

export async function getPref<K extends PrefKey>(db: LevenslijnDb, key: K): Promise<Prefs[K] | undefined> {
  return (await db.prefs.get(key))?.value as Prefs[K] | undefined;
}

export async function setPref<K extends PrefKey>(db: LevenslijnDb, key: K, value: Prefs[K]): Promise<void> {
  await db.prefs.put({ key, value });
}
