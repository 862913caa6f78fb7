/**
 * How the lifeline is cut into landscape pages, like the wallpaper roll. The drawing is 1000
 * units per metre; a page window shows `tile` units plus an overlap with the previous page.
 * At most one metre per page (legible on paper), but when the drawing is tall (many lanes and
 * card rows) a page holds more, so each page is filled edge to edge instead of leaving a gap.
 */
export const TILE_OVERLAP = 0.1;

export interface TileWindow {
  readonly from: number;
  readonly to: number;
}

export function lifelineTiles(lengthMetres: number, drawingHeight: number, pageRatio: number): TileWindow[] {
  const total = lengthMetres * 1000;
  const atMost = Math.max(1, Math.ceil(lengthMetres));
  // The widest window the page shows at full height, without overlap.
  const fits = (drawingHeight * pageRatio) / (1 + TILE_OVERLAP);
  const parts = Math.max(1, Math.min(atMost, Math.floor(total / Math.max(1, fits))));
  const tile = total / parts;
  return Array.from({ length: parts }, (_, i) => ({
    from: Math.max(0, i * tile - tile * TILE_OVERLAP),
    to: Math.min(total, (i + 1) * tile),
  }));
}

/**
 * Where a centred label `halfWidth` either side of `x` goes in a page window, so it is never cut:
 * at `x` when it fits; at the ends of the roll moved inside by at most `maxShift` (so it does not
 * run into the next label; else none); none where a page join would cut it (the neighbouring
 * page, which overlaps this one, shows it whole).
 */
export function labelXInWindow(
  x: number,
  halfWidth: number,
  window: TileWindow,
  rollWidth: number,
  maxShift: number,
): number | null {
  if (x - halfWidth >= window.from && x + halfWidth <= window.to) return x;
  let moved: number | null = null;
  if (window.from <= 0 && x - halfWidth < window.from) moved = window.from + halfWidth;
  else if (window.to >= rollWidth && x + halfWidth > window.to) moved = window.to - halfWidth;
  return moved !== null && Math.abs(moved - x) <= maxShift ? moved : null;
}
