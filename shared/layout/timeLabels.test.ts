import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAxisScale } from '../axis/scale';
import { ageAt } from '../time/fuzzy';
import { yearStart } from '../time/day';
import { estimateTextWidth, type TextMeasure } from './textMeasure';
import { ageLabels, timeScale, type TimeLabel } from './timeLabels';
import { pickLabels } from './labels';

const measure = estimateTextWidth;
const axis = (weight: number, widthPx: number) => {
  const scale = createAxisScale({
    start: '2004-01-01',
    end: '2025-12-31',
    lengthMetres: 10,
    scale: {
      mode: 'segments',
      segments: [{ start: '2018-01-01', end: '2025-12-31', weight }],
    },
  });
  const zoom = widthPx / 10;
  return (day: number) => scale.toMetres(day) * zoom;
};
const labelsAt = (x: (d: number) => number) =>
  timeScale({ x, fromYear: 2004, toYear: 2025, lang: 'nl', measure, yearPx: 22, subPx: 20, pad: 4 });

function box(l: TimeLabel): [number, number] {
  const w = measure(l.text, l.kind === 'year' ? 22 : 20, l.kind === 'year');
  return l.align === 'start' ? [l.x, l.x + w] : [l.x - w / 2, l.x + w / 2];
}

describe('time labels', () => {
  it('labels the magnified busy years one by one and thins the quiet ones', () => {
    // 1630 px for 22 years, 2018–2025 twice as wide: quiet years ~54 px, busy ones ~108 px
    const { labels } = labelsAt(axis(2, 1630));
    const years = labels.filter((l) => l.kind === 'year').map((l) => Number(l.text));
    for (let y = 2018; y <= 2025; y++) expect(years).toContain(y);
    expect(years.filter((y) => y < 2018).length).toBeLessThan(14);
    expect(years.filter((y) => y < 2018).length).toBeGreaterThan(4);
  });

  it('names the months of a year wide enough, and the seasons of a year a little less wide', () => {
    const months = labelsAt(axis(1, 22 * 1000)).labels;
    expect(months.filter((l) => l.kind === 'month').map((l) => l.text)).toContain('mrt');
    expect(months.find((l) => l.text === '2019')?.align).toBe('start');
    const seasons = labelsAt(axis(1, 22 * 420)).labels;
    expect(seasons.some((l) => l.text === 'voorjaar')).toBe(true);
    expect(seasons.some((l) => l.kind === 'month')).toBe(false);
  });

  it('never overlaps labels and never leaves out a year wide enough for its label (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 12, noNaN: true }),
        fc.integer({ min: 300, max: 60_000 }),
        (weight, width) => {
          const x = axis(weight, width);
          const { labels } = labelsAt(x);
          const boxes = labels.map(box).sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < boxes.length; i++) if (boxes[i]![0] < boxes[i - 1]![1] + 8 - 1e-6) return false;
          const years = new Set(labels.filter((l) => l.kind === 'year').map((l) => l.text));
          for (let y = 2004; y <= 2025; y++) {
            const w = x(yearStart(y + 1)) - x(yearStart(y));
            if (w >= measure(String(y), 22, true) + 8 && !years.has(String(y))) return false;
          }
          return true;
        },
      ),
    );
  });

  it('labels years of the same width alike, whatever their digits (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 600, max: 4000 }), (width) => {
        const x = axis(1, width); // every year as wide as the next
        // a face whose digits differ in width, as real ones do ("1" narrow, "0" and "8" wide)
        const digits: TextMeasure = (t, px, bold) =>
          [...t].reduce((w, ch) => w + (ch === '1' ? 0.38 : ch === '0' || ch === '8' ? 0.64 : 0.56), 0) *
          px *
          (bold ? 1.05 : 1);
        const years = timeScale({
          x,
          fromYear: 2004,
          toYear: 2025,
          lang: 'nl',
          measure: digits,
          yearPx: 22,
          subPx: 20,
          pad: 4,
        })
          .labels.filter((l) => l.kind === 'year')
          .map((l) => Number(l.text));
        const step = [20, 10, 5, 2, 1].find((k) => years.length > 0 && years.every((y) => y % k === 0));
        if (!step) return false;
        // every year at that step is labelled
        for (let y = 2004; y <= 2025; y++) if (y % step === 0 && !years.includes(y)) return false;
        return true;
      }),
    );
  });

  it('shows ages at the middle of the years, thinned where years are narrow, never overlapping', () => {
    const x = axis(2, 1630);
    const ages = ageLabels({
      x,
      fromYear: 2004,
      toYear: 2025,
      ageAt: (d) => ageAt(2006, d),
      measure,
      px: 20,
      pad: 4,
    });
    expect(ages[0]!.text).toBe('0');
    expect(ages.map((a) => a.text)).toContain('19'); // 2025: busy years are wide enough for each age
    for (let i = 1; i < ages.length; i++) expect(ages[i]!.x).toBeGreaterThan(ages[i - 1]!.x + 20);
  });
});

describe('picking labels', () => {
  it('keeps labels of higher priority and drops those that would touch them (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: 0, max: 2000 }),
            width: fc.integer({ min: 1, max: 120 }),
            priority: fc.integer({ min: 0, max: 3 }),
          }),
          { maxLength: 80 },
        ),
        (cands) => {
          const kept = pickLabels(cands, 6).map((i) => cands[i]!);
          const sorted = [...kept].sort((a, b) => a.x - b.x);
          for (let i = 1; i < sorted.length; i++)
            if (sorted[i]!.x < sorted[i - 1]!.x + sorted[i - 1]!.width + 6) return false;
          // a dropped label always touches a kept label of at least its priority
          return cands.every(
            (c, i) =>
              kept.includes(c) ||
              kept.some(
                (k) => k.priority >= c.priority && k.x < c.x + c.width + 6 && c.x < k.x + k.width + 6,
              ) ||
              i < 0,
          );
        },
      ),
    );
  });
});
