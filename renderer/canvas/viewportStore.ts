/**
 * The wall's viewport, kept outside React so panning moves the canvas without re-rendering the
 * scene: x is the metre at the left edge of the screen, zoom is pixels per metre.
 */
export interface Viewport {
  readonly x: number;
  readonly zoom: number;
}

export class ViewportStore {
  private listeners = new Set<() => void>();
  constructor(private current: Viewport) {}

  get = (): Viewport => this.current;

  set(next: Viewport): void {
    if (next.x === this.current.x && next.zoom === this.current.zoom) return;
    this.current = next;
    for (const l of this.listeners) l();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
