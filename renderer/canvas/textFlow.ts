import { textDirection } from '@shared/text/direction';

/**
 * Konva text props for a text's direction: right-to-left text (Arabic, Hebrew…) is laid out
 * right to left and starts at the right edge, as `dir="auto"` does in HTML.
 */
export function textFlow(text: string): { direction: 'ltr' | 'rtl'; align: 'left' | 'right' } {
  return textDirection(text) === 'rtl'
    ? { direction: 'rtl', align: 'right' }
    : { direction: 'ltr', align: 'left' };
}
