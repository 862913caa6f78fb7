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
  return Array.from({ length: parts }, (_, i) => ({ from: Math.max(0, i * tile - tile * TILE_OVERLAP), to: Math.min(total, (i + 1) * tile) }));
}
