import { firstIndexNotBefore } from './sortedIndex';

/**
 * Choosing which labels to draw along a line so that none overlap. Pure geometry in px.
 */
export interface LabelCandidate {
  /** Left edge and width of the label's box (text plus its margin). */
  readonly x: number;
  readonly width: number;
  /** Higher goes first; among equals, left to right. */
  readonly priority: number;
}

/**
 * The indices of the labels kept: by priority (then left to right), each kept when it keeps
 * `gap` px from every label kept before. So a label of high priority is never pushed out by one
 * of lower priority.
 */
export function pickLabels(candidates: readonly LabelCandidate[], gap: number): number[] {
  const order = candidates
    .map((c, i) => i)
    .sort((a, b) => candidates[b]!.priority - candidates[a]!.priority || candidates[a]!.x - candidates[b]!.x);
  // kept boxes sorted by x, for a binary search of the neighbours
  const kept: { x0: number; x1: number; index: number }[] = [];
  for (const i of order) {
    const c = candidates[i]!;
    const x0 = c.x;
    const x1 = c.x + c.width;
    const lo = firstIndexNotBefore(kept, (k) => k.x0 < x0);
    const before = kept[lo - 1];
    const after = kept[lo];
    if (before && before.x1 + gap > x0) continue;
    if (after && x1 + gap > after.x0) continue;
    kept.splice(lo, 0, { x0, x1, index: i });
  }
  return kept.map((k) => k.index);
}

/**
 * The step of thinning for a run of items `span` px apart whose labels need `need` px: 1 (every
 * one), 2, 5, 10, 20, 50 or 100.
 */
export function thinningStep(span: number, need: number): number {
  for (const step of [1, 2, 5, 10, 20, 50, 100]) if (step * span >= need) return step;
  return 100;
}
