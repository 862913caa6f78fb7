import { describe, expect, it } from 'vitest';
import { AXIS_LIMITS, axisEditSchema, axisProblem, axisSchema, type Axis } from './axis';
import { BIRTH_YEAR_RANGE, memberRecordSchema, readBirthYear } from './member';
import { DATE_YEAR_RANGE, PLUS_MINUS_YEARS, fuzzyDateSchema } from './fuzzyDate';
import { monthName, monthNames12 } from '../time/fuzzy';
import { parseDatePhrase } from '../time/phrase';

const axis = (weight: number, segment = { start: '2018-01-01', end: '2019-12-31' }): Axis => ({
  start: '2004-01-01',
  end: '2025-12-31',
  lengthMetres: 10,
  scale: { mode: 'segments', segments: [{ ...segment, weight }] },
});

describe('limits live in one place', () => {
  it('the axis: the editor range for new weights, the wider stored range for old files, one rule for dates', () => {
    expect(axisEditSchema.safeParse(axis(AXIS_LIMITS.weight.max)).success).toBe(true);
    expect(axisEditSchema.safeParse(axis(AXIS_LIMITS.weight.max + 1)).success).toBe(false);
    expect(axisEditSchema.safeParse(axis(AXIS_LIMITS.weight.min - 0.5)).success).toBe(false);
    // a file from an older version may hold a narrowing weight: still read
    expect(axisSchema.safeParse(axis(AXIS_LIMITS.storedWeight.min)).success).toBe(true);
    expect(axisSchema.safeParse({ ...axis(2), lengthMetres: AXIS_LIMITS.lengthMetres.max + 1 }).success).toBe(
      false,
    );
    expect(axisProblem(axis(2))).toBeNull();
    expect(axisProblem({ ...axis(2), end: '2004-01-01' })).toBe('refusal.axisEndBeforeStart');
    expect(axisProblem(axis(2, { start: '2019-01-01', end: '2018-01-01' }))).toBe('refusal.endBeforeStart');
  });

  it('birth years: typed text read by the same range the records keep', () => {
    expect(readBirthYear('')).toBeNull();
    expect(readBirthYear(' 1978 ')).toBe(1978);
    expect(readBirthYear(String(BIRTH_YEAR_RANGE.min - 1))).toBeUndefined();
    expect(readBirthYear(String(BIRTH_YEAR_RANGE.max + 1))).toBeUndefined();
    expect(readBirthYear('19a8')).toBeUndefined();
    const member = {
      type: 'member',
      id: 'member_a',
      caseId: 'case_a',
      pseudonym: 'Sam',
      relation: 'kind',
      order: 0,
    };
    expect(memberRecordSchema.safeParse({ ...member, birthYear: BIRTH_YEAR_RANGE.max }).success).toBe(true);
    expect(memberRecordSchema.safeParse({ ...member, birthYear: BIRTH_YEAR_RANGE.max + 1 }).success).toBe(
      false,
    );
  });

  it('remembered dates: the schema and the phrase reader share the years and the ± range', () => {
    expect(fuzzyDateSchema.safeParse({ precision: 'year', year: DATE_YEAR_RANGE.min }).success).toBe(true);
    expect(fuzzyDateSchema.safeParse({ precision: 'year', year: DATE_YEAR_RANGE.min - 1 }).success).toBe(
      false,
    );
    expect(parseDatePhrase(String(DATE_YEAR_RANGE.max + 1)).ok).toBe(false);
    expect(parseDatePhrase(`2005 ± ${PLUS_MINUS_YEARS.max}`).ok).toBe(true);
    expect(parseDatePhrase(`2005 ± ${PLUS_MINUS_YEARS.max + 1}`).ok).toBe(false);
  });

  it('month names come from Intl, and the phrase reader reads them back in both languages', () => {
    expect(monthNames12('nl')).toHaveLength(12);
    expect(monthName(3, 'nl')).toBe('maart');
    expect(monthName(3, 'en')).toBe('March');
    expect(monthName(10, 'nl', true)).toBe('okt');
    for (const lang of ['nl', 'en'] as const)
      for (const short of [false, true])
        monthNames12(lang, short).forEach((name, i) => {
          expect(name).not.toMatch(/\.$/);
          const read = parseDatePhrase(`${name} 2019`);
          expect(read.ok && read.shape === 'moment' && read.start, `${name} 2019`).toMatchObject({
            precision: 'month',
            month: i + 1,
            year: 2019,
          });
        });
  });
});
