import type { Page } from '@playwright/test';
import type { WallScene } from '../../renderer/canvas/sceneTypes';

/** A text the wall drew: on a canvas (with its transform) or as visible page text. */
export interface DrawnText {
  readonly t: string;
  /** Size in CSS px as it appears on the screen. */
  readonly px: number;
  readonly where: 'canvas' | 'dom';
}

declare global {
  interface Window {
    __texts?: { t: string; px: number }[];
  }
}

/**
 * Records every canvas `fillText` of the page — on both 2D context kinds, the wall paints its
 * strips into OffscreenCanvases — with its size through the context's transform (so a strip
 * painted at pixel ratio 2 is measured in CSS px). Install before the page loads.
 */
export async function recordCanvasText(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__texts = [];
    for (const C of [globalThis.CanvasRenderingContext2D, globalThis.OffscreenCanvasRenderingContext2D]) {
      if (!C) continue;
      const orig = C.prototype.fillText;
      C.prototype.fillText = function (
        this: CanvasRenderingContext2D,
        text: string,
        x: number,
        y: number,
        w?: number,
      ) {
        const m = this.getTransform();
        const scale = Math.hypot(m.a, m.b);
        const px = parseFloat(/([\d.]+)px/.exec(this.font)?.[1] ?? '0');
        if (String(text).trim() && window.__texts!.length < 100_000)
          window.__texts!.push({ t: String(text), px: (px * scale) / (window.devicePixelRatio || 1) });
        return w === undefined ? orig.call(this, text, x, y) : orig.call(this, text, x, y, w);
      };
    }
  });
}

/** Forgets the canvas texts recorded so far (to record what one view paints). */
export async function clearRecordedText(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__texts = [];
  });
}

/** The canvas texts recorded so far and every visible text of the page. */
export async function drawnTexts(page: Page): Promise<DrawnText[]> {
  return page.evaluate(() => {
    const out: { t: string; px: number; where: 'canvas' | 'dom' }[] = (window.__texts ?? []).map((x) => ({
      ...x,
      where: 'canvas' as const,
    }));
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      const el = n.parentElement;
      if (!text || !el) continue;
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || r.bottom < 0 || r.top > innerHeight) continue;
      if (cs.visibility === 'hidden' || cs.opacity === '0') continue;
      out.push({ t: text, px: parseFloat(cs.fontSize), where: 'dom' });
    }
    return out;
  });
}

/** The wall's scene and viewport as laid out now (test API). */
export async function wallScene(page: Page): Promise<{ scene: WallScene; vp: { x: number; zoom: number } }> {
  return page.evaluate(() => {
    const wall = window.__levenslijn!.wall!;
    return { scene: wall.scene()!, vp: wall.viewport() };
  });
}

/** Waits until the wall's layout is at the viewport's zoom and two frames are painted. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const wall = window.__levenslijn?.wall;
    const scene = wall?.scene();
    return !!scene && Math.abs(scene.zoom - wall!.viewport().zoom) < 1e-6;
  });
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))),
  );
}
