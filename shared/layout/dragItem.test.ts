import { describe, expect, it } from 'vitest';
import { createAxisScale } from '../axis/scale';
import { draggedDates } from './dragItem';

const scale = createAxisScale({
  start: '2000-01-01',
  end: '2020-01-01',
  lengthMetres: 20,
  scale: { mode: 'proportional' },
});
const metresPerYear = 20 / 20;

describe('dragging items along the axis', () => {
  it('moves a moment by a year and keeps its precision', () => {
    const r = draggedDates(
      { shape: 'moment', start: { precision: 'month', year: 2010, month: 5 }, end: null },
      'body',
      metresPerYear,
      scale,
    );
    expect(r).toEqual({ start: { precision: 'month', year: 2011, month: 5 }, end: null });
  });
  it('moves a period as a whole', () => {
    const r = draggedDates(
      { shape: 'period', start: { precision: 'year', year: 2010 }, end: { precision: 'year', year: 2012 } },
      'body',
      -2 * metresPerYear,
      scale,
    );
    expect(r).toEqual({ start: { precision: 'year', year: 2008 }, end: { precision: 'year', year: 2010 } });
  });
  it('resizes one end and never past the other', () => {
    const p = {
      shape: 'period' as const,
      start: { precision: 'year' as const, year: 2010 },
      end: { precision: 'year' as const, year: 2012 },
    };
    expect(draggedDates(p, 'end', 3 * metresPerYear, scale)).toEqual({
      start: p.start,
      end: { precision: 'year', year: 2015 },
    });
    expect(draggedDates(p, 'start', 10 * metresPerYear, scale)?.start).toEqual({
      precision: 'year',
      year: 2012,
    });
  });
  it('a tiny drag changes nothing', () => {
    expect(
      draggedDates(
        { shape: 'moment', start: { precision: 'year', year: 2010 }, end: null },
        'body',
        0.01,
        scale,
      ),
    ).toBeNull();
  });
});
