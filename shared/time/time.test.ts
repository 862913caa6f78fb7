import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FuzzyDate } from '../model/fuzzyDate';
import {
  ageAt,
  compareFuzzy,
  dayToIso,
  formatFuzzyDate,
  fuzzySpan,
  isoToDay,
  isUncertain,
  shiftFuzzy,
  ymdToDay,
} from './index';

describe('day numbers', () => {
  it('round-trips ISO dates', () => {
    expect(isoToDay('1970-01-01')).toBe(0);
    expect(dayToIso(isoToDay('2024-02-29'))).toBe('2024-02-29');
    fc.assert(fc.property(fc.integer({ min: -60_000, max: 80_000 }), (d) => isoToDay(dayToIso(d)) === d));
  });
  it('rejects malformed ISO dates', () => {
    expect(() => isoToDay('2024-2-1')).toThrow(/YYYY-MM-DD/);
  });
});

describe('fuzzy date spans', () => {
  it('a day is a single point', () => {
    const s = fuzzySpan({ precision: 'day', year: 2019, month: 3, day: 12 });
    expect(s.start).toBe(s.end);
    expect(dayToIso(s.start)).toBe('2019-03-12');
  });
  it('a month covers all its days, February in a leap year too', () => {
    const s = fuzzySpan({ precision: 'month', year: 2020, month: 2 });
    expect(dayToIso(s.start)).toBe('2020-02-01');
    expect(dayToIso(s.end)).toBe('2020-02-29');
  });
  it('winter Y runs from December of the year before to February of Y (docs/DATES.md)', () => {
    const s = fuzzySpan({ precision: 'season', year: 2020, season: 'winter' });
    expect(dayToIso(s.start)).toBe('2019-12-01');
    expect(dayToIso(s.end)).toBe('2020-02-29');
    const w18 = fuzzySpan({ precision: 'season', year: 2018, season: 'winter' });
    expect([dayToIso(w18.start), dayToIso(w18.end)]).toEqual(['2017-12-01', '2018-02-28']);
    const spring = fuzzySpan({ precision: 'season', year: 2019, season: 'spring' });
    expect([dayToIso(spring.start), dayToIso(spring.end)]).toEqual(['2019-03-01', '2019-05-31']);
  });
  it('approximate years widen both ways and centre mid-year', () => {
    const s = fuzzySpan({ precision: 'approx', year: 2005, plusMinusYears: 2 });
    expect(dayToIso(s.start)).toBe('2003-01-01');
    expect(dayToIso(s.end)).toBe('2007-12-31');
    expect(dayToIso(s.centre)).toBe('2005-07-01');
  });
  it('only day precision is certain', () => {
    expect(isUncertain({ precision: 'day', year: 2000, month: 1, day: 1 })).toBe(false);
    expect(isUncertain({ precision: 'year', year: 2000 })).toBe(true);
  });
  it('every span contains its centre and starts no later than it ends', () => {
    const arb: fc.Arbitrary<FuzzyDate> = fc.oneof(
      fc.record({
        precision: fc.constant('day' as const),
        year: fc.integer({ min: 1900, max: 2100 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
      }),
      fc.record({
        precision: fc.constant('month' as const),
        year: fc.integer({ min: 1900, max: 2100 }),
        month: fc.integer({ min: 1, max: 12 }),
      }),
      fc.record({
        precision: fc.constant('season' as const),
        year: fc.integer({ min: 1900, max: 2100 }),
        season: fc.constantFrom('winter' as const, 'spring' as const, 'summer' as const, 'autumn' as const),
      }),
      fc.record({ precision: fc.constant('year' as const), year: fc.integer({ min: 1900, max: 2100 }) }),
      fc.record({
        precision: fc.constant('approx' as const),
        year: fc.integer({ min: 1900, max: 2100 }),
        plusMinusYears: fc.integer({ min: 1, max: 20 }),
      }),
    );
    fc.assert(
      fc.property(arb, (d) => {
        const s = fuzzySpan(d);
        return s.start <= s.centre && s.centre <= s.end;
      }),
    );
    // shifting by 0 keeps the date; shifting keeps the precision
    fc.assert(
      fc.property(
        arb,
        fc.integer({ min: -3000, max: 3000 }),
        (d, n) => shiftFuzzy(d, n).precision === d.precision,
      ),
    );
  });
});

describe('ordering and formatting', () => {
  it('orders by centre, precise first on ties', () => {
    const year: FuzzyDate = { precision: 'year', year: 2010 };
    const day: FuzzyDate = { precision: 'day', year: 2010, month: 7, day: 2 };
    const earlier: FuzzyDate = { precision: 'month', year: 2009, month: 12 };
    expect([year, day, earlier].sort(compareFuzzy)).toEqual([earlier, day, year]);
  });
  it('formats each precision in Dutch and English', () => {
    expect(formatFuzzyDate({ precision: 'day', year: 2019, month: 3, day: 12 }, 'nl')).toBe('12 maart 2019');
    expect(formatFuzzyDate({ precision: 'month', year: 2019, month: 10 }, 'en')).toBe('October 2019');
    expect(formatFuzzyDate({ precision: 'season', year: 2019, season: 'spring' }, 'nl')).toBe(
      'voorjaar 2019',
    );
    expect(formatFuzzyDate({ precision: 'approx', year: 2005, plusMinusYears: 1 }, 'nl')).toBe('± 2005');
    expect(formatFuzzyDate({ precision: 'approx', year: 2005, plusMinusYears: 3 }, 'en')).toBe('2005 ± 3');
  });
  it('moves a season to the season holding the new centre', () => {
    const moved = shiftFuzzy({ precision: 'season', year: 2019, season: 'autumn' }, 92);
    expect(moved).toEqual({ precision: 'season', year: 2020, season: 'winter' });
    // a winter moved back into January stays that winter
    expect(shiftFuzzy({ precision: 'season', year: 2020, season: 'winter' }, 20)).toEqual({
      precision: 'season',
      year: 2020,
      season: 'winter',
    });
  });
  it('keeps "about a month" and parts of a year when moved', () => {
    expect(shiftFuzzy({ precision: 'month', year: 2019, month: 2, approx: true }, 31)).toEqual({
      precision: 'month',
      year: 2019,
      month: 3,
      approx: true,
    });
    expect(shiftFuzzy({ precision: 'year', year: 2018, part: 'end' }, 120)).toEqual({
      precision: 'year',
      year: 2019,
      part: 'begin',
    });
  });
  it('spans about a month and parts of a year', () => {
    const m = fuzzySpan({ precision: 'month', year: 2019, month: 1, approx: true });
    expect([dayToIso(m.start), dayToIso(m.end), dayToIso(m.centre)]).toEqual([
      '2018-12-01',
      '2019-02-28',
      '2019-01-16',
    ]);
    const end = fuzzySpan({ precision: 'year', year: 2018, part: 'end' });
    expect([dayToIso(end.start), dayToIso(end.end)]).toEqual(['2018-09-01', '2018-12-31']);
  });
  it('computes ages with a mid-year birthday', () => {
    expect(ageAt(2006, ymdToDay(2018, 9, 1))).toBe(12);
    expect(ageAt(2006, ymdToDay(2018, 3, 1))).toBe(11);
  });
});
