import type { Language } from '../model/case';
import { en } from './en';
import { nl, type Messages } from './nl';

export const LOCALES: Record<Language, Messages> = { nl, en };
export const DEFAULT_LANGUAGE: Language = 'nl';
export type { Messages };

/** Looks up a dotted key ("library.title") in a locale; undefined when missing. */
export function lookup(messages: Messages, key: string): unknown {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}
export { translator, translatedList, type Translate } from './translate';
