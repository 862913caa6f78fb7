/**
 * The benchmark's baseline, never part of the app: injected into the wall page by `npm run bench`
 * (bundled by esbuild, run as an init script), it paints the whole scene — every shape, every
 * text, every marker — into one screen-sized canvas in every frame, with the product's own
 * painter (renderer/canvas/paint.ts). The product's strip images are hidden under it (they still
 * move by CSS, which costs next to nothing). The pan speed-up row is this baseline's frame time
 * over the product's.
 */
import { paintMarkers, paintStrip, WHOLE } from '../../renderer/canvas/paint';
import type { SceneChunk } from '../../renderer/canvas/chunks';
import type { WallScene } from '../../renderer/canvas/sceneTypes';

function wholeScene(scene: WallScene): SceneChunk {
  return {
    index: WHOLE,
    bars: [...scene.bars],
    cards: [...scene.cards],
    groups: [...scene.groups],
    dots: [...scene.dots],
    ticks: [...scene.ticks],
    timeLabels: [...scene.timeLabels],
    ages: scene.ages.map((row) => ({ row, ages: [...row.ages] })),
    markers: [...scene.markers],
  };
}

let canvas: HTMLCanvasElement | null = null;
let whole: { scene: WallScene; chunk: SceneChunk } | null = null;

function frame(): void {
  const wall = window.__levenslijn?.wall;
  const host = document.querySelector<HTMLElement>('[data-testid="lifeline-canvas"]');
  const scene = wall?.scene() ?? null;
  if (wall && host && scene) {
    if (!canvas || canvas.parentElement !== host) {
      canvas = document.createElement('canvas');
      canvas.className = 'bench-naive-wall';
      canvas.style.cssText = 'position:absolute;left:0;top:0;pointer-events:none;background:#fff';
      host.append(canvas);
      for (const strips of host.querySelectorAll<HTMLElement>('.lifeline-strips, .lifeline-marker-strips'))
        strips.style.visibility = 'hidden';
    }
    const ratio = window.devicePixelRatio || 1;
    const w = host.clientWidth;
    const h = host.clientHeight;
    if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
      canvas.width = Math.round(w * ratio);
      canvas.height = Math.round(h * ratio);
      canvas.style.width = `${w}px`;
      canvas.style.height = `${h}px`;
    }
    if (whole?.scene !== scene) whole = { scene, chunk: wholeScene(scene) };
    const vp = wall.viewport();
    const ctx = canvas.getContext('2d')!;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(ratio * (vp.zoom / scene.zoom), 0, 0, ratio, -vp.x * vp.zoom * ratio, 0);
    paintStrip(ctx, whole.chunk, scene);
    paintMarkers(ctx, scene.markers, scene);
  }
  requestAnimationFrame(frame);
}

requestAnimationFrame(frame);
