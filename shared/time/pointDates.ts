import type { Language } from '../model/case';
import type { FuzzyDate, PointPrecision } from '../model/fuzzyDate';
import { dayToIso, isoToDay } from './day';
import { formatFuzzyDate, fuzzyAtDay, fuzzySpan } from './fuzzy';

/**
 * Points on the line that store a day but are meant less precisely (session markers): a
 * marker tapped at year zoom is drawn where the finger was and reads "2018" everywhere.
 */

/** The remembered date of the given precision that contains the stored day. */
export function fuzzyAtIso(iso: string, precision: PointPrecision): FuzzyDate {
  return fuzzyAtDay(isoToDay(iso), precisionLike(precision));
}

function precisionLike(precision: PointPrecision): FuzzyDate {
  switch (precision) {
    case 'day':
      return { precision, year: 2000, month: 1, day: 1 };
    case 'month':
      return { precision, year: 2000, month: 1 };
    case 'season':
      return { precision, year: 2000, season: 'spring' };
    case 'year':
      return { precision, year: 2000 };
  }
}

/** "2018", "voorjaar 2019", "maart 2019" or "12 maart 2019": one formatter for console, wall and report. */
export function formatPointDate(iso: string, precision: PointPrecision, lang: Language): string {
  return formatFuzzyDate(fuzzyAtIso(iso, precision), lang);
}

/** A point, or a span "2016 – 2019" (one date when both ends read the same). */
export function formatPointSpan(
  start: string,
  end: string | null,
  precision: PointPrecision,
  lang: Language,
): string {
  const from = formatPointDate(start, precision, lang);
  if (end === null) return from;
  const until = formatPointDate(end, precision, lang);
  return until === from ? from : `${from} – ${until}`;
}

/**
 * The stored day for a remembered date chosen on the console: the current day when the new date
 * still contains it (the marker does not jump), else the middle of the new date.
 */
export function dayForFuzzy(currentIso: string | null, date: FuzzyDate): string {
  const span = fuzzySpan(date);
  if (currentIso !== null) {
    const day = isoToDay(currentIso);
    if (day >= span.start && day <= span.end) return currentIso;
  }
  return dayToIso(span.centre);
}

/** Average days in a month and a season, for the zoom rule below. */
const DAYS_PER_MONTH = 365.2425 / 12;

/**
 * The precision a tap on the line has at a zoom: months where a finger's width covers less than
 * a month, seasons where it covers less than a season, else years. `pxPerDay` is the line's
 * scale where the tap was; `fingerPx` the width one finger can aim at (in the same pixels).
 */
export function tapPrecision(pxPerDay: number, fingerPx: number): Exclude<PointPrecision, 'day'> {
  if (pxPerDay * DAYS_PER_MONTH >= fingerPx) return 'month';
  if (pxPerDay * DAYS_PER_MONTH * 3 >= fingerPx) return 'season';
  return 'year';
}
