import type { FuzzyDate } from '../model/fuzzyDate';
import type { ItemRecord } from '../model/item';
import { daysInMonth, isoToDay } from '../time/day';
import { fuzzySpan } from '../time/fuzzy';

/** Years a date on a lifeline may have (the fuzzy date schema's range). */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2200;

/** `YYYY-MM-DD` naming a day that exists (no 30 February, no month 13, no year 0). */
export function isCalendarIso(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  return isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isCalendarDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** A remembered date that exists: a day precision date names a real day. */
export function isCalendarFuzzy(date: FuzzyDate): boolean {
  return date.precision !== 'day' || isCalendarDay(date.year, date.month, date.day);
}

/** A period may not end before it starts: its last possible day is not before the start's first. */
export function fuzzyEndsBeforeStart(start: FuzzyDate, end: FuzzyDate): boolean {
  return fuzzySpan(end).end < fuzzySpan(start).start;
}

/** Both ISO dates real, and `end` not before `start` (`strict`: end after start). */
export function isoOrderProblem(
  start: string,
  end: string | null,
  strict = false,
): 'calendar' | 'order' | null {
  if (!isCalendarIso(start) || (end !== null && !isCalendarIso(end))) return 'calendar';
  if (end === null) return null;
  const s = isoToDay(start);
  const e = isoToDay(end);
  return e < s || (strict && e === s) ? 'order' : null;
}

/** What is wrong with a pair of ISO dates, or null (see isoOrderProblem). */
export const calendarProblem = isoOrderProblem;

/** An item's dates: real days, a moment has no end, a period does not end before it starts. */
export function itemDateProblem(item: ItemRecord): { problem: string } | null {
  if (!isCalendarFuzzy(item.start) || (item.end && !isCalendarFuzzy(item.end)))
    return { problem: 'calendar' };
  if (item.shape === 'moment') return item.end === null ? null : { problem: 'momentEnd' };
  return item.end && fuzzyEndsBeforeStart(item.start, item.end) ? { problem: 'order' } : null;
}
