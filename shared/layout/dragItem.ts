import type { AxisScale } from '../axis/scale';
import type { FuzzyDate } from '../model/fuzzyDate';
import type { ItemRecord } from '../model/item';
import { fuzzyAtDay, fuzzySpan, shiftFuzzy } from '../time/fuzzy';

export type DragPart = 'body' | 'start' | 'end';

/**
 * The dates of an item dragged along the axis by `dMetres`: the body moves the whole item by the
 * same number of days (a period keeps its length), an end grip moves one end of a period. Dates
 * keep their precision, so a "voorjaar" moment moves from season to season. Returns null when
 * the drag changes nothing.
 */
export function draggedDates(
  item: Pick<ItemRecord, 'shape' | 'start' | 'end'>,
  part: DragPart,
  dMetres: number,
  scale: AxisScale,
): { start: FuzzyDate; end: FuzzyDate | null } | null {
  const moveDay = (day: number) => Math.round(scale.toDay(scale.toMetres(day) + dMetres));
  if (part === 'body' || item.shape === 'moment') {
    const centre = fuzzySpan(item.start).centre;
    const days = moveDay(centre) - centre;
    if (days === 0) return null;
    const start = shiftFuzzy(item.start, days);
    const end = item.end ? shiftFuzzy(item.end, days) : null;
    return same(start, item.start) && sameOrNull(end, item.end) ? null : { start, end };
  }
  if (part === 'start') {
    const s = fuzzySpan(item.start);
    let day = moveDay(s.centre);
    if (item.end) day = Math.min(day, fuzzySpan(item.end).start);
    const start = fuzzyAtDay(day, item.start);
    return same(start, item.start) ? null : { start, end: item.end };
  }
  if (!item.end) return null;
  const e = fuzzySpan(item.end);
  const day = Math.max(moveDay(e.centre), fuzzySpan(item.start).end);
  const end = fuzzyAtDay(day, item.end);
  return same(end, item.end) ? null : { start: item.start, end };
}

function same(a: FuzzyDate, b: FuzzyDate): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
function sameOrNull(a: FuzzyDate | null, b: FuzzyDate | null): boolean {
  return a === null || b === null ? a === b : same(a, b);
}
