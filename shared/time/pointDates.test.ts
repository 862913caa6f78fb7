import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayForFuzzy, formatPointDate, formatPointSpan, fuzzyAtIso, tapPrecision } from './pointDates';
import { dayToIso, isoToDay } from './day';
import { fuzzySpan } from './fuzzy';

describe('fuzzy marker dates', () => {
  it('prints a stored day in the precision it is meant with, in Dutch and English', () => {
    const cases: [string, 'day' | 'month' | 'season' | 'year', string, string][] = [
      ['2018-01-25', 'year', '2018', '2018'],
      ['2018-01-25', 'month', 'januari 2018', 'January 2018'],
      ['2018-01-25', 'day', '25 januari 2018', '25 January 2018'],
      ['2019-04-10', 'season', 'voorjaar 2019', 'spring 2019'],
      ['2019-10-10', 'season', 'najaar 2019', 'autumn 2019'],
      // January and February belong to the winter that began in the December before
      ['2018-01-25', 'season', 'winter 2017–2018', 'winter 2017–2018'],
      ['2018-12-05', 'season', 'winter 2018–2019', 'winter 2018–2019'],
    ];
    for (const [iso, precision, nl, en] of cases) {
      expect(formatPointDate(iso, precision, 'nl'), `${iso} ${precision}`).toBe(nl);
      expect(formatPointDate(iso, precision, 'en'), `${iso} ${precision}`).toBe(en);
    }
  });

  it('prints spans with both ends, and one date when both ends read the same', () => {
    expect(formatPointSpan('2016-03-01', '2019-05-01', 'year', 'nl')).toBe('2016 – 2019');
    expect(formatPointSpan('2016-03-01', '2016-11-01', 'year', 'en')).toBe('2016');
    expect(formatPointSpan('2019-04-01', '2019-07-01', 'season', 'nl')).toBe('voorjaar 2019 – zomer 2019');
    expect(formatPointSpan('2019-04-01', null, 'month', 'en')).toBe('April 2019');
  });

  it('the remembered date always contains the stored day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: isoToDay('1900-01-01'), max: isoToDay('2100-12-31') }),
        fc.constantFrom('day' as const, 'month' as const, 'season' as const, 'year' as const),
        (day, precision) => {
          const s = fuzzySpan(fuzzyAtIso(dayToIso(day), precision));
          return s.start <= day && day <= s.end;
        },
      ),
    );
  });

  it('a date chosen on the console keeps the stored day when it still fits, else takes the middle', () => {
    expect(dayForFuzzy('2018-01-25', { precision: 'year', year: 2018 })).toBe('2018-01-25');
    expect(dayForFuzzy('2018-01-25', { precision: 'year', year: 2016 })).toBe('2016-07-01');
    expect(dayForFuzzy('2018-01-25', { precision: 'month', year: 2018, month: 3 })).toBe('2018-03-16');
    expect(dayForFuzzy(null, { precision: 'day', year: 2018, month: 3, day: 2 })).toBe('2018-03-02');
  });
});

describe('the precision of a tap follows the zoom', () => {
  const finger = 64;
  it('a year on a whole 20-year line (about 85 px a year) is a year', () => {
    expect(tapPrecision(85 / 365, finger)).toBe('year');
  });
  it('seasons once a season is wider than a finger, months once a month is', () => {
    expect(tapPrecision(400 / 365, finger)).toBe('season');
    expect(tapPrecision(1200 / 365, finger)).toBe('month');
    expect(tapPrecision(80, finger)).toBe('month');
  });
  it('never gets coarser when zooming in', () => {
    const rank = { year: 0, season: 1, month: 2 };
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: 1, max: 4, noNaN: true }),
        (p, f) => {
          return rank[tapPrecision(p * f, finger)] >= rank[tapPrecision(p, finger)];
        },
      ),
    );
  });
});
