import { useMemo } from 'react';
import type { WallScene } from './sceneTypes';
import type { ViewportStore } from './viewportStore';
import { GestureMachine, type GestureEffect, type HitPart } from './gestures';
import { groupAt, hitTest, laneAt } from './hitTest';

export interface CanvasCallbacks {
  onTapItem?(itemId: string, at: { sceneX: number; laneId: string | null }): void;
  onTapEmpty?(at: { sceneX: number; laneId: string | null; double: boolean }): void;
  /** A tap on a group of moments (see SceneGroup). */
  onTapGroup?(key: string): void;
  onDragCommit?(itemId: string, part: HitPart, dxPx: number): void;
  /** Live feedback while dragging (the item is redrawn by the caller's preview state). */
  onDragPreview?(itemId: string, part: HitPart, dxPx: number): void;
  onDragCancel?(itemId: string): void;
  onZoom(factor: number, screenX: number): void;
  onPan(dxPx: number): void;
}

/**
 * Pointer and wheel events of the lifeline's element turned into pans, zooms, taps (on an item,
 * a group or the empty line) and drags, through the gesture machine (gestures.ts) and pure hit
 * testing (hitTest.ts). `callbacks` holds the latest callbacks of the caller.
 */
export function usePointerGestures(
  scene: WallScene,
  viewport: ViewportStore,
  editable: boolean,
  callbacks: { readonly current: CanvasCallbacks },
) {
  const u = scene.metrics.u;
  const machine = useMemo(
    () => new GestureMachine({ slop: 10 * Math.min(u, 1.5), editable, doubleTapMs: 350 }),
    [editable, u],
  );

  const toScene = (clientX: number, clientY: number, el: HTMLElement) => {
    const rect = el.getBoundingClientRect();
    const sx = clientX - rect.left;
    const sy = clientY - rect.top;
    const vp = viewport.get();
    return { sx, sy, x: (vp.x + sx / vp.zoom) * scene.zoom, y: sy };
  };

  const apply = (effects: GestureEffect[], el: HTMLElement, touch: boolean) => {
    const cb = callbacks.current;
    for (const e of effects) {
      switch (e.type) {
        case 'pan':
          cb.onPan(e.dx);
          break;
        case 'zoom':
          cb.onZoom(e.factor, e.at.x - el.getBoundingClientRect().left);
          break;
        case 'tap': {
          const p = toScene(e.at.x, e.at.y, el);
          const group = cb.onTapGroup ? groupAt(scene, p.x, p.y, touch ? 12 * u : 0) : null;
          if (group) cb.onTapGroup!(group);
          else if (e.hit) cb.onTapItem?.(e.hit.itemId, { sceneX: p.x, laneId: laneAt(scene, p.y) });
          else cb.onTapEmpty?.({ sceneX: p.x, laneId: laneAt(scene, p.y), double: e.double });
          break;
        }
        case 'dragPreview':
          cb.onDragPreview?.(e.itemId, e.part, e.dx);
          break;
        case 'dragCommit':
          cb.onDragCommit?.(e.itemId, e.part, e.dx);
          break;
        case 'dragCancel':
          cb.onDragCancel?.(e.itemId);
          break;
      }
    }
  };

  type PointerEv = React.PointerEvent<HTMLDivElement>;
  const isTouch = (ev: PointerEv) => ev.pointerType === 'touch';
  return {
    onPointerDown(ev: PointerEv) {
      const el = ev.currentTarget;
      el.setPointerCapture?.(ev.pointerId);
      const p = toScene(ev.clientX, ev.clientY, el);
      const slop = isTouch(ev) ? 12 * u : 0;
      const hit = hitTest(scene, p.x, p.y, slop);
      apply(machine.down(ev.pointerId, { x: ev.clientX, y: ev.clientY }, hit), el, isTouch(ev));
    },
    onPointerMove(ev: PointerEv) {
      apply(machine.move(ev.pointerId, { x: ev.clientX, y: ev.clientY }), ev.currentTarget, isTouch(ev));
    },
    onPointerUp(ev: PointerEv) {
      const at = { x: ev.clientX, y: ev.clientY };
      apply(machine.up(ev.pointerId, at, ev.timeStamp), ev.currentTarget, isTouch(ev));
    },
    onPointerCancel(ev: PointerEv) {
      apply(machine.cancel(ev.pointerId), ev.currentTarget, isTouch(ev));
    },
    onWheel(ev: React.WheelEvent<HTMLDivElement>) {
      const rect = ev.currentTarget.getBoundingClientRect();
      if (ev.ctrlKey || ev.metaKey) {
        callbacks.current.onZoom(Math.exp(-ev.deltaY * 0.0025), ev.clientX - rect.left);
      } else {
        const d = Math.abs(ev.deltaX) > Math.abs(ev.deltaY) ? ev.deltaX : ev.deltaY;
        callbacks.current.onPan(-d);
      }
    },
  };
}
