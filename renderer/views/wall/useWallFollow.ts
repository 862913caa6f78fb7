import { useEffect, useLayoutEffect, useState } from 'react';
import type { CaseState } from '@shared/model';
import { focusRange, followAgainAt, WALL_FOLLOW_PAUSE_MS } from '@shared/session';
import type { LifelineView } from '../../canvas/useLifelineView';
import type { Viewport } from '../../canvas/viewportStore';

/** How long the wall glides to a new focus (none where the user asked for reduced motion). */
const GLIDE_MS = 600;

/**
 * The wall follows the console's "show on the wall" (session.wallFocus) unless someone is
 * touching it: any finger, pen, mouse button, wheel or key on the wall holds it, and it follows
 * again once WALL_FOLLOW_PAUSE_MS passed without a touch (going back to the console's focus if
 * someone moved it meanwhile). Without a focus (null) the wall is free.
 *
 */
export function useWallFollow(
  state: CaseState,
  view: LifelineView,
  size: { width: number; height: number },
): void {
  const ready = size.width > 0 && view.scene !== null;
  const focus = state.session?.wallFocus ?? null;
  const [follower] = useState(() => new WallFollower());
  // The follower reads the latest state and view when its timer fires.
  useLayoutEffect(() => {
    follower.update({ state, view, ready });
  });
  // A new request from the console, the wall becoming ready, or a new size (which refits).
  useEffect(() => {
    follower.followNow();
  }, [follower, focus, ready, size.width, size.height]);
  // The wall is its whole window: a touch anywhere on it holds it.
  useEffect(() => follower.listen(window), [follower]);
}

interface Latest {
  state: CaseState;
  view: LifelineView;
  ready: boolean;
}

/** Touches, the pause timer and the glide of one wall. */
class WallFollower {
  private latest: Latest | null = null;
  private down = new Set<number>();
  private lastTouchAt: number | null = null;
  /** Someone moved or used the wall since the focus was last applied. */
  private moved = false;
  private applied: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private glide: number | null = null;

  update(latest: Latest): void {
    this.latest = latest;
  }

  /** Applies the console's focus if nobody holds the wall; else waits for the pause to end. */
  followNow(): void {
    if (!this.latest) return;
    const { state, view, ready } = this.latest;
    const focus = state.session?.wallFocus ?? null;
    if (!focus || !ready) return;
    const at = followAgainAt(this.down.size > 0, this.lastTouchAt, WALL_FOLLOW_PAUSE_MS);
    if (at === null) return;
    const wait = at - Date.now();
    if (wait > 0) {
      this.schedule(wait);
      return;
    }
    const key = `${focus.kind}:${focus.at}`;
    if (this.applied === key && !this.moved) return;
    const range = focusRange(state, focus);
    if (!range) return;
    this.applied = key;
    this.moved = false;
    this.glideTo(view, range.kind === 'all' ? null : { fromDay: range.from, toDay: range.to });
  }

  /** Listens for touches on the wall; returns the clean-up. */
  listen(el: Window): () => void {
    const hold = () => {
      this.lastTouchAt = Date.now();
      this.moved = true;
      this.stopGlide();
    };
    const down = (e: PointerEvent) => {
      this.down.add(e.pointerId);
      hold();
    };
    const up = (e: PointerEvent) => {
      if (!this.down.delete(e.pointerId)) return;
      hold();
      this.schedule(WALL_FOLLOW_PAUSE_MS);
    };
    const other = () => {
      hold();
      this.schedule(WALL_FOLLOW_PAUSE_MS);
    };
    const opts = { capture: true, passive: true };
    el.addEventListener('pointerdown', down, opts);
    el.addEventListener('pointerup', up, opts);
    el.addEventListener('pointercancel', up, opts);
    el.addEventListener('wheel', other, opts);
    el.addEventListener('keydown', other, opts);
    return () => {
      el.removeEventListener('pointerdown', down, opts);
      el.removeEventListener('pointerup', up, opts);
      el.removeEventListener('pointercancel', up, opts);
      el.removeEventListener('wheel', other, opts);
      el.removeEventListener('keydown', other, opts);
      if (this.timer) clearTimeout(this.timer);
      this.stopGlide();
    };
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.followNow();
    }, ms + 20);
  }

  private stopGlide(): void {
    if (this.glide !== null) cancelAnimationFrame(this.glide);
    this.glide = null;
  }

  private glideTo(view: LifelineView, range: { fromDay: number; toDay: number } | null): void {
    this.stopGlide();
    const from = view.store.get();
    const to = view.viewportFor(range);
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    if (reduced || (from.x === to.x && from.zoom === to.zoom)) {
      view.store.set(to);
      return;
    }
    const start = performance.now();
    const step = (now: number) => {
      const f = Math.min(1, (now - start) / GLIDE_MS);
      view.store.set(between(from, to, f < 0.5 ? 2 * f * f : 1 - (-2 * f + 2) ** 2 / 2));
      this.glide = f < 1 ? requestAnimationFrame(step) : null;
    };
    this.glide = requestAnimationFrame(step);
  }
}

/** A viewport part of the way from `a` to `b`: zoom on a log scale, the screen's middle in metres. */
function between(a: Viewport, b: Viewport, f: number): Viewport {
  const zoom = Math.exp(Math.log(a.zoom) + (Math.log(b.zoom) - Math.log(a.zoom)) * f);
  // keep the left edge moving smoothly in metres
  const x = a.x + (b.x - a.x) * f;
  return { zoom, x };
}
