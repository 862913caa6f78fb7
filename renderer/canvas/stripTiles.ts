import { CHUNK_PX } from './chunks';
import type { Paint2D } from './paint';

/**
 * The wall's strips as still images in the page. Each strip of the world is painted once, straight
 * into an OffscreenCanvas, and handed over to a `bitmaprenderer` canvas as an ImageBitmap
 * (transferred, not copied); panning and the stretch of a zoom gesture only move the element
 * holding them with a CSS transform. A pan frame thus paints no pixels in script and uploads no
 * canvas: the browser's compositor moves bitmaps it already has.
 */
/**
 * Each strip's image reaches this far into its neighbours, so that no seam shows where two meet
 * when the browser stretches them to a fractional position (during a zoom gesture).
 */
export const TILE_OVERLAP_PX = 1;

interface Tile {
  readonly el: HTMLCanvasElement;
  /** The element shows still images handed over to it (null where the browser has none). */
  readonly still: ImageBitmapRenderingContext | null;
  /** Painted for the current layout (a stale tile is painted again before it is shown). */
  fresh: boolean;
}

export class StripTiles {
  private readonly tiles = new Map<number, Tile>();
  /** The one offscreen canvas every strip is painted into before its image is handed over. */
  private scratch: OffscreenCanvas | null = null;
  private host: HTMLElement | null = null;

  private readonly attach = (host: HTMLElement | null): void => {
    if (!host) this.releaseAll();
    this.host = host;
  };

  /** A React callback ref (always the same one) for the page element that holds the images. */
  hostRef(): (host: HTMLElement | null) => void {
    return this.attach;
  }

  /** Whether strip `index` shows an image painted for the current layout. */
  has(index: number): boolean {
    return this.tiles.get(index)?.fresh ?? false;
  }

  indices(): number[] {
    return [...this.tiles.keys()];
  }

  /**
   * Marks strip `index` to be painted again (a new layout): it keeps its element, which is
   * repainted in place before it is shown again.
   */
  invalidate(index: number): void {
    const tile = this.tiles.get(index);
    if (tile) tile.fresh = false;
  }

  /** Paints strip `index`, `height` px from the top, with `paint` (world coordinates). */
  paint(index: number, height: number, pixelRatio: number, paint: (ctx: Paint2D) => void): void {
    if (!this.host) return;
    const width = CHUNK_PX + 2 * TILE_OVERLAP_PX;
    const w = Math.max(1, Math.floor(width * pixelRatio));
    const h = Math.max(1, Math.floor(height * pixelRatio));
    const left = index * CHUNK_PX - TILE_OVERLAP_PX;
    let tile = this.tiles.get(index);
    if (!tile) {
      const el = document.createElement('canvas');
      const still = typeof OffscreenCanvas === 'function' ? el.getContext('bitmaprenderer') : null;
      tile = { el, still, fresh: false };
      el.dataset.strip = String(index);
      this.host.appendChild(el);
      this.tiles.set(index, tile);
    }
    tile.el.style.cssText = `position: absolute; top: 0; left: ${left}px; width: ${width}px; height: ${height}px;`;
    if (tile.still) {
      // A fresh scratch bitmap is transparent: it is cleared only when it was painted and kept.
      if (!this.scratch || this.scratch.width !== w || this.scratch.height !== h)
        this.scratch = new OffscreenCanvas(w, h);
      const ctx = this.scratch.getContext('2d')!;
      ctx.setTransform(pixelRatio, 0, 0, pixelRatio, -left * pixelRatio, 0);
      paint(ctx);
      tile.el.width = w;
      tile.el.height = h;
      tile.still.transferFromImageBitmap(this.scratch.transferToImageBitmap());
    } else {
      // No still images in this browser: the strip's own 2D canvas.
      tile.el.width = w;
      tile.el.height = h;
      const ctx = tile.el.getContext('2d');
      if (ctx) {
        ctx.setTransform(pixelRatio, 0, 0, pixelRatio, -left * pixelRatio, 0);
        paint(ctx);
      }
    }
    tile.fresh = true;
    // (counts the paintings of this element: a pan that moves the image paints nothing)
    tile.el.dataset.painted = String(Number(tile.el.dataset.painted ?? 0) + 1);
  }

  release(index: number): void {
    const tile = this.tiles.get(index);
    if (!tile) return;
    tile.el.remove();
    free(tile.el);
    this.tiles.delete(index);
  }

  releaseAll(): void {
    for (const index of this.indices()) this.release(index);
    this.scratch = null;
  }

  /** Places the world: `offset` screen px of its origin, `stretch` its horizontal scale. */
  move(offset: number, stretch: number): void {
    if (this.host) this.host.style.transform = `translate3d(${offset}px, 0, 0) scale(${stretch}, 1)`;
  }
}

/** A canvas shrunk to nothing gives its bitmap memory back at once, not at the next GC. */
function free(el: HTMLCanvasElement): void {
  el.width = 0;
  el.height = 0;
}
