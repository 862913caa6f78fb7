import * as nl from 'hyphen/nl';
import * as enGb from 'hyphen/en-gb';
import type { Language } from '../model/case';

/**
 * Text with soft hyphens (U+00AD) where a word may break, by the language's hyphenation
 * patterns: narrow table cells and the findings tree break "jeugd-bescherming", never
 * "jeugdbes-cherming" or at a random letter. Browsers print a soft hyphen only at a line end.
 * Only long words (10 letters or more) get them: short ones fit a line, and a PDF keeps the
 * soft hyphens in its text (copying and searching work best without them).
 */
export function hyphenate(text: string, lang: Language): string {
  return (lang === 'nl' ? nl : enGb).hyphenateSync(text, { minWordLength: 10 });
}
