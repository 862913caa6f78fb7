import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Axis } from '../model/axis';
import { isoToDay } from '../time/day';
import { createAxisScale, weightedRanges } from './scale';

const proportional: Axis = {
  start: '2000-01-01',
  end: '2020-01-01',
  lengthMetres: 10,
  scale: { mode: 'proportional' },
};
const segmented: Axis = {
  start: '2000-01-01',
  end: '2020-01-01',
  lengthMetres: 10,
  scale: { mode: 'segments', segments: [{ start: '2018-01-01', end: '2019-12-31', weight: 5 }] },
};

describe('axis scale', () => {
  it('maps the ends of the axis to 0 and the length', () => {
    const s = createAxisScale(proportional);
    expect(s.toMetres(isoToDay('2000-01-01'))).toBe(0);
    expect(s.toMetres(isoToDay('2020-01-01'))).toBeCloseTo(10, 9);
    expect(s.toMetres(isoToDay('2010-01-01'))).toBeCloseTo(5, 2);
  });
  it('gives a weighted segment more room per day', () => {
    const s = createAxisScale(segmented);
    const quietYear = s.toMetres(isoToDay('2011-01-01')) - s.toMetres(isoToDay('2010-01-01'));
    const busyYear = s.toMetres(isoToDay('2019-01-01')) - s.toMetres(isoToDay('2018-01-01'));
    expect(busyYear / quietYear).toBeCloseTo(5, 1);
    expect(s.toMetres(isoToDay('2020-01-01'))).toBeCloseTo(10, 9);
  });
  it('ignores segments outside the axis and merges equal neighbours', () => {
    const r = weightedRanges({
      ...segmented,
      scale: { mode: 'segments', segments: [{ start: '1990-01-01', end: '1995-01-01', weight: 3 }] },
    });
    expect(r).toHaveLength(1);
    expect(r[0]!.weight).toBe(1);
  });
  it('is strictly increasing and toDay inverts toMetres (property)', () => {
    const axisArb = fc
      .array(
        fc.record({
          a: fc.integer({ min: 0, max: 7000 }),
          len: fc.integer({ min: 1, max: 3000 }),
          weight: fc.double({ min: 0.05, max: 100, noNaN: true }),
        }),
        { maxLength: 6 },
      )
      .map((segs): Axis => ({
        start: '2000-01-01',
        end: '2020-01-01',
        lengthMetres: 10,
        scale: {
          mode: 'segments',
          segments: segs.map((g) => ({
            start: new Date((isoToDay('2000-01-01') + g.a) * 864e5).toISOString().slice(0, 10),
            end: new Date((isoToDay('2000-01-01') + g.a + g.len) * 864e5).toISOString().slice(0, 10),
            weight: g.weight,
          })),
        },
      }));
    fc.assert(
      fc.property(
        axisArb,
        fc.integer({ min: -2000, max: 9500 }),
        fc.integer({ min: 1, max: 400 }),
        (axis, d, step) => {
          const s = createAxisScale(axis);
          const day = isoToDay('2000-01-01') + d;
          const m1 = s.toMetres(day);
          const m2 = s.toMetres(day + step);
          return m2 > m1 && Math.abs(s.toDay(m1) - day) < 1e-6 * Math.max(1, Math.abs(day));
        },
      ),
    );
  });
});
