import type Konva from 'konva';
import { SceneCanvas } from 'konva/lib/Canvas';
import { CHUNK_PX } from './chunks';

/**
 * The wall's strips as bitmaps in the page. Each strip of the world is drawn once by Konva (from
 * its group in a hidden layer) into a canvas element of its own; panning and the stretch of a zoom
 * gesture only move the element holding them with a CSS transform. A pan frame thus redraws no
 * pixels in script and uploads no canvas: the browser's compositor moves bitmaps it already has.
 */
/**
 * Each strip's bitmap reaches this far into its neighbours, so that no seam shows where two meet
 * when the browser stretches them to a fractional position (during a zoom gesture).
 */
export const TILE_OVERLAP_PX = 1;

export class StripTiles {
  private readonly tiles = new Map<number, HTMLCanvasElement>();

  constructor(private readonly host: HTMLElement) {}

  has(index: number): boolean {
    return this.tiles.has(index);
  }

  indices(): number[] {
    return [...this.tiles.keys()];
  }

  /**
   * Draws strip `index` of `group` into a new bitmap, which replaces the strip's old one. The
   * drawn canvas is shown at once and then swapped for a static image of itself: a browser
   * without GPU compositing copies every visible 2D canvas again on every frame, an image it
   * copies once.
   */
  draw(index: number, group: Konva.Group, height: number, pixelRatio: number): void {
    const canvas = new SceneCanvas({ width: CHUNK_PX + 2 * TILE_OVERLAP_PX, height, pixelRatio });
    const context = canvas.getContext();
    context.save();
    context.translate(-(index * CHUNK_PX - TILE_OVERLAP_PX), 0);
    // `top` = the group itself: drawn as when caching, whatever the hidden layer's visibility
    group.drawScene(canvas, group);
    context.restore();
    const el = canvas._canvas;
    this.show(index, el);
    this.toStill(index, el);
  }

  /** In idle time, swaps a drawn canvas for a static image of itself (see draw). */
  private toStill(index: number, el: HTMLCanvasElement): void {
    if (typeof createImageBitmap !== 'function') return;
    whenIdle(() => {
      if (this.tiles.get(index) !== el) return;
      createImageBitmap(el).then(
        (bitmap) => {
          if (this.tiles.get(index) !== el) return bitmap.close();
          const still = document.createElement('canvas');
          const renderer = still.getContext('bitmaprenderer');
          if (!renderer) return bitmap.close();
          still.width = bitmap.width;
          still.height = bitmap.height;
          still.style.cssText = el.style.cssText;
          renderer.transferFromImageBitmap(bitmap);
          this.show(index, still);
        },
        () => undefined, // the drawn canvas stays
      );
    });
  }

  private show(index: number, el: HTMLCanvasElement): void {
    el.style.left = `${index * CHUNK_PX - TILE_OVERLAP_PX}px`;
    el.dataset.strip = String(index);
    const old = this.tiles.get(index);
    if (old) {
      old.replaceWith(el);
      free(old);
    } else this.host.appendChild(el);
    this.tiles.set(index, el);
  }

  release(index: number): void {
    const el = this.tiles.get(index);
    if (!el) return;
    el.remove();
    free(el);
    this.tiles.delete(index);
  }

  releaseAll(): void {
    for (const index of this.indices()) this.release(index);
  }

  /** Places the world: `offset` screen px of its origin, `stretch` its horizontal scale. */
  move(offset: number, stretch: number): void {
    this.host.style.transform = `translate3d(${offset}px, 0, 0) scale(${stretch}, 1)`;
  }
}

function whenIdle(f: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(f, { timeout: 500 });
  else window.setTimeout(f, 50);
}

/** A canvas shrunk to nothing gives its bitmap memory back at once, not at the next GC. */
function free(el: HTMLCanvasElement): void {
  el.width = 0;
  el.height = 0;
}
