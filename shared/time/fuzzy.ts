import type { FuzzyDate, Season, YearPart } from '../model/fuzzyDate';
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

/**
 * Meteorological seasons. Winter Y is the winter whose January lies in Y: it runs from
 * December Y−1 to February Y ("winter 2018" is early 2018, as Dutch researchers write it).
 */
const SEASON_START_MONTH: Record<Season, number> = { winter: 12, spring: 3, summer: 6, autumn: 9 };

/** First and last month of each part of a year ("begin", "midden", "eind" 2019): thirds. */
export const YEAR_PART_MONTHS: Record<YearPart, readonly [number, number]> = {
  begin: [1, 4],
  middle: [5, 8],
  end: [9, 12],
};

export function seasonOfMonth(month: number): Season {
  if (month === 12 || month <= 2) return 'winter';
  if (month <= 5) return 'spring';
  if (month <= 8) return 'summer';
  return 'autumn';
}

/** The season (and its year, winter counted by its January) that holds a month. */
export function seasonAt(year: number, month: number): { season: Season; year: number } {
  const season = seasonOfMonth(month);
  return { season, year: season === 'winter' && month === 12 ? year + 1 : year };
}

export function yearPartOfMonth(month: number): YearPart {
  return month <= 4 ? 'begin' : month <= 8 ? 'middle' : 'end';
}

function span(start: DayNumber, end: DayNumber): DaySpan {
  return { start, end, centre: Math.floor((start + end) / 2) };
}

/** Day number of the first of a month counted from January of `year` (month 0 is December before). */
function monthStartFrom(year: number, month: number): DayNumber {
  const m = month - 1;
  return monthStart(year + Math.floor(m / 12), (((m % 12) + 12) % 12) + 1);
}

/** Whole months `from`..`to` (inclusive, counted from January of `year`; may run over a year end). */
function monthsSpan(year: number, from: number, to: number): DaySpan {
  return span(monthStartFrom(year, from), monthStartFrom(year, to + 1) - 1);
}

export function fuzzySpan(date: FuzzyDate): DaySpan {
  switch (date.precision) {
    case 'day': {
      const d = ymdToDay(date.year, date.month, Math.min(date.day, daysInMonth(date.year, date.month)));
      return { start: d, end: d, centre: d };
    }
    case 'month': {
      if (!date.approx) return monthsSpan(date.year, date.month, date.month);
      const s = monthsSpan(date.year, date.month - 1, date.month + 1);
      const centre = monthsSpan(date.year, date.month, date.month).centre;
      return { start: s.start, end: s.end, centre };
    }
    case 'season': {
      const m = SEASON_START_MONTH[date.season];
      const first = date.season === 'winter' ? 0 : m; // winter: December of the year before
      return monthsSpan(date.year, first, first + 2);
    }
    case 'year': {
      if (!date.part) return span(yearStart(date.year), yearStart(date.year + 1) - 1);
      const [from, to] = YEAR_PART_MONTHS[date.part];
      return monthsSpan(date.year, from, to);
    }
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

/** The locale the app's languages name months in (Intl, never a hand-written list). */
const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

const monthNames = new Map<string, readonly string[]>();

/** The twelve month names of a language from Intl: "januari"…, or "jan"… (short, without a full stop). */
export function monthNames12(lang: Language, short = false): readonly string[] {
  const key = `${lang}${short ? ' short' : ''}`;
  let names = monthNames.get(key);
  if (!names) {
    const format = new Intl.DateTimeFormat(LOCALES[lang], {
      month: short ? 'short' : 'long',
      timeZone: 'UTC',
    });
    names = Array.from({ length: 12 }, (_, m) => format.format(Date.UTC(2001, m, 15)).replace(/\.$/, ''));
    monthNames.set(key, names);
  }
  return names;
}

const SEASONS: Record<Language, Record<Season, string>> = {
  nl: { winter: 'winter', spring: 'voorjaar', summer: 'zomer', autumn: 'najaar' },
  en: { winter: 'winter', spring: 'spring', summer: 'summer', autumn: 'autumn' },
};

export function monthName(month: number, lang: Language, short = false): string {
  return monthNames12(lang, short)[month - 1] ?? String(month);
}

export function seasonName(season: Season, lang: Language): string {
  return SEASONS[lang][season];
}

const YEAR_PARTS: Record<Language, Record<YearPart, string>> = {
  nl: { begin: 'begin', middle: 'midden', end: 'eind' },
  en: { begin: 'early', middle: 'mid', end: 'late' },
};
const ABOUT: Record<Language, string> = { nl: 'rond', en: 'around' };

export function yearPartName(part: YearPart, lang: Language): string {
  return YEAR_PARTS[lang][part];
}

/**
 * The phrase for a date, the same one the date-phrase parser reads back (docs/DATES.md):
 * "12 maart 2019", "maart 2019", "rond februari 2019", "voorjaar 2019", "eind 2018", "2019",
 * "± 2005" (or "2005 ± 2"). Winter runs over New Year, so it names both years: winter 2018
 * (December 2017 – February 2018) is "winter 2017–2018".
 */
export function formatFuzzyDate(date: FuzzyDate, lang: Language): string {
  switch (date.precision) {
    case 'day':
      return `${date.day} ${monthName(date.month, lang)} ${date.year}`;
    case 'month':
      return `${date.approx ? `${ABOUT[lang]} ` : ''}${monthName(date.month, lang)} ${date.year}`;
    case 'season':
      // Winter runs over New Year: "winter 2017–2018" says which January is meant (winter 2018).
      return date.season === 'winter'
        ? `${seasonName(date.season, lang)} ${date.year - 1}–${date.year}`
        : `${seasonName(date.season, lang)} ${date.year}`;
    case 'year':
      return date.part ? `${yearPartName(date.part, lang)} ${date.year}` : String(date.year);
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
      return like.approx
        ? { precision: 'month', year: ymd.year, month: ymd.month, approx: true }
        : { precision: 'month', year: ymd.year, month: ymd.month };
    case 'season':
      return { precision: 'season', ...seasonAt(ymd.year, ymd.month) };
    case 'year':
      return like.part
        ? { precision: 'year', year: ymd.year, part: yearPartOfMonth(ymd.month) }
        : { precision: 'year', year: ymd.year };
    case 'approx':
      return { precision: 'approx', year: ymd.year, plusMinusYears: like.plusMinusYears };
  }
}

/** Age in whole years on a day for someone born in `birthYear` (birthday taken as 1 July). */
export function ageAt(birthYear: number, day: DayNumber): number {
  const { year, month } = dayToYmd(day);
  return year - birthYear - (month < 7 ? 1 : 0);
}
