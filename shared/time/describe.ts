import type { FuzzyDate } from '../model/fuzzyDate';
import type { Language } from '../model/case';
import { dayToYmd } from './day';
import { formatFuzzyDate, fuzzySpan, monthName } from './fuzzy';

const ONGOING: Record<Language, string> = { nl: 'heden', en: 'present' };

/** When a moment or period was, as a phrase the date parser reads back: "2016 – 2018", "2016 – heden". */
export function formatWhen(
  when: { shape: 'moment' | 'period'; start: FuzzyDate; end: FuzzyDate | null },
  lang: Language,
): string {
  const start = formatFuzzyDate(when.start, lang);
  if (when.shape === 'moment') return start;
  return `${start} – ${when.end ? formatFuzzyDate(when.end, lang) : ONGOING[lang]}`;
}

/** The kinds of precision a remembered date can have, for labels ("seizoen", "rond een maand"). */
export type PrecisionKind = 'day' | 'month' | 'approxMonth' | 'season' | 'yearPart' | 'year' | 'approx';

export function precisionKind(date: FuzzyDate): PrecisionKind {
  switch (date.precision) {
    case 'month':
      return date.approx ? 'approxMonth' : 'month';
    case 'year':
      return date.part ? 'yearPart' : 'year';
    default:
      return date.precision;
  }
}

/**
 * The days a date can mean, in words: "december 2017 – februari 2018" for "winter 2018",
 * "1 – 28 februari 2019" for a month, "2004 – 2006" for "rond 2005". The form shows it as a hint.
 */
export function describeSpan(date: FuzzyDate, lang: Language): string {
  if (date.precision === 'day') return formatFuzzyDate(date, lang);
  const span = fuzzySpan(date);
  const s = dayToYmd(span.start);
  const e = dayToYmd(span.end);
  if (date.precision === 'approx') return `${s.year} – ${e.year}`;
  if (s.year === e.year && s.month === e.month)
    return `${s.day} – ${e.day} ${monthName(s.month, lang)} ${s.year}`;
  if (s.year === e.year) return `${monthName(s.month, lang)} – ${monthName(e.month, lang)} ${s.year}`;
  return `${monthName(s.month, lang)} ${s.year} – ${monthName(e.month, lang)} ${e.year}`;
}
