import type {
  SceneAgeRow,
  SceneBar,
  SceneCard,
  SceneDot,
  SceneGroup,
  SceneMarker,
  SceneTick,
  SceneTimeLabel,
  WallScene,
} from './sceneTypes';
import { TITLE_AFTER_MAX } from './sceneTypes';

/**
 * The world is cut into vertical strips this wide. Each strip is painted once into a still image
 * and panning only moves those images; strips far from the screen are released.
 */
export const CHUNK_PX = 1024;

export function chunkOf(x: number): number {
  return Math.floor(x / CHUNK_PX);
}

export interface SceneChunk {
  readonly index: number;
  readonly bars: SceneBar[];
  readonly cards: SceneCard[];
  readonly groups: SceneGroup[];
  readonly dots: SceneDot[];
  readonly ticks: SceneTick[];
  readonly timeLabels: SceneTimeLabel[];
  readonly ages: { row: SceneAgeRow; ages: SceneAgeRow['ages'][number][] }[];
  readonly markers: SceneMarker[];
}

/** Every shape goes into each strip it overlaps (strips are clipped, so a long bar is painted piecewise). */
export function groupSceneIntoChunks(scene: WallScene): Map<number, SceneChunk> {
  const chunks = new Map<number, SceneChunk>();
  const at = (index: number): SceneChunk => {
    let c = chunks.get(index);
    if (!c) {
      c = {
        index,
        bars: [],
        cards: [],
        groups: [],
        dots: [],
        ticks: [],
        timeLabels: [],
        ages: [],
        markers: [],
      };
      chunks.set(index, c);
    }
    return c;
  };
  const each = (x0: number, x1: number, f: (c: SceneChunk) => void) => {
    for (let i = chunkOf(x0); i <= chunkOf(x1); i++) f(at(i));
  };
  const u = scene.metrics.u;
  // Every strip exists, also an empty one, so its line and ticks are painted.
  for (let i = chunkOf(-CHUNK_PX); i <= chunkOf(scene.widthPx + CHUNK_PX); i++) at(i);
  // (with the room after the bar, where a short bar's title may be written)
  for (const b of scene.bars)
    each(b.x0 - 8 * u, b.x1 + 8 * u + Math.min(b.roomAfter, TITLE_AFTER_MAX * u), (c) => c.bars.push(b));
  for (const d of scene.dots) each(d.x - 12 * u, d.x + 12 * u, (c) => c.dots.push(d));
  for (const card of scene.cards) {
    const x0 = Math.min(card.x, card.anchorX, card.range?.x0 ?? Infinity) - 12 * u;
    const x1 = Math.max(card.x + card.width, card.anchorX, card.range?.x1 ?? -Infinity) + 12 * u;
    each(x0, x1, (c) => c.cards.push(card));
  }
  for (const g of scene.groups) {
    const x0 = Math.min(g.x, g.anchorX0) - 14 * u;
    const x1 = Math.max(g.x + g.width, g.anchorX1) + 14 * u;
    each(x0, x1, (c) => c.groups.push(g));
  }
  for (const t of scene.ticks) each(t.x - 4 * u, t.x + 4 * u, (c) => c.ticks.push(t));
  // (a label's box is at most ~120 px of type unit 1 wide)
  for (const l of scene.timeLabels)
    each(l.align === 'start' ? l.x : l.x - 70 * u, l.x + (l.align === 'start' ? 140 : 70) * u, (c) =>
      c.timeLabels.push(l),
    );
  for (const mk of scene.markers) {
    each(
      Math.min(mk.x, mk.badgeX) - 14 * u,
      Math.max(mk.x1 ?? mk.x, mk.badgeX + mk.badgeWidth) + 14 * u,
      (c) => c.markers.push(mk),
    );
  }
  for (const row of scene.ages) {
    for (const a of row.ages) {
      each(a.x - 30 * u, a.x + 30 * u, (c) => {
        let entry = c.ages.find((e) => e.row === row);
        if (!entry) {
          entry = { row, ages: [] };
          c.ages.push(entry);
        }
        entry.ages.push(a);
      });
    }
  }
  return chunks;
}
