import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FuzzyDate } from '../model/fuzzyDate';
import { fuzzyDateSchema } from '../model/fuzzyDate';
import { LOCALES, lookup } from '../i18n';
import {
  dayToIso,
  daysInMonth,
  describeSpan,
  formatFuzzyDate,
  formatWhen,
  fuzzySpan,
  parseDatePhrase,
  precisionKind,
  type DatePhrase,
  type DatePhraseRefusalCode,
} from './index';

const REF = { referenceYear: 2026 };
const read = (text: string) => parseDatePhrase(text, REF);

const year = (y: number): FuzzyDate => ({ precision: 'year', year: y });
const part = (y: number, p: 'begin' | 'middle' | 'end'): FuzzyDate => ({
  precision: 'year',
  year: y,
  part: p,
});
const month = (y: number, m: number): FuzzyDate => ({ precision: 'month', year: y, month: m });
const aboutMonth = (y: number, m: number): FuzzyDate => ({
  precision: 'month',
  year: y,
  month: m,
  approx: true,
});
const day = (y: number, m: number, d: number): FuzzyDate => ({ precision: 'day', year: y, month: m, day: d });
const season = (y: number, s: 'winter' | 'spring' | 'summer' | 'autumn'): FuzzyDate => ({
  precision: 'season',
  year: y,
  season: s,
});
const about = (y: number, n = 1): FuzzyDate => ({ precision: 'approx', year: y, plusMinusYears: n });

type Expected = FuzzyDate | { period: [FuzzyDate, FuzzyDate | null] } | { refused: DatePhraseRefusalCode };

/** The phrases the issue names, their English equivalents and more: what each must read as. */
const TABLE: [string, Expected][] = [
  // years and approximate years
  ['2019', year(2019)],
  ['in 2019', year(2019)],
  ["'19", year(2019)],
  ['rond 2005', about(2005)],
  ['ongeveer 2005', about(2005)],
  ['circa 2005', about(2005)],
  ['ca. 2005', about(2005)],
  ['± 2010', about(2010)],
  ['+/- 2010', about(2010)],
  ['2005 ± 3', about(2005, 3)],
  ['around 2005', about(2005)],
  ['about 2005', about(2005)],
  ['c. 2005', about(2005)],
  // months and approximate months
  ['feb 2019', month(2019, 2)],
  ['Feb. 2019', month(2019, 2)],
  ['februari 2019', month(2019, 2)],
  ["februari '19", month(2019, 2)],
  ['februari ’19', month(2019, 2)],
  ['February 2019', month(2019, 2)],
  ["February '19", month(2019, 2)],
  ['mrt 2018', month(2018, 3)],
  ['okt 2017', month(2017, 10)],
  ['02-2019', month(2019, 2)],
  ['2019-02', month(2019, 2)],
  ['2010-12', month(2010, 12)],
  ['kerst 2019', month(2019, 12)],
  ['Christmas 2019', month(2019, 12)],
  ['begin maart 2019', month(2019, 3)],
  ['rond februari 2019', aboutMonth(2019, 2)],
  ['ongeveer feb 2019', aboutMonth(2019, 2)],
  ['around February 2019', aboutMonth(2019, 2)],
  // days (figures always day-month-year)
  ['3 maart 2018', day(2018, 3, 3)],
  ['3 mrt. 2018', day(2018, 3, 3)],
  ['3e maart 2018', day(2018, 3, 3)],
  ['3-3-2018', day(2018, 3, 3)],
  ['3-4-2018', day(2018, 4, 3)],
  ['03/04/2018', day(2018, 4, 3)],
  ['3.4.18', day(2018, 4, 3)],
  ['2018-04-03', day(2018, 4, 3)],
  ['3 March 2018', day(2018, 3, 3)],
  ['March 3, 2018', day(2018, 3, 3)],
  ['3rd of March 2018', day(2018, 3, 3)],
  ['29 februari 2020', day(2020, 2, 29)],
  // seasons: winter Y is December Y-1 to February Y
  ['voorjaar 2019', season(2019, 'spring')],
  ['lente 2019', season(2019, 'spring')],
  ['zomer 2018', season(2018, 'summer')],
  ["zomer '18", season(2018, 'summer')],
  ['de zomer van 2018', season(2018, 'summer')],
  ['najaar 2017', season(2017, 'autumn')],
  ['herfst 2017', season(2017, 'autumn')],
  ['winter 2018', season(2018, 'winter')],
  ['winter 2017/2018', season(2018, 'winter')],
  ['winter 2017-2018', season(2018, 'winter')],
  ["winter '17/'18", season(2018, 'winter')],
  ['spring 2019', season(2019, 'spring')],
  ["summer '18", season(2018, 'summer')],
  ['autumn 2017', season(2017, 'autumn')],
  ['fall 2017', season(2017, 'autumn')],
  ['the summer of 2018', season(2018, 'summer')],
  // parts of a year
  ['eind 2018', part(2018, 'end')],
  ['einde 2018', part(2018, 'end')],
  ["eind '18", part(2018, 'end')],
  ['begin 2019', part(2019, 'begin')],
  ['midden 2018', part(2018, 'middle')],
  ['medio 2018', part(2018, 'middle')],
  ['late 2018', part(2018, 'end')],
  ['the end of 2018', part(2018, 'end')],
  ['early 2019', part(2019, 'begin')],
  ['mid-2018', part(2018, 'middle')],
  ['mid 2018', part(2018, 'middle')],
  // periods
  ['2016–2018', { period: [year(2016), year(2018)] }],
  ['2016-2018', { period: [year(2016), year(2018)] }],
  ['2016 - 2018', { period: [year(2016), year(2018)] }],
  ['2016 t/m 2018', { period: [year(2016), year(2018)] }],
  ['2016 tot en met 2018', { period: [year(2016), year(2018)] }],
  ['van 2016 tot 2018', { period: [year(2016), year(2018)] }],
  ['2016–18', { period: [year(2016), year(2018)] }],
  ['2010–12', { period: [year(2010), year(2012)] }],
  ['2016 to 2018', { period: [year(2016), year(2018)] }],
  ['from 2016 to 2018', { period: [year(2016), year(2018)] }],
  ['between 2016 and 2018', { period: [year(2016), year(2018)] }],
  ['mrt 2016 – feb 2018', { period: [month(2016, 3), month(2018, 2)] }],
  ['maart – mei 2019', { period: [month(2019, 3), month(2019, 5)] }],
  ['voorjaar 2016 – zomer 2017', { period: [season(2016, 'spring'), season(2017, 'summer')] }],
  ['3-3-2018 - 5-5-2019', { period: [day(2018, 3, 3), day(2019, 5, 5)] }],
  ['sinds 2016', { period: [year(2016), null] }],
  ['vanaf maart 2016', { period: [month(2016, 3), null] }],
  ['2016 – heden', { period: [year(2016), null] }],
  ['2016 tot nu toe', { period: [year(2016), null] }],
  ['2016–', { period: [year(2016), null] }],
  ['since 2016', { period: [year(2016), null] }],
  ['2016 – present', { period: [year(2016), null] }],
  // refusals, each with its reason
  ['', { refused: 'empty' }],
  ['   ', { refused: 'empty' }],
  ['groep 8', { refused: 'schoolYear' }],
  ['in groep 8', { refused: 'schoolYear' }],
  ['klas 2', { refused: 'schoolYear' }],
  ['grade 8', { refused: 'schoolYear' }],
  ['year 7', { refused: 'schoolYear' }],
  ['toen Tom 12 was', { refused: 'age' }],
  ['op 12-jarige leeftijd', { refused: 'age' }],
  ['when she was 12', { refused: 'age' }],
  ['vorig jaar', { refused: 'relative' }],
  ['twee jaar geleden', { refused: 'relative' }],
  ['last year', { refused: 'relative' }],
  ['maart', { refused: 'noYear' }],
  ['voorjaar', { refused: 'noYear' }],
  ['March', { refused: 'noYear' }],
  ['31 februari 2019', { refused: 'noSuchDay' }],
  ['29 February 2019', { refused: 'noSuchDay' }],
  ['13-13-2019', { refused: 'noSuchMonth' }],
  ['1750', { refused: 'yearOutOfRange' }],
  ['12345', { refused: 'yearOutOfRange' }],
  ['2018–2016', { refused: 'endBeforeStart' }],
  ['na de scheiding', { refused: 'unknown' }],
  ['Tom naar de psycholoog', { refused: 'unknown' }],
];

function expectReading(text: string, actual: DatePhrase, expected: Expected) {
  if ('refused' in expected) {
    expect(actual.ok, text).toBe(false);
    if (!actual.ok) expect(actual.refusal.code, text).toBe(expected.refused);
    return;
  }
  expect(actual.ok, `${text}: ${JSON.stringify(actual)}`).toBe(true);
  if (!actual.ok) return;
  if ('period' in expected) {
    expect(actual.shape, text).toBe('period');
    expect(actual.start, text).toEqual(expected.period[0]);
    if (actual.shape === 'period') expect(actual.end, text).toEqual(expected.period[1]);
  } else {
    expect(actual.shape, text).toBe('moment');
    expect(actual.start, text).toEqual(expected);
  }
}

describe('date phrases', () => {
  it(`reads a table of ${TABLE.length} Dutch and English phrases as expected`, () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
    for (const [text, expected] of TABLE) expectReading(text, read(text), expected);
  });

  it('gives every refusal a reason the user can read, in both languages', () => {
    for (const [text, expected] of TABLE) {
      if (!('refused' in expected)) continue;
      const r = read(text);
      if (r.ok) throw new Error(text);
      for (const messages of Object.values(LOCALES))
        expect(typeof lookup(messages, `datePhrase.refused.${r.refusal.code}`), text).toBe('string');
    }
  });

  it('ignores case, surrounding spaces, typographic dashes and apostrophes', () => {
    expect(read('  VOORJAAR   2019 ')).toEqual(read('voorjaar 2019'));
    expect(read('2016 — 2018')).toEqual(read('2016-2018'));
    expect(read('zomer ‘18')).toEqual(read("zomer '18"));
    expect(read('eind 2018.')).toEqual(read('eind 2018'));
  });

  it('reads two-digit years relative to the current year', () => {
    expect(parseDatePhrase("zomer '36", { referenceYear: 2026 })).toMatchObject({ start: { year: 2036 } });
    expect(parseDatePhrase("zomer '37", { referenceYear: 2026 })).toMatchObject({ start: { year: 1937 } });
    expect(parseDatePhrase("'99", { referenceYear: 2026 })).toMatchObject({ start: { year: 1999 } });
  });

  it('never throws, and whatever it accepts is a valid date (any text)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const r = parseDatePhrase(text, REF);
        if (!r.ok) return typeof r.refusal.code === 'string';
        const dates = r.shape === 'period' ? [r.start, r.end] : [r.start];
        return dates.every((d) => d === null || fuzzyDateSchema.safeParse(d).success);
      }),
      { numRuns: 2000 },
    );
  });
});

/** Any valid remembered date. */
const fuzzyDate: fc.Arbitrary<FuzzyDate> = fc.oneof(
  fc
    .record({
      year: fc.integer({ min: 1800, max: 2200 }),
      month: fc.integer({ min: 1, max: 12 }),
      d: fc.nat(),
    })
    .map(({ year, month, d }) => day(year, month, 1 + (d % daysInMonth(year, month)))),
  fc
    .record({ year: fc.integer({ min: 1800, max: 2200 }), month: fc.integer({ min: 1, max: 12 }) })
    .map((r) => month(r.year, r.month)),
  fc
    .record({ year: fc.integer({ min: 1800, max: 2200 }), month: fc.integer({ min: 1, max: 12 }) })
    .map((r) => aboutMonth(r.year, r.month)),
  fc
    .record({
      year: fc.integer({ min: 1800, max: 2200 }),
      s: fc.constantFrom('winter' as const, 'spring' as const, 'summer' as const, 'autumn' as const),
    })
    .map((r) => season(r.year, r.s)),
  fc.integer({ min: 1800, max: 2200 }).map(year),
  fc
    .record({
      year: fc.integer({ min: 1800, max: 2200 }),
      p: fc.constantFrom('begin' as const, 'middle' as const, 'end' as const),
    })
    .map((r) => part(r.year, r.p)),
  fc
    .record({ year: fc.integer({ min: 1800, max: 2200 }), n: fc.integer({ min: 1, max: 20 }) })
    .map((r) => about(r.year, r.n)),
);

describe('printed phrases read back as the same date (what the form shows is what the report prints)', () => {
  it.each(['nl', 'en'] as const)('every date, %s', (lang) => {
    fc.assert(
      fc.property(fuzzyDate, (d) => {
        const r = read(formatFuzzyDate(d, lang));
        return r.ok && r.shape === 'moment' && JSON.stringify(r.start) === JSON.stringify(d);
      }),
      { numRuns: 3000 },
    );
  });

  it.each(['nl', 'en'] as const)('every period, ongoing ones too, %s', (lang) => {
    fc.assert(
      fc.property(fuzzyDate, fc.option(fuzzyDate), (a, b) => {
        const [start, end] = b && fuzzySpan(b).end < fuzzySpan(a).start ? [b, a] : [a, b];
        const r = read(formatWhen({ shape: 'period', start, end }, lang));
        return (
          r.ok &&
          r.shape === 'period' &&
          JSON.stringify(r.start) === JSON.stringify(start) &&
          JSON.stringify(r.end) === JSON.stringify(end)
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the span a phrase means (the form hint)', () => {
  it('says which days the date can mean', () => {
    expect(describeSpan(season(2018, 'winter'), 'nl')).toBe('december 2017 – februari 2018');
    expect(describeSpan(season(2018, 'winter'), 'en')).toBe('December 2017 – February 2018');
    expect(describeSpan(month(2019, 2), 'nl')).toBe('1 – 28 februari 2019');
    expect(describeSpan(aboutMonth(2019, 2), 'nl')).toBe('januari – maart 2019');
    expect(describeSpan(part(2018, 'end'), 'nl')).toBe('september – december 2018');
    expect(describeSpan(about(2005), 'nl')).toBe('2004 – 2006');
    expect(describeSpan(day(2018, 3, 3), 'nl')).toBe('3 maart 2018');
  });
  it('labels each kind of precision', () => {
    expect(
      [day(2018, 3, 3), month(2019, 2), aboutMonth(2019, 2), season(2018, 'winter'), part(2018, 'end')].map(
        precisionKind,
      ),
    ).toEqual(['day', 'month', 'approxMonth', 'season', 'yearPart']);
  });
});

describe('docs/DATES.md', () => {
  const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'DATES.md'), 'utf8');
  const rows = doc
    .split('\n')
    .filter((l) => /^\| (nl|en) +\| `/.test(l))
    .map((l) => l.split('|').map((c) => c.trim()));
  it('has a table of at least 40 phrases, with refusals', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(rows.some((r) => r[3]!.startsWith('refused'))).toBe(true);
  });
  it('says what the app does for every phrase in its table', () => {
    for (const [, lang, phraseCell, readsAs, precision, from, to] of rows) {
      const text = phraseCell!.replace(/^`|`$/g, '');
      const r = read(text);
      if (readsAs!.startsWith('refused: ')) {
        expect(r.ok ? 'read' : r.refusal.code, text).toBe(readsAs!.slice('refused: '.length));
        continue;
      }
      expect(r.ok, text).toBe(true);
      if (!r.ok) continue;
      const end = r.shape === 'period' ? r.end : null;
      expect(formatWhen({ shape: r.shape, start: r.start, end }, lang as 'nl' | 'en'), text).toBe(readsAs);
      const kind =
        r.shape === 'moment'
          ? precisionKind(r.start)
          : `${precisionKind(r.start)} → ${end ? precisionKind(end) : 'ongoing'}`;
      expect(kind, text).toBe(precision);
      expect(dayToIso(fuzzySpan(r.start).start), text).toBe(from);
      const last =
        r.shape === 'moment'
          ? dayToIso(fuzzySpan(r.start).end)
          : end
            ? dayToIso(fuzzySpan(end).end)
            : 'ongoing';
      expect(last, text).toBe(to);
    }
  });
});
