import type { SceneHit, WallScene } from './sceneTypes';

/**
 * What lies under a point (scene coordinates: x from the lifeline start, y from the top).
 * Cards win over dots, dots over period bars. The outer part of a period bar is a resize grip:
 * at least 28 px wide (a finger), never more than a third of the bar.
 */
export function hitTest(scene: WallScene, x: number, y: number, touchSlop = 0): SceneHit {
  for (let i = scene.cards.length - 1; i >= 0; i--) {
    const c = scene.cards[i]!;
    if (
      x >= c.x - touchSlop &&
      x <= c.x + c.width + touchSlop &&
      y >= c.y - touchSlop &&
      y <= c.y + c.height + touchSlop
    )
      return { itemId: c.itemId, part: 'body' };
  }
  const dotRadius = 18 * scene.metrics.u + touchSlop;
  for (const d of scene.dots) {
    if (Math.abs(x - d.x) <= dotRadius && Math.abs(y - scene.axisY) <= dotRadius)
      return { itemId: d.itemId, part: 'body' };
  }
  for (let i = scene.bars.length - 1; i >= 0; i--) {
    const b = scene.bars[i]!;
    const pad = Math.max(touchSlop, 6 * scene.metrics.u);
    if (y < b.y - pad || y > b.y + b.height + pad || x < b.x0 - pad || x > b.x1 + pad) continue;
    const width = b.x1 - b.x0;
    const grip = Math.min(Math.max(28 * scene.metrics.u, touchSlop), width / 3);
    if (x <= b.x0 + grip) return { itemId: b.itemId, part: 'start' };
    if (!b.ongoing && x >= b.x1 - grip) return { itemId: b.itemId, part: 'end' };
    return { itemId: b.itemId, part: 'body' };
  }
  return null;
}

/** Which lane a y coordinate falls in (for adding an item where the user tapped). */
export function laneAt(scene: WallScene, y: number): string | null {
  const lane = scene.lanes.find((l) => y >= l.y && y < l.y + l.height);
  return lane ? lane.id : null;
}

/** The group of moments under a point, by its key. */
export function groupAt(scene: WallScene, x: number, y: number, touchSlop = 0): string | null {
  for (const g of scene.groups)
    if (
      x >= g.x - touchSlop &&
      x <= g.x + g.width + touchSlop &&
      y >= g.y - touchSlop &&
      y <= g.y + g.height + touchSlop
    )
      return g.key;
  return null;
}
