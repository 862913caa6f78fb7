import type { TextMeasure } from '@shared/layout';

/** The wall's typeface (bundled, see styles/fonts.css), with fallbacks for scripts it lacks. */
export const FONT = "'Atkinson Hyperlegible', 'DejaVu Sans', sans-serif";

export function fontOf(px: number, bold: boolean): string {
  return `${bold ? 'bold ' : ''}${px}px ${FONT}`;
}

let context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null = null;
const cache = new Map<string, number>();

/**
 * Text widths measured with the real font in a canvas, cached (a layout measures each title a
 * few times). Measure only once the fonts are loaded (`fontsReady`), or the widths are the
 * fallback font's.
 */
export const measureText: TextMeasure = (text, px, bold) => {
  const key = `${bold ? 'b' : 'r'}${px}|${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  context ??=
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(1, 1).getContext('2d')
      : document.createElement('canvas').getContext('2d');
  if (!context) return text.length * px * 0.55;
  context.font = fontOf(px, bold);
  const width = context.measureText(text).width;
  if (cache.size > 20_000) cache.clear();
  cache.set(key, width);
  return width;
};

let ready: Promise<void> | null = null;

/** Resolves once both weights of the wall's typeface can be measured and drawn. */
export function fontsReady(): Promise<void> {
  ready ??= (async () => {
    if (typeof document === 'undefined' || !document.fonts) return;
    try {
      await Promise.all([
        document.fonts.load(fontOf(24, true), 'Levenslijn 2019'),
        document.fonts.load(fontOf(20, false), 'Levenslijn 2019'),
      ]);
    } catch {
      // a missing font draws in the fallback: still legible
    }
    cache.clear();
  })();
  return ready;
}
