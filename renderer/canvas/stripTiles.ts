import type Konva from 'konva';
import { SceneCanvas } from 'konva/lib/Canvas';
import { CHUNK_PX } from './chunks';

/**
 * The wall's strips as bitmaps in the page. Each strip of the world is drawn once by Konva (from
 * its group in a hidden layer) and shown as a still image in an element of its own; panning and
 * the stretch of a zoom gesture only move the element holding them with a CSS transform. A pan
 * frame thus redraws no pixels in script and uploads no canvas: the browser's compositor moves
 * bitmaps it already has.
 */
/**
 * Each strip's bitmap reaches this far into its neighbours, so that no seam shows where two meet
 * when the browser stretches them to a fractional position (during a zoom gesture).
 */
export const TILE_OVERLAP_PX = 1;

export class StripTiles {
  /** Each strip's Konva group in the hidden world layer (filled by `groupRef`). */
  readonly groups = new Map<number, Konva.Group>();
  private readonly tiles = new Map<number, HTMLCanvasElement>();
  /** The one canvas Konva draws every strip into; each drawing is then copied out as a still. */
  private scratch: SceneCanvas | null = null;
  private host: HTMLElement | null = null;

  private readonly attach = (host: HTMLElement | null): void => {
    if (!host) this.releaseAll();
    this.host = host;
  };

  /** A React callback ref (always the same one) for the page element that holds the images. */
  hostRef(): (host: HTMLElement | null) => void {
    return this.attach;
  }

  /** A React callback ref that files strip `index`'s group. */
  groupRef(index: number): (group: Konva.Group | null) => void {
    return (group) => {
      if (group) this.groups.set(index, group);
      else this.groups.delete(index);
    };
  }

  has(index: number): boolean {
    return this.tiles.has(index);
  }

  /** Whether strip `index` has a group but no image yet. */
  needs(index: number): boolean {
    return this.groups.has(index) && !this.tiles.has(index);
  }

  /** Draws strip `index` from its group, `height` px from the top, if it needs it; whether it did. */
  drawIfNeeded(index: number, height: number, pixelRatio: number): boolean {
    const group = this.groups.get(index);
    if (!group || !this.host || this.tiles.has(index)) return false;
    this.draw(index, group, height, pixelRatio);
    return true;
  }

  indices(): number[] {
    return [...this.tiles.keys()];
  }

  /**
   * Draws strip `index` of `group` into a new bitmap, which replaces the strip's old one. Konva
   * draws into one reused canvas, and the result is shown as a still image (a `bitmaprenderer`
   * canvas): a browser without GPU compositing copies every visible 2D canvas again on every
   * frame, a still image it copies once.
   */
  private draw(index: number, group: Konva.Group, height: number, pixelRatio: number): void {
    const width = CHUNK_PX + 2 * TILE_OVERLAP_PX;
    const scratch = this.scratchCanvas(width, height, pixelRatio);
    const context = scratch.getContext();
    context.clear();
    context.save();
    context.translate(-(index * CHUNK_PX - TILE_OVERLAP_PX), 0);
    // `top` = the group itself: drawn as when caching, whatever the hidden layer's visibility
    group.drawScene(scratch, group);
    context.restore();
    const el = stillOf(scratch._canvas) ?? copyOf(scratch._canvas);
    el.style.cssText = `position: absolute; top: 0; width: ${width}px; height: ${height}px;`;
    this.show(index, el);
  }

  private scratchCanvas(width: number, height: number, pixelRatio: number): SceneCanvas {
    const s = this.scratch;
    // (sizes as Konva makes them: whole pixels, rounded down)
    if (
      s &&
      s.getWidth() === Math.floor(width * pixelRatio) &&
      s.getHeight() === Math.floor(height * pixelRatio) &&
      s.getPixelRatio() === pixelRatio
    )
      return s;
    if (s) free(s._canvas);
    this.scratch = new SceneCanvas({ width, height, pixelRatio });
    return this.scratch;
  }

  private show(index: number, el: HTMLCanvasElement): void {
    el.style.left = `${index * CHUNK_PX - TILE_OVERLAP_PX}px`;
    el.dataset.strip = String(index);
    const old = this.tiles.get(index);
    if (old) {
      old.replaceWith(el);
      free(old);
    } else this.host?.appendChild(el);
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
    if (this.scratch) free(this.scratch._canvas);
    this.scratch = null;
  }

  /** Places the world: `offset` screen px of its origin, `stretch` its horizontal scale. */
  move(offset: number, stretch: number): void {
    if (this.host) this.host.style.transform = `translate3d(${offset}px, 0, 0) scale(${stretch}, 1)`;
  }
}

/** A still image of `source` (an ImageBitmap in a `bitmaprenderer` canvas), made at once. */
function stillOf(source: HTMLCanvasElement): HTMLCanvasElement | null {
  if (typeof OffscreenCanvas !== 'function') return null;
  const off = new OffscreenCanvas(source.width, source.height);
  const offContext = off.getContext('2d');
  const still = document.createElement('canvas');
  const renderer = still.getContext('bitmaprenderer');
  if (!offContext || !renderer) return null;
  offContext.drawImage(source, 0, 0);
  still.width = source.width;
  still.height = source.height;
  renderer.transferFromImageBitmap(off.transferToImageBitmap());
  return still;
}

/** A plain 2D copy of `source`, where a browser has no still images. */
function copyOf(source: HTMLCanvasElement): HTMLCanvasElement {
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  copy.getContext('2d')?.drawImage(source, 0, 0);
  return copy;
}

/** A canvas shrunk to nothing gives its bitmap memory back at once, not at the next GC. */
function free(el: HTMLCanvasElement): void {
  el.width = 0;
  el.height = 0;
}
