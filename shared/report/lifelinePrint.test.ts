import { describe, expect, it } from 'vitest';
import { buildCaseState, type CaseState, type Language } from '../model';
import { createAxisScale } from '../axis';
import { fuzzySpan } from '../time';
import { demoWithSession, generateRealisticCase, REALISTIC_CASES } from '../fixtures/realistic';
import { generateDenseCase } from '../fixtures/generate';
import { addDenseSession, denseReportRecords } from '../fixtures/session';
import { publishedCase } from '../fixtures/publishedCase';
import {
  lifelinePrint,
  lifelineTiles,
  LIFELINE_BOX,
  MIN_LIFELINE_PT,
  NOTE_ROOM,
  printMeasure,
  type LifelinePrintPage,
  type PrintText,
} from './lifelinePrint';
import { lifelinePageSvg } from './lifelineSvg';
import { buildReportDocument } from './document';

const now = Date.UTC(2025, 10, 1, 9);
const CASES: { name: string; state: () => CaseState; dense?: boolean }[] = [
  { name: 'demo (sticker round)', state: () => buildCaseState(demoWithSession(now)) },
  ...REALISTIC_CASES.map((c) => ({ name: c.file, state: () => buildCaseState(generateRealisticCase(c)) })),
  { name: 'published case', state: () => publishedCase() },
  {
    name: 'dense (400 moments, 60 markers)',
    dense: true,
    state: () => buildCaseState(denseReportRecords(now)),
  },
];

/** The box a text covers on the page, pt (ascent 0.8 and descent 0.25 of its size). */
function boxOf(t: PrintText) {
  const w = printMeasure(t.text, t.size, t.bold);
  const x0 = t.anchor === 'middle' ? t.x - w / 2 : t.rtl ? t.x - w : t.x;
  return { x0, x1: x0 + w, y0: t.y - t.size * 0.8, y1: t.y + t.size * 0.25 };
}

/** Texts on a page that overlap another text or leave the page. */
function problems(page: LifelinePrintPage): string[] {
  const out: string[] = [];
  const boxes = page.texts.map((t) => ({ t, b: boxOf(t) }));
  for (const { t, b } of boxes)
    if (b.x0 < -0.01 || b.x1 > page.width + 0.01 || b.y0 < -0.01 || b.y1 > page.height + 0.01)
      out.push(`off the page: ${t.kind} "${t.text}" ${JSON.stringify(b)}`);
  const sorted = [...boxes].sort((a, b) => a.b.x0 - b.b.x0);
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length && sorted[j]!.b.x0 < sorted[i]!.b.x1; j++) {
      const a = sorted[i]!.b;
      const b = sorted[j]!.b;
      if (a.x1 > b.x0 + 0.01 && b.x1 > a.x0 + 0.01 && a.y1 > b.y0 + 0.01 && b.y1 > a.y0 + 0.01)
        out.push(
          `overlap: ${sorted[i]!.t.kind} "${sorted[i]!.t.text}" / ${sorted[j]!.t.kind} "${sorted[j]!.t.text}"`,
        );
    }
  return out;
}

function momentsIn(state: CaseState, page: LifelinePrintPage): string[] {
  const scale = createAxisScale(state.case.axis);
  return state.items
    .filter((i) => i.shape === 'moment')
    .filter((i) => {
      const m = scale.toMetres(fuzzySpan(i.start).centre);
      const x = ((m - page.fromMetres) / (page.toMetres - page.fromMetres)) * page.width;
      return x >= -0.01 && x <= page.width + 0.01;
    })
    .map((i) => i.id)
    .sort();
}

describe('the lifeline on paper (shared layout, bundled font metrics, pt)', () => {
  const rows: Record<string, string | number>[] = [];
  for (const c of CASES)
    for (const lang of ['nl', 'en'] as Language[])
      it(`${c.name} (${lang}): no text overlaps or leaves its page, every moment titled or counted, titles ≥ 8 pt`, () => {
        const state = c.state();
        const print = lifelinePrint(state, lang, 'A4');
        const pages = [print.overview, ...print.tiles];
        expect(print.tiles).toHaveLength(lifelineTiles(state.case.axis.lengthMetres, 'A4').length);
        const titledSomewhere = new Set<string>();
        for (const [i, page] of pages.entries()) {
          expect(problems(page), `page ${i}`).toEqual([]);
          expect(page.width).toBe(LIFELINE_BOX.A4.width);
          for (const t of page.texts) expect(t.size).toBeGreaterThanOrEqual(MIN_LIFELINE_PT);
          // every moment on the page is a card with its title or counted in a group, never both
          expect([...page.titled, ...page.counted].sort(), `page ${i}`).toEqual(momentsIn(state, page));
          expect(new Set([...page.titled, ...page.counted]).size).toBe(
            page.titled.length + page.counted.length,
          );
          // a titled moment's title is printed on the page
          const printed = new Set(page.texts.filter((t) => t.kind === 'title').map((t) => t.itemId));
          for (const id of page.titled) expect(printed.has(id)).toBe(true);
          // years along the line on every page
          expect(page.texts.filter((t) => t.kind === 'year').length, `page ${i}`).toBeGreaterThan(0);
          if (page.kind === 'tile') for (const id of page.titled) titledSomewhere.add(id);
        }
        const moments = state.items.filter((i) => i.shape === 'moment');
        const all = pages.flatMap((p) => p.texts);
        rows.push({
          case: c.name,
          lang,
          moments: moments.length,
          'overview titled': print.overview.titled.length,
          'overview counted': print.overview.counted.length,
          'overview cut': print.overview.cutTitles,
          'tiles titled (sum)': print.tiles.reduce((n, p) => n + p.titled.length, 0),
          'tiles counted (sum)': print.tiles.reduce((n, p) => n + p.counted.length, 0),
          'tiles cut': print.tiles.reduce((n, p) => n + p.cutTitles, 0),
          'tile title pt': print.tiles[0]!.titleSize,
          'smallest pt': Math.min(...all.map((t) => t.size)),
          'titled on a tile': titledSomewhere.size,
        });
        if (!c.dense) {
          // realistic cases: every moment with its whole title on a tiled page
          expect(moments.filter((m) => !titledSomewhere.has(m.id)).map((m) => m.title)).toEqual([]);
          for (const p of print.tiles) expect(p.cutTitles).toBe(0);
          // the overview shows most titles and counts the rest
          expect(print.overview.titled.length).toBeGreaterThanOrEqual(moments.length * 0.6);
        }
        // the time scale: busy (magnified) years get their months or seasons on the tiles
        const sub = print.tiles.flatMap((p) =>
          p.texts.filter((t) => t.kind === 'month' || t.kind === 'season'),
        );
        expect(sub.length).toBeGreaterThan(0);
        const svg = lifelinePageSvg(print.overview, 'x');
        expect(svg.startsWith('<svg')).toBe(true);
      });

  it('the overview thins its year labels so none overlap (22 years on one page)', () => {
    const state = buildCaseState(generateRealisticCase(REALISTIC_CASES[1]!));
    const years = lifelinePrint(state, 'nl', 'A4').overview.texts.filter((t) => t.kind === 'year');
    expect(years.length).toBeGreaterThanOrEqual(8);
    const b = years.map(boxOf).sort((p, q) => p.x0 - q.x0);
    for (let i = 1; i < b.length; i++) expect(b[i]!.x0).toBeGreaterThan(b[i - 1]!.x1);
  });

  it('A3 pages: the same rules on larger pages', () => {
    const state = buildCaseState(generateRealisticCase(REALISTIC_CASES[1]!));
    const print = lifelinePrint(state, 'nl', 'A3');
    for (const p of [print.overview, ...print.tiles]) {
      expect(problems(p)).toEqual([]);
      expect(p.width).toBe(LIFELINE_BOX.A3.width);
    }
    expect(print.tiles.length).toBeLessThan(lifelineTiles(10, 'A4').length);
    // A3 is chosen to print larger: its tiles' titles are larger than on A4
    expect(print.tiles[0]!.titleSize).toBeGreaterThan(lifelinePrint(state, 'nl', 'A4').tiles[0]!.titleSize);
  });

  it('the report document carries the pages with a note where moments are counted', () => {
    const state = buildCaseState(
      addDenseSession(generateDenseCase({ moments: 400, periods: 40, seed: 1, now, idTag: 's' }), {
        participants: 4,
        markers: 5,
        cards: 5,
        stickers: 5,
        seed: 3,
        now,
      }),
    );
    const doc = buildReportDocument(state, now);
    const block = doc.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'lifeline');
    if (block?.kind !== 'lifeline') throw new Error('no lifeline block');
    expect(block.pages[0]!.kind).toBe('overview');
    expect(block.pages[0]!.note).toMatch(/momenten met titel/);
    expect(block.pages[0]!.note).toContain(String(block.pages[0]!.counted.length));
    // the note takes a line under the heading: the drawing leaves room for it (one page still)
    expect(block.pages[0]!.height).toBe(LIFELINE_BOX.A4.overview - NOTE_ROOM);
    expect(block.pages.slice(1).every((p) => p.kind === 'tile')).toBe(true);
  });

  it('tiles: equal windows of about a metre, each overlapping the one before', () => {
    const t = lifelineTiles(10, 'A4');
    expect(t).toHaveLength(10);
    expect(t[0]).toEqual({ from: 0, to: 1 });
    expect(t[1]!.from).toBeCloseTo(0.9);
    expect(t[9]!.to).toBe(10);
    expect(lifelineTiles(0.5, 'A4')).toEqual([{ from: 0, to: 0.5 }]);
    expect(lifelineTiles(10, 'A3')).toHaveLength(7);
  });

  it('prints its numbers', () => {
    // (runs last in this file: a table of what each page shows, for docs and reviews)
    console.table(rows);
    expect(rows.length).toBeGreaterThan(0);
  });
});
