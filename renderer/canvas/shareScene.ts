import { sameItems, sameJson } from '@shared/store/equality';
import type { SceneChunk } from './chunks';
import type { WallScene } from './sceneTypes';

/**
 * A newly built scene with every shape that did not change replaced by the object of the
 * previous scene: strips whose shapes are all the same keep their image (see sameChunk). Only
 * at the same zoom and metrics; otherwise everything moved anyway. Returns `prev` itself when
 * nothing changed at all.
 */
export function shareScene(prev: WallScene | null, next: WallScene): WallScene {
  if (!prev || prev.zoom !== next.zoom || !sameJson(prev.metrics, next.metrics)) return next;
  const shared: WallScene = {
    ...next,
    metrics: prev.metrics,
    lanes: share(prev.lanes, next.lanes, (l) => l.id),
    bars: share(prev.bars, next.bars, (b) => b.itemId),
    cards: share(prev.cards, next.cards, (c) => c.itemId),
    groups: share(prev.groups, next.groups, (g) => g.key),
    dots: share(prev.dots, next.dots, (d) => d.itemId),
    ticks: sameJson(prev.ticks, next.ticks) ? prev.ticks : next.ticks,
    timeLabels: sameJson(prev.timeLabels, next.timeLabels) ? prev.timeLabels : next.timeLabels,
    ages: share(prev.ages, next.ages, (a) => a.memberId),
    markers: share(prev.markers, next.markers, (m) => m.markerId),
  };
  const unchanged =
    prev.widthPx === next.widthPx &&
    prev.axisY === next.axisY &&
    prev.height === next.height &&
    sameItems(prev.lanes, shared.lanes) &&
    sameItems(prev.bars, shared.bars) &&
    sameItems(prev.cards, shared.cards) &&
    sameItems(prev.groups, shared.groups) &&
    sameItems(prev.dots, shared.dots) &&
    prev.ticks === shared.ticks &&
    prev.timeLabels === shared.timeLabels &&
    sameItems(prev.ages, shared.ages) &&
    sameItems(prev.markers, shared.markers);
  return unchanged ? prev : shared;
}

function share<T>(olds: readonly T[], news: readonly T[], key: (t: T) => string): T[] {
  const byKey = new Map(olds.map((o) => [key(o), o]));
  return news.map((n) => {
    const o = byKey.get(key(n));
    return o !== undefined && sameJson(o, n) ? o : n;
  });
}

/** Whether a strip paints exactly what it painted before (shapes by identity). */
export function sameChunk(a: SceneChunk | undefined, b: SceneChunk | undefined): boolean {
  return sameBase(a, b) && sameItems(a!.markers, b!.markers);
}

/** The same shapes in a strip apart from its markers (which the wall paints in strips of their own). */
export function sameBase(a: SceneChunk | undefined, b: SceneChunk | undefined): boolean {
  if (!a || !b) return false;
  return (
    sameItems(a.bars, b.bars) &&
    sameItems(a.cards, b.cards) &&
    sameItems(a.groups, b.groups) &&
    sameItems(a.dots, b.dots) &&
    sameItems(a.ticks, b.ticks) &&
    sameItems(a.timeLabels, b.timeLabels) &&
    a.ages.length === b.ages.length &&
    a.ages.every((e, i) => e.row === b.ages[i]!.row && sameItems(e.ages, b.ages[i]!.ages))
  );
}

/**
 * The strips of a new scene, each replaced by the previous scene's strip object when it holds
 * the same shapes.
 */
export function shareChunks(
  prev: ReadonlyMap<number, SceneChunk> | null,
  next: Map<number, SceneChunk>,
): Map<number, SceneChunk> {
  if (!prev) return next;
  for (const [index, chunk] of next) {
    const old = prev.get(index);
    if (old && sameChunk(old, chunk)) next.set(index, old);
  }
  return next;
}
