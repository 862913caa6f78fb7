import type { AnyRecord } from '../model/records';
import { sameJson } from './equality';

/**
 * A fresh read of a case with every unchanged record replaced by the object already held:
 * after a re-read, views that compare records by identity (is the drawing the same? which card
 * changed?) see only what really changed, and keep their layout and cached drawing.
 */
export function reuseUnchanged(
  held: ReadonlyMap<string, AnyRecord> | null | undefined,
  fresh: readonly AnyRecord[],
): AnyRecord[] {
  if (!held) return [...fresh];
  return fresh.map((r) => {
    const old = held.get(r.id);
    return old && old.type === r.type && sameJson(old, r) ? old : r;
  });
}
