import { ADVANCES, UNITS_PER_EM } from './fontMetrics';

export type Weight = 'regular' | 'bold';

function decode(runs: string): Map<number, number> {
  const map = new Map<number, number>();
  for (const run of runs.split(';')) {
    const [start, widths] = run.split(':');
    const first = parseInt(start!, 36);
    widths!.split(',').forEach((w, i) => map.set(first + i, parseInt(w, 36)));
  }
  return map;
}

/**
 * The arrows ← → ↔ come from the bundled arrow face under the same family (DejaVu Sans's,
 * renamed: resources/fonts/levenslijn-arrows-*), 838 units per 1000 in both weights.
 */
const ARROWS: readonly [number, number][] = [0x2190, 0x2192, 0x2194].map((c) => [c, 838]);
const tables: Record<Weight, Map<number, number>> = {
  regular: new Map([...decode(ADVANCES.regular), ...ARROWS]),
  bold: new Map([...decode(ADVANCES.bold), ...ARROWS]),
};
/** Width of a glyph the bundled font lacks (set in a fallback font): a wide letter, to be safe. */
const MISSING = 700;

/** Whether the bundled fonts have a glyph for every character of the text. */
export function hasAllGlyphs(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x20 && !tables.regular.has(c) && !/\s/u.test(ch)) return false;
  }
  return true;
}

/** Width of a text in Atkinson Hyperlegible at `size` (the unit of `size`: pt, px, mm…). */
export function textWidth(text: string, size: number, weight: Weight = 'regular'): number {
  const t = tables[weight];
  let units = 0;
  for (const ch of text) if (ch !== '\u00ad') units += t.get(ch.codePointAt(0)!) ?? MISSING;
  return (units * size) / UNITS_PER_EM;
}

/**
 * Breaks a text into lines no wider than `width`: at spaces, and inside a word only when the
 * word alone is wider than a line (then at a hyphen or soft hyphen if it has one, else anywhere).
 * Soft hyphens not used for a break are dropped from the lines.
 */
export function wrapText(text: string, width: number, size: number, weight: Weight = 'regular'): string[] {
  return wrapTextCounted(text, width, size, weight).lines;
}

/** `wrapText`, also counting the words broken where the text had no hyphen or soft hyphen. */
export function wrapTextCounted(
  text: string,
  width: number,
  size: number,
  weight: Weight = 'regular',
): { lines: string[]; forced: number } {
  let forced = 0;
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    for (const word of paragraph.split(/[ \t]+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (textWidth(candidate, size, weight) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let rest = word;
      while (textWidth(rest, size, weight) > width) {
        const cut = breakPoint(rest, width, size, weight);
        if (cut.forced) forced++;
        lines.push(rest.slice(0, cut.at) + cut.mark);
        rest = rest.slice(cut.at + cut.skip);
      }
      line = rest;
    }
    lines.push(line);
  }
  return { lines: lines.map((l) => l.replace(/\u00ad/g, '')), forced };
}

function breakPoint(word: string, width: number, size: number, weight: Weight) {
  let fit = 1;
  while (fit < word.length && textWidth(`${word.slice(0, fit + 1)}-`, size, weight) <= width) fit++;
  for (let i = fit; i > fit / 2; i--) {
    if (word[i - 1] === '-') return { at: i, skip: 0, mark: '', forced: false };
    if (word[i] === '\u00ad') return { at: i, skip: 1, mark: '-', forced: false };
  }
  return { at: Math.max(1, fit), skip: 0, mark: '', forced: true };
}
