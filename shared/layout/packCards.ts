/**
 * Places moment cards above and below the line without overlap. Cards are taken in time order;
 * each goes to the first level (above 0, below 0, above 1, below 1, …) where it fits, shifted
 * sideways as long as its anchor stays under the card. A card that fits nowhere becomes a dot on
 * the line (zooming in gives it room). Pure geometry in pixels.
 */
export interface CardAnchor {
  readonly id: string;
  readonly anchorX: number;
}

export interface PlacedCard {
  readonly id: string;
  readonly x: number;
  readonly above: boolean;
  /** 0 is nearest to the line. */
  readonly level: number;
}

export interface PackOptions {
  readonly cardWidth: number;
  readonly gap: number;
  readonly levelsAbove: number;
  readonly levelsBelow: number;
  /** How far the anchor must stay inside the card's edges. */
  readonly inset: number;
}

export function packCards(
  anchors: readonly CardAnchor[],
  opts: PackOptions,
): { placed: PlacedCard[]; dots: string[] } {
  const order: { above: boolean; level: number }[] = [];
  for (let l = 0; l < Math.max(opts.levelsAbove, opts.levelsBelow); l++) {
    if (l < opts.levelsAbove) order.push({ above: true, level: l });
    if (l < opts.levelsBelow) order.push({ above: false, level: l });
  }
  const rightEdge = order.map(() => -Infinity);
  const placed: PlacedCard[] = [];
  const dots: string[] = [];
  const sorted = [...anchors].sort((a, b) => a.anchorX - b.anchorX || (a.id < b.id ? -1 : 1));
  for (const a of sorted) {
    const earliest = a.anchorX - opts.cardWidth + opts.inset;
    let done = false;
    for (let i = 0; i < order.length; i++) {
      const x = Math.max(rightEdge[i]! + opts.gap, a.anchorX - opts.cardWidth / 2);
      if (x <= a.anchorX - opts.inset && x >= earliest) {
        rightEdge[i] = x + opts.cardWidth;
        placed.push({ id: a.id, x, above: order[i]!.above, level: order[i]!.level });
        done = true;
        break;
      }
    }
    if (!done) dots.push(a.id);
  }
  return { placed, dots };
}

/** Rows for spans in one lane so overlapping periods sit under each other (row 0 first). */
export function packRows(
  spans: readonly { id: string; x0: number; x1: number }[],
  gap: number,
): Map<string, number> {
  const rowEnds: number[] = [];
  const rows = new Map<string, number>();
  for (const s of [...spans].sort((a, b) => a.x0 - b.x0 || (a.id < b.id ? -1 : 1))) {
    let row = rowEnds.findIndex((end) => end + gap <= s.x0);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(s.x1);
    } else rowEnds[row] = s.x1;
    rows.set(s.id, row);
  }
  return rows;
}

export interface BadgeSpan {
  readonly id: string;
  readonly x0: number;
  /** End of the full badge (with its text). */
  readonly x1: number;
  /** End of the badge when compact (a mark without text). */
  readonly compactX1: number;
}

/**
 * Packs badges into at most `maxRows` rows without overlap: full size where that fits, else all
 * compact (a crowded stretch at a far zoom shows marks without text; zooming in brings the text
 * back). Only when even the compact badges need more rows are the extra ones put in the last row.
 */
export function packBadges(
  spans: readonly BadgeSpan[],
  gap: number,
  maxRows: number,
): { rows: Map<string, number>; compact: boolean } {
  const full = packRows(spans, gap);
  if (rowCount(full) <= maxRows) return { rows: full, compact: false };
  const compact = packRows(
    spans.map((s) => ({ id: s.id, x0: s.x0, x1: s.compactX1 })),
    gap,
  );
  for (const [id, row] of compact) compact.set(id, Math.min(row, maxRows - 1));
  return { rows: compact, compact: true };
}

function rowCount(rows: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const row of rows.values()) n = Math.max(n, row + 1);
  return n;
}
