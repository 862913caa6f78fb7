import { describe, expect, it } from 'vitest';
import { GestureMachine, type GestureEffect } from './gestures';

const opts = { slop: 8, editable: true, doubleTapMs: 350 };
const pans = (effects: GestureEffect[]) =>
  effects.filter((e) => e.type === 'pan').reduce((sum, e) => sum + (e.type === 'pan' ? e.dx : 0), 0);

describe('GestureMachine', () => {
  it('turns a short press into a tap with what was hit', () => {
    const g = new GestureMachine(opts);
    g.down(1, { x: 100, y: 100 }, { itemId: 'item_a', part: 'body' });
    g.move(1, { x: 103, y: 101 });
    const out = g.up(1, { x: 103, y: 101 }, 1000);
    expect(out).toEqual([
      { type: 'tap', hit: { itemId: 'item_a', part: 'body' }, at: { x: 103, y: 101 }, double: false },
    ]);
    expect(g.stateName).toBe('idle');
  });

  it('recognises a double tap close in time and space', () => {
    const g = new GestureMachine(opts);
    g.down(1, { x: 10, y: 10 }, null);
    g.up(1, { x: 10, y: 10 }, 1000);
    g.down(2, { x: 12, y: 11 }, null);
    const out = g.up(2, { x: 12, y: 11 }, 1200);
    expect(out[0]).toMatchObject({ type: 'tap', double: true });
    g.down(3, { x: 12, y: 11 }, null);
    expect(g.up(3, { x: 12, y: 11 }, 2000)[0]).toMatchObject({ double: false });
  });

  it('pans empty space by exactly the distance moved', () => {
    const g = new GestureMachine(opts);
    const effects: GestureEffect[] = [];
    effects.push(...g.down(1, { x: 100, y: 0 }, null));
    for (let x = 90; x >= 0; x -= 10) effects.push(...g.move(1, { x, y: 0 }));
    effects.push(...g.up(1, { x: 0, y: 0 }, 5));
    expect(pans(effects)).toBe(-100);
    expect(effects.some((e) => e.type === 'tap')).toBe(false);
  });

  it('drags an item when editable and commits the total offset', () => {
    const g = new GestureMachine(opts);
    g.down(1, { x: 50, y: 0 }, { itemId: 'item_a', part: 'end' });
    expect(g.move(1, { x: 70, y: 0 })).toEqual([
      { type: 'dragPreview', itemId: 'item_a', part: 'end', dx: 20 },
    ]);
    expect(g.up(1, { x: 90, y: 0 }, 1)).toEqual([
      { type: 'dragCommit', itemId: 'item_a', part: 'end', dx: 40 },
    ]);
  });

  it('pans instead of dragging on the read-only wall', () => {
    const g = new GestureMachine({ ...opts, editable: false });
    g.down(1, { x: 50, y: 0 }, { itemId: 'item_a', part: 'body' });
    expect(g.move(1, { x: 80, y: 0 })).toEqual([{ type: 'pan', dx: 30 }]);
  });

  it('pinches: zoom factor is the ratio of finger distances, around their midpoint', () => {
    const g = new GestureMachine(opts);
    g.down(1, { x: 100, y: 100 }, null);
    g.down(2, { x: 200, y: 100 }, null);
    const out = g.move(2, { x: 300, y: 100 });
    const zoom = out.find((e) => e.type === 'zoom');
    expect(zoom).toEqual({ type: 'zoom', factor: 2, at: { x: 200, y: 100 } });
    expect(pans(out)).toBe(50);
  });

  it('a two-finger swipe pans and leaves the zoom where it was', () => {
    const g = new GestureMachine(opts);
    g.down(1, { x: 100, y: 100 }, null);
    g.down(2, { x: 200, y: 100 }, null);
    // fingers report one after the other, so the distance wobbles in between
    const out = [...g.move(1, { x: 60, y: 100 }), ...g.move(2, { x: 160, y: 100 })];
    const netZoom = out.reduce((f, e) => (e.type === 'zoom' ? f * e.factor : f), 1);
    expect(netZoom).toBeCloseTo(1, 9);
    expect(pans(out)).toBe(-40);
  });

  it('a second finger during a drag cancels the drag (no accidental move)', () => {
    const g = new GestureMachine(opts);
    g.down(1, { x: 50, y: 0 }, { itemId: 'item_a', part: 'body' });
    g.move(1, { x: 80, y: 0 });
    expect(g.down(2, { x: 300, y: 0 }, null)).toEqual([{ type: 'dragCancel', itemId: 'item_a' }]);
    expect(g.stateName).toBe('pinching');
    // lifting one finger leaves a pan, never a tap or a drag commit
    expect(g.up(2, { x: 300, y: 0 }, 10)).toEqual([]);
    expect(g.stateName).toBe('panning');
    expect(g.up(1, { x: 80, y: 0 }, 11)).toEqual([]);
  });

  it('a cancelled pointer during a drag cancels it', () => {
    const g = new GestureMachine(opts);
    g.down(1, { x: 0, y: 0 }, { itemId: 'item_b', part: 'start' });
    g.move(1, { x: 30, y: 0 });
    expect(g.cancel(1)).toEqual([{ type: 'dragCancel', itemId: 'item_b' }]);
    expect(g.stateName).toBe('idle');
  });

  it('ignores moves of unknown pointers', () => {
    const g = new GestureMachine(opts);
    expect(g.move(9, { x: 1, y: 1 })).toEqual([]);
    expect(g.up(9, { x: 1, y: 1 }, 0)).toEqual([]);
  });
});
