/**
 * Pointer gestures on the lifeline canvas as a small pure state machine (tested headless).
 * Input: pointer down/move/up/cancel with ids and screen positions, plus what was hit.
 * Output: effects the view applies (pan, zoom, tap, item drag preview/commit).
 *
 * One finger or the mouse on empty space pans; on an item (when editable) it drags the item;
 * two fingers pinch-zoom around their midpoint and pan with it (a two-finger swipe).
 */
export type HitPart = 'body' | 'start' | 'end';
export type Hit = { readonly itemId: string; readonly part: HitPart } | null;

export interface Point {
  readonly x: number;
  readonly y: number;
}

export type GestureEffect =
  | { readonly type: 'pan'; readonly dx: number }
  | { readonly type: 'zoom'; readonly factor: number; readonly at: Point }
  | { readonly type: 'tap'; readonly hit: Hit; readonly at: Point; readonly double: boolean }
  | { readonly type: 'dragPreview'; readonly itemId: string; readonly part: HitPart; readonly dx: number }
  | { readonly type: 'dragCommit'; readonly itemId: string; readonly part: HitPart; readonly dx: number }
  | { readonly type: 'dragCancel'; readonly itemId: string };

type State =
  | { readonly name: 'idle' }
  | {
      readonly name: 'pressing';
      readonly id: number;
      readonly start: Point;
      readonly last: Point;
      readonly hit: Hit;
    }
  | { readonly name: 'panning'; readonly id: number; readonly last: Point }
  | {
      readonly name: 'dragging';
      readonly id: number;
      readonly start: Point;
      readonly itemId: string;
      readonly part: HitPart;
    }
  | {
      readonly name: 'pinching';
      readonly a: number;
      readonly b: number;
      readonly mid: Point;
      readonly dist: number;
    };

export interface GestureOptions {
  /** Movement (px) before a press becomes a pan or drag; bigger for fingers. */
  readonly slop: number;
  /** Whether items can be dragged (editor) or only tapped (wall). */
  readonly editable: boolean;
  /** Max ms between taps for a double tap, and max px apart. */
  readonly doubleTapMs: number;
}

export const DEFAULT_GESTURE_OPTIONS: GestureOptions = { slop: 8, editable: false, doubleTapMs: 350 };

export class GestureMachine {
  private state: State = { name: 'idle' };
  private readonly pointers = new Map<number, Point>();
  private lastTap: { at: Point; time: number } | null = null;

  constructor(private readonly options: GestureOptions = DEFAULT_GESTURE_OPTIONS) {}

  get stateName(): State['name'] {
    return this.state.name;
  }

  down(id: number, at: Point, hit: Hit): GestureEffect[] {
    this.pointers.set(id, at);
    const effects: GestureEffect[] = [];
    if (this.pointers.size === 1) {
      this.state = { name: 'pressing', id, start: at, last: at, hit };
    } else if (this.pointers.size === 2) {
      if (this.state.name === 'dragging') effects.push({ type: 'dragCancel', itemId: this.state.itemId });
      const [a, b] = [...this.pointers.keys()] as [number, number];
      const pa = this.pointers.get(a)!;
      const pb = this.pointers.get(b)!;
      this.state = { name: 'pinching', a, b, mid: midpoint(pa, pb), dist: Math.max(1, distance(pa, pb)) };
    }
    return effects;
  }

  move(id: number, at: Point, time = 0): GestureEffect[] {
    void time;
    if (!this.pointers.has(id)) return [];
    this.pointers.set(id, at);
    const s = this.state;
    switch (s.name) {
      case 'pressing': {
        if (s.id !== id) return [];
        if (distance(at, s.start) < this.options.slop) return [];
        if (s.hit && this.options.editable) {
          this.state = { name: 'dragging', id, start: s.start, itemId: s.hit.itemId, part: s.hit.part };
          return [{ type: 'dragPreview', itemId: s.hit.itemId, part: s.hit.part, dx: at.x - s.start.x }];
        }
        this.state = { name: 'panning', id, last: at };
        return [{ type: 'pan', dx: at.x - s.start.x }];
      }
      case 'panning': {
        if (s.id !== id) return [];
        this.state = { ...s, last: at };
        return at.x === s.last.x ? [] : [{ type: 'pan', dx: at.x - s.last.x }];
      }
      case 'dragging':
        if (s.id !== id) return [];
        return [{ type: 'dragPreview', itemId: s.itemId, part: s.part, dx: at.x - s.start.x }];
      case 'pinching': {
        const pa = this.pointers.get(s.a);
        const pb = this.pointers.get(s.b);
        if (!pa || !pb) return [];
        const mid = midpoint(pa, pb);
        const dist = Math.max(1, distance(pa, pb));
        const effects: GestureEffect[] = [];
        if (mid.x !== s.mid.x) effects.push({ type: 'pan', dx: mid.x - s.mid.x });
        const factor = dist / s.dist;
        if (Math.abs(factor - 1) > 1e-3) effects.push({ type: 'zoom', factor, at: mid });
        this.state = { ...s, mid, dist };
        return effects;
      }
      case 'idle':
        return [];
    }
  }

  up(id: number, at: Point, time: number): GestureEffect[] {
    if (!this.pointers.has(id)) return [];
    this.pointers.set(id, at);
    const s = this.state;
    this.pointers.delete(id);
    const effects: GestureEffect[] = [];
    if (s.name === 'pressing' && s.id === id) {
      const double =
        this.lastTap !== null &&
        time - this.lastTap.time <= this.options.doubleTapMs &&
        distance(at, this.lastTap.at) < 40;
      effects.push({ type: 'tap', hit: s.hit, at, double });
      this.lastTap = double ? null : { at, time };
    } else if (s.name === 'dragging' && s.id === id) {
      effects.push({ type: 'dragCommit', itemId: s.itemId, part: s.part, dx: at.x - s.start.x });
    }
    this.afterRelease();
    return effects;
  }

  cancel(id: number): GestureEffect[] {
    if (!this.pointers.has(id)) return [];
    const s = this.state;
    this.pointers.delete(id);
    const effects: GestureEffect[] = s.name === 'dragging' ? [{ type: 'dragCancel', itemId: s.itemId }] : [];
    this.afterRelease();
    return effects;
  }

  /** After a finger lifts: a remaining finger continues as a pan (never as a tap or a drag). */
  private afterRelease(): void {
    const remaining = [...this.pointers.entries()];
    if (remaining.length === 0) this.state = { name: 'idle' };
    else if (remaining.length === 1) {
      const [rid, rat] = remaining[0]!;
      this.state = { name: 'panning', id: rid, last: rat };
    }
  }
}

function midpoint(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
