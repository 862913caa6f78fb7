/**
 * Width in px of a text set at `px` size, bold or regular. Layout rules take one of these so they
 * do not depend on a renderer: the wall and the report measure with a canvas (the real font),
 * tests and Node use `estimateTextWidth`.
 */
export type TextMeasure = (text: string, px: number, bold: boolean) => number;

const NARROW = new Set([..."iIjl.,:;!|'`()[]{}ftr/-"]);
const WIDE = new Set([...'mwMW@%']);

/**
 * A close estimate of Atkinson Hyperlegible's advance widths (within ~10 % on Dutch text): enough
 * for layout tests and for sizing boxes where no canvas is available.
 */
export const estimateTextWidth: TextMeasure = (text, px, bold) => {
  let em = 0;
  for (const ch of text) {
    if (ch === ' ') em += 0.27;
    else if (NARROW.has(ch)) em += 0.3;
    else if (WIDE.has(ch)) em += 0.86;
    else if (ch >= '0' && ch <= '9') em += 0.58;
    else if (ch >= 'A' && ch <= 'Z') em += 0.66;
    else em += 0.55;
  }
  return em * px * (bold ? 1.05 : 1);
};

/**
 * The longest start of `text` that fits in `maxWidth` with an ellipsis, or the text itself when it
 * fits. Cuts at a word boundary when one is near (the title still reads as a phrase).
 */
export function fitText(
  text: string,
  maxWidth: number,
  px: number,
  bold: boolean,
  measure: TextMeasure,
): string {
  if (measure(text, px, bold) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`, px, bold) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  const cut = chars.slice(0, lo).join('');
  const space = cut.lastIndexOf(' ');
  const base = space >= cut.length * 0.6 ? cut.slice(0, space) : cut;
  return `${base.trimEnd()}…`;
}

/**
 * Words wrapped into at most `maxLines` lines of `maxWidth`; the last line ends in an ellipsis when
 * the text does not fit. A word longer than a line is cut.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  maxLines: number,
  px: number,
  bold: boolean,
  measure: TextMeasure,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    let line = words[i]!;
    i++;
    while (i < words.length && measure(`${line} ${words[i]}`, px, bold) <= maxWidth) {
      line = `${line} ${words[i]}`;
      i++;
    }
    lines.push(line);
  }
  if (lines.length === 0) return [''];
  const last = lines.length - 1;
  const rest = i < words.length ? `${lines[last]} ${words.slice(i).join(' ')}` : lines[last]!;
  if (i < words.length || measure(rest, px, bold) > maxWidth)
    lines[last] = fitText(i < words.length ? `${rest}` : rest, maxWidth, px, bold, measure);
  for (let k = 0; k < last; k++)
    if (measure(lines[k]!, px, bold) > maxWidth) lines[k] = fitText(lines[k]!, maxWidth, px, bold, measure);
  return lines;
}
