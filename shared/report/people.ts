import type { Language } from '../model/case';
import { perspectiveOf, type ParticipantRecord } from '../model/participant';
import { translator } from '../i18n/translate';

/**
 * How a participant is named in the report and its quotes: their display role ("vader",
 * "pleegmoeder", "gezinsvoogd"), else a professional's function, else their role.
 */
export function displayRoleOf(p: ParticipantRecord, lang: Language): string {
  const own = p.displayRole.trim();
  if (own) return own;
  const fn = p.function.trim();
  if (perspectiveOf(p.role) === 'professional' && fn) return lowerFirst(fn);
  return translator(lang)(`doc.roles.${p.role}`);
}

/** "Gezinsvoogd" → "gezinsvoogd", but "GZ-psycholoog" and "JIM-coach" stay as they are. */
function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/**
 * A quote's text without the quotation marks someone typed around it, so the report's own
 * marks are not doubled (“„Ze bleef”” → Ze bleef).
 */
export function unquote(text: string): string {
  const t = text.trim();
  const pairs: [string, string][] = [
    ['“', '”'],
    ['„', '”'],
    ['„', '“'],
    ['"', '"'],
    ['‘', '’'],
    ["'", "'"],
    ['«', '»'],
    ['»', '«'],
    ['‚', '‘'],
  ];
  for (const [open, close] of pairs)
    if (t.length > 2 && t.startsWith(open) && t.endsWith(close)) return t.slice(1, -1).trim();
  return t;
}

/** The quote as printed: one pair of typographic quotation marks (Dutch and English reports). */
export function quoted(text: string): string {
  return `“${unquote(text)}”`;
}
