/** Wall colours: calm paper, dark ink, high contrast (WCAG AA+ for all text). */
export const WALL = {
  paper: '#fbfaf7',
  ink: '#1b1f24',
  inkSoft: '#3d4651',
  axis: '#1b1f24',
  laneEven: '#f1efe9',
  laneOdd: '#f7f5f0',
  cardFill: '#ffffff',
  cardStroke: '#9aa3ad',
  selection: '#1f5f8b',
  sessionEdit: '#7c3aed',
  tickMinor: '#8a939e',
} as const;

/** Mixes a colour with white (amount 0..1) for soft fills of lane bars. */
export function tint(hex: string, amount: number): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  const r = mix((n >> 16) & 255);
  const g = mix((n >> 8) & 255);
  const b = mix(n & 255);
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}

/** WCAG contrast ratio of two #rrggbb colours (1..21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Dark ink or white text, whichever contrasts more with the given background. */
export function readableOn(hex: string): string {
  return contrastRatio(WALL.ink, hex) >= contrastRatio('#ffffff', hex) ? WALL.ink : '#ffffff';
}
