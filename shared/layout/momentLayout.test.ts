import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateTextWidth } from './textMeasure';
import { layoutMoments, type MomentInput, type MomentLayout, type MomentLayoutOptions } from './momentLayout';

const DAY_PX = 0.2; // 1630 px for ~22 years, as a 1080p wall at "Alles"
const spanLabel = (a: number, b: number) => {
  const ya = 1970 + Math.floor(a / 365.25);
  const yb = 1970 + Math.floor(b / 365.25);
  return ya === yb ? String(ya) : `${ya}–${yb}`;
};
const options = (o: Partial<MomentLayoutOptions> = {}): MomentLayoutOptions => ({
  minX: -250,
  maxX: 1670,
  heightAbove: 200,
  heightBelow: 200,
  unit: 1,
  titlePx: 24,
  detailPx: 20,
  groupPx: 24,
  measure: estimateTextWidth,
  spanLabel,
  ...o,
});
const moment = (i: number, x: number, o: Partial<MomentInput> = {}): MomentInput => ({
  id: `m${String(i).padStart(3, '0')}`,
  x,
  day: Math.round(x / DAY_PX) + 12_000,
  title: `Moment ${i} met een titel`,
  detail: 'maart 2019 · Wijkteam',
  marked: false,
  ...o,
});

type Box = { x: number; width: number; side: string; row: number; key: number; id: string };
function boxes(l: MomentLayout): Box[] {
  return [
    ...l.cards.map((c) => ({ x: c.x, width: c.width, side: c.side, row: c.row, key: c.anchorX, id: c.id })),
    ...l.groups.map((g) => ({
      x: g.x,
      width: g.width,
      side: g.side,
      row: g.row,
      key: g.anchorX0,
      id: g.key,
    })),
  ];
}
function rowsOf(l: MomentLayout): Box[][] {
  const by = new Map<string, Box[]>();
  for (const b of boxes(l)) by.set(`${b.side}${b.row}`, [...(by.get(`${b.side}${b.row}`) ?? []), b]);
  return [...by.values()].map((r) => r.sort((a, b) => a.x - b.x));
}
/** Problems with a layout; empty when every rule holds. */
function problems(
  input: readonly MomentInput[],
  l: MomentLayout,
  o: MomentLayoutOptions,
  ordered = true,
): string[] {
  const out: string[] = [];
  const seen = new Map<string, number>();
  for (const c of l.cards) seen.set(c.id, (seen.get(c.id) ?? 0) + 1);
  for (const g of l.groups) {
    for (const id of g.ids) seen.set(id, (seen.get(id) ?? 0) + 1);
    if (g.label !== `+${g.ids.length}`) out.push(`group ${g.key} says ${g.label} for ${g.ids.length}`);
    const xs = g.ids.map((id) => input.find((m) => m.id === id)!.x);
    if (Math.min(...xs) < g.anchorX0 - 1e-6 || Math.max(...xs) > g.anchorX1 + 1e-6)
      out.push(`group ${g.key} span does not cover its moments`);
  }
  for (const m of input) if (seen.get(m.id) !== 1) out.push(`${m.id} shown ${seen.get(m.id) ?? 0} times`);
  if (seen.size !== input.length) out.push('unknown ids');
  for (const row of rowsOf(l)) {
    for (let i = 1; i < row.length; i++) {
      if (row[i]!.x < row[i - 1]!.x + row[i - 1]!.width + 10 - 1e-6)
        out.push(`${row[i - 1]!.id} and ${row[i]!.id} overlap`);
      if (ordered && row[i]!.key < row[i - 1]!.key - 1e-6) out.push(`${row[i]!.id} out of time order`);
    }
  }
  for (const b of boxes(l))
    if (b.x < o.minX - 1e-6 || b.x + b.width > o.maxX + 1e-6) out.push(`${b.id} outside the line`);
  if (l.rowsAbove * l.rowPitch - 6 > o.heightAbove || l.rowsBelow * l.rowPitch - 6 > o.heightBelow)
    out.push('more rows than room');
  return out;
}

describe('moment layout', () => {
  it('shows far-apart moments as full cards in the first rows, near their points', () => {
    const input = [moment(1, 100), moment(2, 700), moment(3, 1300)];
    const l = layoutMoments(input, options());
    expect(l.density).toBe('full');
    expect(l.groups).toEqual([]);
    expect(l.cards.map((c) => c.row)).toEqual([0, 0, 0]);
    for (const c of l.cards) expect(Math.abs(c.x + c.width / 2 - c.anchorX)).toBeLessThan(1);
    expect(l.cards[0]!.detail).toBe('maart 2019 · Wijkteam');
  });

  it('drops to one-line titles before it groups anything (the common case: 30 moments, half in two years)', () => {
    const input = [
      ...Array.from({ length: 15 }, (_, i) => moment(i, i * 90)),
      ...Array.from({ length: 15 }, (_, i) => moment(15 + i, 1200 + i * 28)),
    ];
    const l = layoutMoments(input, options({ heightAbove: 230, heightBelow: 230 }));
    expect(problems(input, l, options({ heightAbove: 230, heightBelow: 230 }))).toEqual([]);
    expect(l.density).toBe('title');
    expect(l.groups).toEqual([]);
    expect(l.cards).toHaveLength(30);
  });

  it('counts what does not fit in groups with their span, and zooming in resolves them', () => {
    const input = Array.from({ length: 40 }, (_, i) => moment(i, 1000 + i * 2));
    const o = options({ heightAbove: 50, heightBelow: 50 });
    const l = layoutMoments(input, o);
    expect(problems(input, l, o)).toEqual([]);
    expect(l.groups.length).toBeGreaterThan(0);
    expect(l.groups[0]!.label).toMatch(/^\+\d+$/);
    expect(l.groups[0]!.span).toMatch(/^\d{4}(–\d{4})?$/);
    // ten times the room between the moments: every one a card
    const zoomed = Array.from({ length: 40 }, (_, i) => moment(i, i * 400));
    const z = layoutMoments(zoomed, options({ maxX: 17000, heightAbove: 50, heightBelow: 50 }));
    expect(z.groups).toEqual([]);
  });

  it('gives a moment added in the session its card before the others', () => {
    const input = Array.from({ length: 12 }, (_, i) => moment(i, 800 + i * 3, { marked: i === 9 }));
    const o = options({ heightAbove: 50, heightBelow: 50 });
    const l = layoutMoments(input, o);
    expect(l.cards.find((c) => c.id === 'm009')?.marked).toBe(true);
    expect(problems(input, l, o, false)).toEqual([]);
  });

  it('wraps a long title in two lines and ends it with an ellipsis where neighbours leave no room', () => {
    const long = 'Melding bij Veilig Thuis na een ruzie op straat waar de buren de politie belden';
    const input = [moment(0, 200), moment(1, 500, { title: long }), moment(2, 800)];
    const l = layoutMoments(input, options({ heightAbove: 90, heightBelow: 0 }));
    const card = l.cards.find((c) => c.id === 'm001')!;
    expect(card.lines).toHaveLength(2);
    expect(long.startsWith(card.lines[0]!)).toBe(true);
    expect(card.lines[1]!.endsWith('…')).toBe(true);
  });

  it('a cut title takes the free room beside it and is shown whole, without moving its neighbours', () => {
    const long = 'Melding bij Veilig Thuis na een ruzie op straat waar de buren de politie belden';
    const l = layoutMoments([moment(1, 500, { title: long })], options());
    const card = l.cards[0]!;
    expect(card.lines.join(' ')).toBe(long);
    expect(card.lines.length).toBeLessThanOrEqual(2);
    const input = [moment(0, 100), moment(1, 700, { title: long }), moment(2, 1300)];
    const o = options({ heightAbove: 90, heightBelow: 0 });
    const wide = layoutMoments(input, o);
    expect(wide.cards.find((c) => c.id === 'm001')!.lines.join(' ')).toBe(long);
    expect(problems(input, wide, o)).toEqual([]);
  });

  it('keeps every rule for any moments (property: each moment once, no overlap, time order, inside)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: -200, max: 1650 }),
            marked: fc.boolean(),
            title: fc.string({ minLength: 1, maxLength: 60 }),
          }),
          { maxLength: 120 },
        ),
        fc.integer({ min: 45, max: 400 }),
        fc.integer({ min: 45, max: 400 }),
        (specs, above, below) => {
          const input = specs.map((s, i) => moment(i, s.x, { marked: s.marked, title: s.title }));
          const o = options({ heightAbove: above, heightBelow: below });
          const l = layoutMoments(input, o);
          const ordered = !specs.some((s) => s.marked);
          const p = problems(input, l, o, ordered);
          if (p.length) throw new Error(p.join('; '));
          return true;
        },
      ),
      { numRuns: 400 },
    );
  });

  it('is deterministic and ignores the order the moments come in (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1600 }), { maxLength: 60 }), (xs) => {
        const input = xs.map((x, i) => moment(i, x));
        const a = layoutMoments(input, options({ heightAbove: 100, heightBelow: 100 }));
        const b = layoutMoments([...input].reverse(), options({ heightAbove: 100, heightBelow: 100 }));
        return JSON.stringify(a) === JSON.stringify(b);
      }),
    );
  });
});
