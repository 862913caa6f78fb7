/** Scripts written right to left. */
const RTL_LETTER =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;
const LETTER = /\p{L}/u;

export type TextDirection = 'ltr' | 'rtl';

/**
 * The direction of a text by its first strong (letter) character, as HTML's `dir="auto"` decides
 * it: a card written in Arabic or Hebrew reads right to left, also on the canvas, where the
 * browser cannot decide it for us. No letter at all (digits, emoji): left to right.
 */
export function textDirection(text: string): TextDirection {
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) return 'rtl';
    if (LETTER.test(ch)) return 'ltr';
  }
  return 'ltr';
}
