import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAxisScale } from '../axis/scale';
import { isoToDay } from '../time/day';
import { chooseTickStep, packBadges, packCards, packRows, ticksBetween } from './index';

const opts = { cardWidth: 200, gap: 10, levelsAbove: 2, levelsBelow: 2, inset: 16 };

describe('card packing', () => {
  it('puts far-apart cards on the first level above the line', () => {
    const { placed, dots } = packCards(
      [
        { id: 'a', anchorX: 0 },
        { id: 'b', anchorX: 1000 },
      ],
      opts,
    );
    expect(dots).toEqual([]);
    expect(placed.every((p) => p.above && p.level === 0)).toBe(true);
  });
  it('stacks colliding cards on other levels, then makes dots', () => {
    const anchors = Array.from({ length: 6 }, (_, i) => ({ id: `c${i}`, anchorX: 500 + i }));
    const { placed, dots } = packCards(anchors, opts);
    expect(placed.map((p) => `${p.above ? 'a' : 'b'}${p.level}`)).toEqual(['a0', 'b0', 'a1', 'b1']);
    expect(dots).toEqual(['c4', 'c5']);
  });
  it('never overlaps cards on one level and keeps every anchor under its card (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 80 }), (xs) => {
        const anchors = xs.map((x, i) => ({ id: `i${i}`, anchorX: x }));
        const { placed, dots } = packCards(anchors, opts);
        if (placed.length + dots.length !== anchors.length) return false;
        const byLevel = new Map<string, typeof placed>();
        for (const p of placed) {
          const a = anchors.find((x) => x.id === p.id)!;
          if (a.anchorX < p.x + opts.inset - 1e-9 || a.anchorX > p.x + opts.cardWidth - opts.inset + 1e-9)
            return false;
          const key = `${p.above}:${p.level}`;
          byLevel.set(key, [...(byLevel.get(key) ?? []), p]);
        }
        for (const list of byLevel.values()) {
          list.sort((a, b) => a.x - b.x);
          for (let i = 1; i < list.length; i++)
            if (list[i]!.x < list[i - 1]!.x + opts.cardWidth + opts.gap - 1e-9) return false;
        }
        return true;
      }),
    );
  });
  it('puts overlapping periods in separate rows', () => {
    const rows = packRows(
      [
        { id: 'a', x0: 0, x1: 100 },
        { id: 'b', x0: 50, x1: 150 },
        { id: 'c', x0: 120, x1: 200 },
      ],
      4,
    );
    expect([rows.get('a'), rows.get('b'), rows.get('c')]).toEqual([0, 1, 0]);
  });
});

describe('badge packing', () => {
  const badge = (id: string, x0: number) => ({ id, x0, x1: x0 + 100, compactX1: x0 + 20 });
  it('packs full badges while they fit in the rows, else all compact', () => {
    const loose = packBadges([badge('a', 0), badge('b', 10), badge('c', 120)], 4, 2);
    expect(loose.compact).toBe(false);
    expect([...loose.rows.values()]).toEqual([0, 1, 0]);
    const crowded = packBadges([badge('a', 0), badge('b', 10), badge('c', 30), badge('d', 50)], 4, 2);
    expect(crowded.compact).toBe(true);
    // compact (20 wide): a 0–20 and c 30–50 share row 0; b 10–30 and d 50–70 row 1
    expect([
      crowded.rows.get('a'),
      crowded.rows.get('b'),
      crowded.rows.get('c'),
      crowded.rows.get('d'),
    ]).toEqual([0, 1, 0, 1]);
  });
  it('keeps to the row limit, and no badges overlap unless even compact ones need more rows (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 5 }),
        (xs, maxRows) => {
          const spans = xs.map((x, i) => badge(`m${i}`, x));
          const { rows, compact } = packBadges(spans, 4, maxRows);
          const boxes = spans.map((s) => ({
            row: rows.get(s.id)!,
            x0: s.x0,
            x1: compact ? s.compactX1 : s.x1,
          }));
          if (boxes.some((b) => b.row >= maxRows)) return false;
          const overlaps = boxes.some((a, i) =>
            boxes.some((b, j) => i < j && a.row === b.row && a.x0 < b.x1 + 4 && b.x0 < a.x1 + 4),
          );
          const compactNeeds =
            Math.max(
              0,
              ...packRows(
                spans.map((s) => ({ id: s.id, x0: s.x0, x1: s.compactX1 })),
                4,
              ).values(),
            ) + 1;
          return !overlaps || (compact && compactNeeds > maxRows);
        },
      ),
    );
  });
});

describe('ticks', () => {
  const scale = createAxisScale({
    start: '2000-01-01',
    end: '2020-12-31',
    lengthMetres: 10,
    scale: { mode: 'proportional' },
  });
  it('chooses finer steps when zoomed in', () => {
    expect(chooseTickStep(0.02, 80)).toBe('decade');
    expect(chooseTickStep(0.3, 80)).toBe('year');
    expect(chooseTickStep(5, 80)).toBe('month');
  });
  it('labels years and months', () => {
    const years = ticksBetween(scale, isoToDay('2000-01-01'), isoToDay('2020-12-31'), 'year', 'nl');
    expect(years).toHaveLength(21);
    expect(years[0]).toMatchObject({ label: '2000', major: true, metres: 0 });
    const months = ticksBetween(scale, isoToDay('2010-11-15'), isoToDay('2011-03-01'), 'month', 'nl');
    expect(months.map((t) => t.label)).toEqual(['dec', '2011', 'feb', 'mrt']);
  });
});
