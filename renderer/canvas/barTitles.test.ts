import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCaseState } from '@shared/model';
import { parseCaseFile } from '@shared/file';
import { estimateTextWidth } from '@shared/layout';
import { barTitlePlacement } from './paint';
import { testScene } from './testScene';

/**
 * A period's title: whole inside its bar where it fits, else whole after the bar where its row
 * has room (never over the next bar or past the line's end), else cut inside the bar.
 */
const state = (() => {
  const text = readFileSync(
    fileURLToPath(new URL('../../shared/fixtures/cases/gezin-el-amrani-38.levenslijn', import.meta.url)),
    'utf8',
  );
  const parsed = parseCaseFile(text, { maxBytes: 20 * 1024 * 1024 });
  if (!parsed.ok) throw new Error('fixture');
  return buildCaseState(parsed.records);
})();

describe('period titles on the wall (realistic case, 1080p)', () => {
  const fit = (1920 - 230 - 80) / state.case.axis.lengthMetres;
  for (const zoom of [fit, fit * 3]) {
    it(`at ${zoom === fit ? '"Alles"' : '×3'}: a short bar's title is written whole after it, never over the next bar`, () => {
      const scene = testScene(state, zoom, { height: 1080 - 64 - 44, labelWidth: 230, markerRows: 0 });
      expect(scene.bars.length).toBeGreaterThan(5);
      const m = scene.metrics;
      const placed = scene.bars.map((bar) => ({ bar, title: barTitlePlacement(bar, m, estimateTextWidth) }));
      for (const { bar, title } of placed) {
        if (title.where !== 'after') continue;
        expect(title.text).toBe(bar.title);
        const end = title.x + estimateTextWidth(title.text, m.textFont, true);
        const sameRow = scene.bars.filter((b) => b.laneId === bar.laneId && b.y === bar.y && b.x0 >= bar.x1);
        for (const next of sameRow) expect(end, `${bar.title} runs into ${next.title}`).toBeLessThan(next.x0);
        expect(end).toBeLessThanOrEqual(scene.widthPx + 40);
      }
      if (zoom === fit) {
        // "Wachtlijst Accare" is a few months long: at "Alles" its bar is far too short for it
        const waiting = placed.find((p) => p.bar.title.startsWith('Wachtlijst'))!;
        expect(waiting.title).toMatchObject({ where: 'after', text: waiting.bar.title });
        // a bar wide enough keeps its whole title inside
        expect(placed.some((p) => p.title.where === 'inside' && p.title.text === p.bar.title)).toBe(true);
      }
    });
  }

  it('a short bar with no room after it keeps a cut title inside, or none on a sliver', () => {
    const scene = testScene(state, fit, { height: 1080 - 64 - 44, labelWidth: 230, markerRows: 0 });
    const bar = { ...scene.bars[0]!, title: 'Een heel lange titel van een korte periode', roomAfter: 0 };
    const m = scene.metrics;
    const wide = barTitlePlacement(
      { ...bar, x1: bar.x0 + 200, fadeStart: 0, fadeEnd: 0 },
      m,
      estimateTextWidth,
    );
    expect(wide.where).toBe('inside');
    expect(wide.text.endsWith('…')).toBe(true);
    expect(barTitlePlacement({ ...bar, x1: bar.x0 + 30 }, m, estimateTextWidth).where).toBe('none');
    expect(
      barTitlePlacement({ ...bar, x1: bar.x0 + 30, roomAfter: 2000 }, m, estimateTextWidth),
    ).toMatchObject({
      where: 'after',
      text: bar.title,
    });
  });
});
