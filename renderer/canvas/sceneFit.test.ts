import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCaseState } from '@shared/model';
import { parseCaseFile } from '@shared/file';
import { WALL_TYPE } from '@shared/layout';
import { generateDenseCase } from '@shared/fixtures/generate';
import { compactSceneHeight } from './buildScene';
import { testScene } from './testScene';

/**
 * The wall's scene on realistic cases at the sizes the wall gives it (1080p, phases 1, 2 and 4):
 * every moment a card or in exactly one group, nothing below the canvas (never cut mid-row), no
 * marker badge past either end of the line, no text under the 1080p floor.
 */
const cases = ['gezin-brouwer-22', 'gezin-el-amrani-38', 'gezin-verhoeven-16', 'demo-sessie'].map((name) => {
  const text = readFileSync(
    fileURLToPath(new URL(`../../shared/fixtures/cases/${name}.levenslijn`, import.meta.url)),
    'utf8',
  );
  const parsed = parseCaseFile(text, { maxBytes: 20 * 1024 * 1024 });
  if (!parsed.ok) throw new Error(name);
  return { name, state: buildCaseState(parsed.records) };
});
const dense = {
  name: 'dense',
  state: buildCaseState(generateDenseCase({ moments: 400, periods: 40, seed: 1, now: 0 })),
};

// the lifeline's part of a 1920×1080 wall per phase (header, names, overview, lists taken off)
const STAGES = [
  { phase: 1, height: 1080 - 64 - 44, markerRows: 0, reserve: false },
  { phase: 2, height: 1080 - 64 - 68 - 44 - 92, markerRows: 1, reserve: true },
  { phase: 4, height: 0, markerRows: 1, reserve: false },
];

describe('the wall scene on realistic cases at 1080p', () => {
  for (const { name, state } of [...cases, dense]) {
    for (const stage of STAGES) {
      it(`${name}, phase ${stage.phase}`, () => {
        const height = stage.height || Math.max(324, compactSceneHeight(state, 1, stage.markerRows, 2));
        const labelWidth = 230;
        const fit = (1920 - labelWidth - 80) / state.case.axis.lengthMetres;
        for (const zoom of [fit, fit * 3, fit * 12]) {
          const scene = testScene(state, zoom, {
            height,
            labelWidth,
            markerRows: stage.markerRows,
            reserveMarkerRows: stage.reserve,
          });
          const moments = state.items.filter((i) => i.shape === 'moment').map((i) => i.id);
          const shown = [...scene.cards.map((c) => c.itemId), ...scene.groups.flatMap((g) => g.itemIds)];
          expect(shown.sort()).toEqual([...moments].sort());
          expect(scene.dots.map((d) => d.itemId).sort()).toEqual(
            scene.groups.flatMap((g) => g.itemIds).sort(),
          );
          expect(scene.height, 'fits the canvas').toBeLessThanOrEqual(height);
          for (const c of scene.cards) {
            expect(c.y).toBeGreaterThanOrEqual(0);
            expect(c.y + c.height).toBeLessThanOrEqual(scene.lanes[0]?.y ?? height);
          }
          const left = -(labelWidth + 40);
          const right = scene.widthPx + 40;
          for (const m of scene.markers) {
            expect(m.badgeX, m.markerId).toBeGreaterThanOrEqual(left);
            expect(m.badgeX + m.badgeWidth, m.markerId).toBeLessThanOrEqual(right);
          }
          for (const l of scene.lanes) expect(l.y + l.height).toBeLessThanOrEqual(height);
          expect(scene.metrics.textFont).toBeGreaterThanOrEqual(WALL_TYPE.text);
          expect(scene.metrics.titleFont).toBeGreaterThanOrEqual(24);
          if (stage.phase === 1 && zoom === fit && name !== 'dense')
            // the common case: every title at "Alles" in phase 1
            expect(scene.groups, name).toEqual([]);
        }
      });
    }
  }
});
