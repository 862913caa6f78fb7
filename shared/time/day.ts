/**
 * Whole days since 1970-01-01 (UTC). All lifeline maths works in day numbers, so there are no
 * time zones or daylight-saving surprises.
 */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

export function ymdToDay(year: number, month: number, day: number): DayNumber {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function isoToDay(iso: string): DayNumber {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`isoToDay: not a YYYY-MM-DD date: ${iso}`);
  return ymdToDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function dayToYmd(day: DayNumber): { year: number; month: number; day: number } {
  const d = new Date(Math.round(day) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function dayToIso(day: DayNumber): string {
  const { year, month, day: dd } = dayToYmd(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Day number of 1 January of a year, and of the first of a month. */
export const yearStart = (year: number): DayNumber => ymdToDay(year, 1, 1);
export const monthStart = (year: number, month: number): DayNumber => ymdToDay(year, month, 1);

/** Fractional year at a day, e.g. 2019.5 around 2 July 2019. */
export function fractionalYear(day: DayNumber): number {
  const { year } = dayToYmd(day);
  const s = yearStart(year);
  return year + (day - s) / (yearStart(year + 1) - s);
}
