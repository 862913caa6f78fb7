import type { FuzzyDate, Season } from '../model/fuzzyDate';
import type { Language } from '../model/case';
import { daysInMonth, dayToYmd, monthStart, yearStart, ymdToDay, type DayNumber } from './day';

/**
 * The span of days a remembered date can mean: `start` (first possible day), `end` (last
 * possible day, inclusive) and `centre` where it is drawn when one point is needed.
 */
export interface DaySpan {
  readonly start: DayNumber;
  readonly end: DayNumber;
  readonly centre: DayNumber;
}

/** Meteorological seasons: winter Y runs from December Y to February Y+1. */
const SEASON_START_MONTH: Record<Season, number> = { winter: 12, spring: 3, summer: 6, autumn: 9 };

export function seasonOfMonth(month: number): Season {
  if (month === 12 || month <= 2) return 'winter';
  if (month <= 5) return 'spring';
  if (month <= 8) return 'summer';
  return 'autumn';
}

function span(start: DayNumber, end: DayNumber): DaySpan {
  return { start, end, centre: Math.floor((start + end) / 2) };
}

export function fuzzySpan(date: FuzzyDate): DaySpan {
  switch (date.precision) {
    case 'day': {
      const d = ymdToDay(date.year, date.month, Math.min(date.day, daysInMonth(date.year, date.month)));
      return { start: d, end: d, centre: d };
    }
    case 'month':
      return span(
        monthStart(date.year, date.month),
        monthStart(date.year, date.month) + daysInMonth(date.year, date.month) - 1,
      );
    case 'season': {
      const m = SEASON_START_MONTH[date.season];
      const start = monthStart(date.year, m);
      const endMonth = m + 3; // first month after the season (13..15 roll over)
      const end = ymdToDay(date.year + Math.floor((endMonth - 1) / 12), ((endMonth - 1) % 12) + 1, 1) - 1;
      return span(start, end);
    }
    case 'year':
      return span(yearStart(date.year), yearStart(date.year + 1) - 1);
    case 'approx': {
      const start = yearStart(date.year - date.plusMinusYears);
      const end = yearStart(date.year + date.plusMinusYears + 1) - 1;
      return { start, end, centre: ymdToDay(date.year, 7, 1) };
    }
  }
}

/** True when the date covers more than one day (drawn as a range or fade, never as a point). */
export function isUncertain(date: FuzzyDate): boolean {
  return date.precision !== 'day';
}

/** Orders by the centre of the span, then by precision (more precise first). */
export function compareFuzzy(a: FuzzyDate, b: FuzzyDate): number {
  const sa = fuzzySpan(a);
  const sb = fuzzySpan(b);
  return sa.centre - sb.centre || sa.end - sa.start - (sb.end - sb.start);
}

const MONTHS: Record<Language, readonly string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
const MONTHS_SHORT: Record<Language, readonly string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
const SEASONS: Record<Language, Record<Season, string>> = {
  nl: { winter: 'winter', spring: 'voorjaar', summer: 'zomer', autumn: 'najaar' },
  en: { winter: 'winter', spring: 'spring', summer: 'summer', autumn: 'autumn' },
};

export function monthName(month: number, lang: Language, short = false): string {
  return (short ? MONTHS_SHORT : MONTHS)[lang][month - 1] ?? String(month);
}

export function seasonName(season: Season, lang: Language): string {
  return SEASONS[lang][season];
}

/** "12 maart 2019", "maart 2019", "voorjaar 2019", "winter 2019–2020", "2019", "± 2005" (or "2005 ± 2"). */
export function formatFuzzyDate(date: FuzzyDate, lang: Language): string {
  switch (date.precision) {
    case 'day':
      return lang === 'en'
        ? `${date.day} ${monthName(date.month, lang)} ${date.year}`
        : `${date.day} ${monthName(date.month, lang)} ${date.year}`;
    case 'month':
      return `${monthName(date.month, lang)} ${date.year}`;
    case 'season':
      // Winter runs over New Year: "winter 2017–2018" says which January is meant.
      return date.season === 'winter'
        ? `${seasonName(date.season, lang)} ${date.year}–${date.year + 1}`
        : `${seasonName(date.season, lang)} ${date.year}`;
    case 'year':
      return String(date.year);
    case 'approx':
      return date.plusMinusYears === 1 ? `± ${date.year}` : `${date.year} ± ${date.plusMinusYears}`;
  }
}

/**
 * The same date moved by a number of days, keeping its precision: a moved "voorjaar 2019"
 * becomes the season that contains the new centre.
 */
export function shiftFuzzy(date: FuzzyDate, days: number): FuzzyDate {
  return fuzzyAtDay(fuzzySpan(date).centre + Math.round(days), date);
}

/** The date with the precision of `like` that contains day `day`. */
export function fuzzyAtDay(day: DayNumber, like: FuzzyDate): FuzzyDate {
  const ymd = dayToYmd(day);
  switch (like.precision) {
    case 'day':
      return { precision: 'day', year: ymd.year, month: ymd.month, day: ymd.day };
    case 'month':
      return { precision: 'month', year: ymd.year, month: ymd.month };
    case 'season': {
      const season = seasonOfMonth(ymd.month);
      const year = season === 'winter' && ymd.month <= 2 ? ymd.year - 1 : ymd.year;
      return { precision: 'season', year, season };
    }
    case 'year':
      return { precision: 'year', year: ymd.year };
    case 'approx':
      return { precision: 'approx', year: ymd.year, plusMinusYears: like.plusMinusYears };
  }
}

/** Age in whole years on a day for someone born in `birthYear` (birthday taken as 1 July). */
export function ageAt(birthYear: number, day: DayNumber): number {
  const { year, month } = dayToYmd(day);
  return year - birthYear - (month < 7 ? 1 : 0);
}
