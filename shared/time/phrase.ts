import {
  DATE_YEAR_RANGE,
  PLUS_MINUS_YEARS,
  type FuzzyDate,
  type Season,
  type YearPart,
} from '../model/fuzzyDate';
import { daysInMonth } from './day';
import { fuzzySpan, monthNames12 } from './fuzzy';

/**
 * Reads the dates people write in interview notes, in Dutch and English alike ("voorjaar 2019",
 * "rond 2005", "feb '19", "3 maart 2018", "eind 2018", "2016–2018", "sinds 2016", "around
 * February 2019"…), without looking at the operating system's locale. Numeric dates are always
 * day-month-year ("3-4-2018" is 3 April). What cannot be read is refused with a reason.
 * docs/DATES.md is the table of phrases; shared/time/phrase.test.ts checks every row of it.
 */
export type DatePhrase =
  | { readonly ok: true; readonly shape: 'moment'; readonly start: FuzzyDate }
  /** A period; `end` null means it is still going on ("sinds 2016", "2016 – heden"). */
  | { readonly ok: true; readonly shape: 'period'; readonly start: FuzzyDate; readonly end: FuzzyDate | null }
  | { readonly ok: false; readonly refusal: DatePhraseRefusal };

export type DatePhraseRefusalCode =
  | 'empty'
  | 'schoolYear'
  | 'age'
  | 'relative'
  | 'noYear'
  | 'yearOutOfRange'
  | 'noSuchDay'
  | 'noSuchMonth'
  | 'endBeforeStart'
  | 'unknown';

/** Why a phrase is not a date: an i18n key `datePhrase.refused.<code>` and its values. */
export interface DatePhraseRefusal {
  readonly code: DatePhraseRefusalCode;
  readonly values: Readonly<Record<string, string | number>>;
}

export interface DatePhraseOptions {
  /**
   * Two-digit years ("zomer '18") are read as the nearest year not more than 10 years after
   * this one (default: the current year).
   */
  readonly referenceYear?: number;
}

const MIN_YEAR = DATE_YEAR_RANGE.min;
const MAX_YEAR = DATE_YEAR_RANGE.max;

/** Month words read in either language: Intl's long and short names, and a few other ways people shorten them. */
const MONTH_WORDS: Record<string, number> = {};
for (const lang of ['nl', 'en'] as const)
  for (const short of [false, true])
    monthNames12(lang, short).forEach((name, i) => (MONTH_WORDS[name.toLowerCase()] = i + 1));
const OTHER_ABBREVIATIONS: readonly (readonly [string, number])[] = [
  ['febr', 2],
  ['maa', 3],
  ['mar', 3],
  ['sep', 9],
  ['sept', 9],
];
for (const [word, month] of OTHER_ABBREVIATIONS) MONTH_WORDS[word] = month;

const SEASON_WORDS: Record<string, Season> = {
  winter: 'winter',
  voorjaar: 'spring',
  lente: 'spring',
  spring: 'spring',
  zomer: 'summer',
  summer: 'summer',
  najaar: 'autumn',
  herfst: 'autumn',
  autumn: 'autumn',
  fall: 'autumn',
};

const PART_WORDS: Record<string, YearPart> = {
  begin: 'begin',
  'begin van': 'begin',
  'het begin van': 'begin',
  start: 'begin',
  'start van': 'begin',
  early: 'begin',
  'beginning of': 'begin',
  'the beginning of': 'begin',
  'start of': 'begin',
  'the start of': 'begin',
  midden: 'middle',
  'midden van': 'middle',
  medio: 'middle',
  halverwege: 'middle',
  mid: 'middle',
  middle: 'middle',
  'middle of': 'middle',
  'the middle of': 'middle',
  eind: 'end',
  einde: 'end',
  'eind van': 'end',
  'einde van': 'end',
  'het einde van': 'end',
  end: 'end',
  'end of': 'end',
  'the end of': 'end',
  late: 'end',
};

const APPROX_WORDS = [
  'rond',
  'rondom',
  'omstreeks',
  'ongeveer',
  'circa',
  'ca.',
  'ca',
  'c.',
  '±',
  '+/-',
  '+-',
  '~',
  'around',
  'about',
  'approximately',
  'approx.',
  'approx',
  'roughly',
];

const NOW_WORDS = new Set([
  'heden',
  'nu',
  'nu toe',
  'vandaag',
  'present',
  'now',
  'today',
  'ongoing',
  'loopt nog',
]);

const alternation = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
const MONTH_RE = `(${alternation(Object.keys(MONTH_WORDS))})\\.?`;
const SEASON_RE = `(${alternation(Object.keys(SEASON_WORDS))})`;
const PART_RE = `(${alternation(Object.keys(PART_WORDS))})`;
const APPROX_RE = new RegExp(`^(?:${alternation(APPROX_WORDS)})\\s*`);
/** A year: four digits, or two after an apostrophe ('18). */
const YEAR_RE = `(\\d{4}|'\\d{2})`;

/** Lower case, one kind of dash and apostrophe, single spaces, no trailing full stop. */
export function normalisePhrase(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u2018\u2019\u201b\u00b4`]/g, "'")
      // hyphens stay '-' (ISO dates use them); dashes become '–', which only ever separates a period
      .replace(/[\u2010\u2011]/g, '-')
      .replace(/[\u2012-\u2015\u2212]/g, '–')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[.,;:]+$/, '')
      .trim()
  );
}

/** Reads a date phrase: one date (a moment) or a period. */
export function parseDatePhrase(text: string, opts: DatePhraseOptions = {}): DatePhrase {
  const s = normalisePhrase(text);
  if (!s) return notADate('empty');
  const ref = opts.referenceYear ?? new Date().getFullYear();
  const single = readSingle(s, ref);
  if (single.ok) return { ok: true, shape: 'moment', start: single.date };
  const period = readPeriod(s, ref);
  if (period) return period;
  // Nothing read: the refusal of the single reading says why (with the best reason we can give).
  return single.refusal.code === 'unknown' ? { ok: false, refusal: whyNot(s, text.trim()) } : single;
}

type Single = { ok: true; date: FuzzyDate } | { ok: false; refusal: DatePhraseRefusal };

function notADate(code: DatePhraseRefusalCode, values: Record<string, string | number> = {}) {
  return { ok: false as const, refusal: { code, values } };
}

function yearOf(token: string, ref: number): number {
  if (token.startsWith("'")) {
    const yy = Number(token.slice(1));
    const century = Math.floor((ref + 10) / 100) * 100;
    const y = century + yy;
    return y > ref + 10 ? y - 100 : y;
  }
  return Number(token);
}

function checkYear(year: number): DatePhraseRefusal | null {
  return year < MIN_YEAR || year > MAX_YEAR
    ? { code: 'yearOutOfRange', values: { year, min: MIN_YEAR, max: MAX_YEAR } }
    : null;
}

function dayDate(year: number, month: number, day: number): Single {
  const bad = checkYear(year);
  if (bad) return { ok: false, refusal: bad };
  if (month < 1 || month > 12) return notADate('noSuchMonth', { month });
  if (day < 1 || day > daysInMonth(year, month)) return notADate('noSuchDay', { day, month, year });
  return { ok: true, date: { precision: 'day', year, month, day } };
}

function withYear(year: number, make: (year: number) => FuzzyDate): Single {
  const bad = checkYear(year);
  return bad ? { ok: false, refusal: bad } : { ok: true, date: make(year) };
}

/** Reads one date (no period). */
function readSingle(input: string, ref: number): Single {
  const s = input
    .replace(/^(?:in|op|per|during|on|the|de|het)\s+/, '')
    .replace(/^(?:in|de|het|the)\s+/, '')
    .trim();
  // "rond 2005", "± 2010", "around February 2019": about a year, or about a month
  const approx = APPROX_RE.exec(s);
  if (approx && approx[0].length < s.length) {
    const inner = readSingle(s.slice(approx[0].length), ref);
    if (!inner.ok) return inner;
    const d = inner.date;
    switch (d.precision) {
      case 'year':
        return d.part ? inner : { ok: true, date: { precision: 'approx', year: d.year, plusMinusYears: 1 } };
      case 'month':
      case 'day':
        return { ok: true, date: { precision: 'month', year: d.year, month: d.month, approx: true } };
      default:
        return inner; // a season or a ± date is approximate already
    }
  }
  let m: RegExpExecArray | null;
  // "2005 ± 2", "2005 +/- 2", "2005 (± 2)"
  if ((m = /^(\d{4}) ?\(?(?:±|\+\/-|\+-) ?(\d{1,2}) ?(?:jaar|jr|years?|yrs?)?\)?$/.exec(s))) {
    const plusMinus = Number(m[2]);
    if (plusMinus < PLUS_MINUS_YEARS.min || plusMinus > PLUS_MINUS_YEARS.max)
      return notADate('unknown', { text: input });
    return withYear(Number(m[1]), (year) => ({ precision: 'approx', year, plusMinusYears: plusMinus }));
  }
  // ISO: 2018-03-04, 2018-03
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s))) return dayDate(+m[1]!, +m[2]!, +m[3]!);
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(s)) && +m[2]! >= 1 && +m[2]! <= 12) {
    const month = +m[2]!;
    return withYear(+m[1]!, (year) => ({ precision: 'month', year, month }));
  }
  // day-month-year in figures, always in that order: 3-4-2018, 03/04/2018, 3.4.18
  if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(s)))
    return dayDate(yearOf(m[3]!.length === 2 ? `'${m[3]}` : m[3]!, ref), +m[2]!, +m[1]!);
  // month-year in figures: 2-2019, 02/2019
  if ((m = /^(\d{1,2})[-/](\d{4})$/.exec(s))) {
    const month = +m[1]!;
    if (month < 1 || month > 12) return notADate('noSuchMonth', { month });
    return withYear(+m[2]!, (year) => ({ precision: 'month', year, month }));
  }
  // 3 maart 2018, 3e maart 2018, 3rd of March 2018
  if ((m = new RegExp(`^(\\d{1,2})(?:e|ste|de|st|nd|rd|th)? (?:of )?${MONTH_RE},? ${YEAR_RE}$`).exec(s)))
    return dayDate(yearOf(m[3]!, ref), MONTH_WORDS[m[2]!]!, +m[1]!);
  // March 3, 2018
  if ((m = new RegExp(`^${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)?,? ${YEAR_RE}$`).exec(s)))
    return dayDate(yearOf(m[3]!, ref), MONTH_WORDS[m[1]!]!, +m[2]!);
  // februari 2019, feb '19, kerst 2019; "begin maart 2019" is read as the month
  if ((m = new RegExp(`^(?:${PART_RE} )?${MONTH_RE},? (?:van |of )?${YEAR_RE}$`).exec(s))) {
    const month = MONTH_WORDS[m[2]!]!;
    return withYear(yearOf(m[3]!, ref), (year) => ({ precision: 'month', year, month }));
  }
  if ((m = new RegExp(`^(?:kerst|kerstmis|christmas|xmas) ${YEAR_RE}$`).exec(s)))
    return withYear(yearOf(m[1]!, ref), (year) => ({ precision: 'month', year, month: 12 }));
  // winter 2017/2018, winter 2017–2018, winter '17/'18: the winter whose January is in the second year
  if ((m = new RegExp(`^winter (?:van |of )?${YEAR_RE}(?: ?/ ?|-|–)(\\d{4}|'?\\d{2})$`).exec(s))) {
    const first = yearOf(m[1]!, ref);
    const second = /^\d{4}$/.test(m[2]!) ? +m[2]! : yearOf(`'${m[2]!.replace("'", '')}`, ref);
    if (second !== first + 1) return notADate('unknown', { text: input });
    return withYear(second, (year) => ({ precision: 'season', year, season: 'winter' }));
  }
  // voorjaar 2019, zomer '18, de zomer van 2018, summer of 2018
  if ((m = new RegExp(`^${SEASON_RE},? (?:van |of )?${YEAR_RE}$`).exec(s))) {
    const season = SEASON_WORDS[m[1]!]!;
    return withYear(yearOf(m[2]!, ref), (year) => ({ precision: 'season', year, season }));
  }
  // eind 2018, begin '19, mid-2018, the end of 2018
  if ((m = new RegExp(`^${PART_RE}[ \\-–]?${YEAR_RE}$`).exec(s))) {
    const part = PART_WORDS[m[1]!]!;
    return withYear(yearOf(m[2]!, ref), (year) => ({ precision: 'year', year, part }));
  }
  // 2019, '19
  if ((m = new RegExp(`^${YEAR_RE}$`).exec(s)))
    return withYear(yearOf(m[1]!, ref), (year) => ({ precision: 'year', year }));
  if ((m = /^(\d{5,})$/.exec(s)) || (m = /^(\d{1,3})$/.exec(s)))
    return notADate('yearOutOfRange', { year: m[1]!, min: MIN_YEAR, max: MAX_YEAR });
  return notADate('unknown', { text: input });
}

/** Reads a period: "2016–2018", "2016 t/m 2018", "mrt 2016 – feb 2018", "sinds 2016", "2016 – heden". */
function readPeriod(s: string, ref: number): DatePhrase | null {
  let m: RegExpExecArray | null;
  if ((m = /^(?:sinds|vanaf|since|from|starting) (.+?)(?: ?[-–])?$/.exec(s))) {
    const start = readSingle(m[1]!, ref);
    if (start.ok) return { ok: true, shape: 'period', start: start.date, end: null };
  }
  if ((m = /^(.+?) ?[-–]$/.exec(s))) {
    const start = readSingle(m[1]!, ref);
    if (start.ok) return { ok: true, shape: 'period', start: start.date, end: null };
  }
  const body = s.replace(/^(?:van|from|tussen|between) /, '');
  const separators = / ?(?:–|-|t\/m|tm|tot en met|tot|to|until|till|through|thru|en|and) ?/g;
  for (const sep of body.matchAll(separators)) {
    const at = sep.index;
    if (at === 0 || at + sep[0].length >= body.length) continue;
    // a word separator ("tot", "en") needs spaces around it
    if (/[a-z]/.test(sep[0]) && (sep[0][0] !== ' ' || sep[0][sep[0].length - 1] !== ' ')) continue;
    const left = body.slice(0, at).trim();
    const right = body.slice(at + sep[0].length).trim();
    const period = readEnds(left, right, ref);
    if (period) return period;
  }
  return null;
}

function readEnds(left: string, right: string, ref: number): DatePhrase | null {
  const startRead = readSingle(left, ref);
  if (NOW_WORDS.has(right)) return startRead.ok ? period(startRead.date, null) : null;
  let endRead = readSingle(right, ref);
  // "2016–18": the end's century comes from the start
  if (!endRead.ok && startRead.ok && /^\d{2}$/.test(right)) {
    let year = Math.floor(startRead.date.year / 100) * 100 + Number(right);
    if (year < startRead.date.year) year += 100;
    endRead = withYear(year, (y) => ({ precision: 'year', year: y }));
  }
  // "maart – mei 2019", "voorjaar – zomer 2019": the start takes the end's year
  if (!startRead.ok && endRead.ok) {
    const borrowed = readSingle(`${left} ${endRead.date.year}`, ref);
    if (borrowed.ok) return period(borrowed.date, endRead.date);
  }
  if (!startRead.ok || !endRead.ok) return null;
  return period(startRead.date, endRead.date);
}

function period(start: FuzzyDate, end: FuzzyDate | null): DatePhrase {
  if (end && fuzzySpan(end).end < fuzzySpan(start).start) return notADate('endBeforeStart');
  return { ok: true, shape: 'period', start, end };
}

/** The best reason we can give for a phrase that is no date. */
function whyNot(s: string, original: string): DatePhraseRefusal {
  if (/\b(groep|klas|brugklas|leerjaar|kleuterklas|kleuters|grade|year \d{1,2}\b|form \d)/.test(s))
    return { code: 'schoolYear', values: { text: original } };
  if (
    /(\bjaar oud\b|\bjarig|\bleeftijd\b|-jarige\b|\bjaar was\b|\bwas \d{1,2}\b|\b\d{1,2} was\b|\btoen\b.*\d|\baged? \d|\byears? old\b)/.test(
      s,
    )
  )
    return { code: 'age', values: { text: original } };
  if (
    /\b(vorig|vorige|volgend|volgende|dit jaar|deze maand|gisteren|vandaag|laatst|onlangs|geleden|recent|last|next|this year|this month|ago|yesterday|today|nu|now)\b/.test(
      s,
    )
  )
    return { code: 'relative', values: { text: original } };
  const hasYear = /\d{4}|'\d{2}/.test(s);
  if (
    !hasYear &&
    new RegExp(
      `^(?:${alternation(APPROX_WORDS)} ?)?(?:${PART_RE} )?(?:\\d{1,2}(?:e|ste|de|st|nd|rd|th)? )?(?:${MONTH_RE}|${SEASON_RE}|kerst)$`,
    ).test(s)
  )
    return { code: 'noYear', values: { text: original } };
  return { code: 'unknown', values: { text: original } };
}
