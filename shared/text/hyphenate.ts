import * as nl from 'hyphen/nl';
import * as enGb from 'hyphen/en-gb';
import type { Language } from '../model/case';

/**
 * Text with soft hyphens (U+00AD) where a word may break, by the language's hyphenation
 * patterns: narrow table cells and the findings tree break "jeugd-bescherming", never
 * "jeugdbes-cherming" or at a random letter. Browsers print a soft hyphen only at a line end.
 * Only long words (by default 14 letters or more, the compounds that overflow a table column)
 * get them: shorter ones fit, and a PDF keeps the soft hyphens in its text (copying and
 * searching in the PDF work best without them). The findings tree, whose text is set by the
 * app line by line, may break shorter words.
 */
export function hyphenate(text: string, lang: Language, minWordLength = 14): string {
  return (lang === 'nl' ? nl : enGb).hyphenateSync(text, { minWordLength });
}
