import type { Services } from './services';

/**
 * A small hook for end-to-end tests and benchmarks, installed only when the page was opened
 * with `localStorage.levenslijnTestApi = '1'` (set by the Playwright init script). Canvas
 * shapes are not in the DOM, so tests ask the wall where things are drawn.
 */
export interface TestApi {
  services: Services;
  wall?: {
    itemScreenPoint(itemId: string): { x: number; y: number } | null;
    viewport(): { x: number; zoom: number };
    sceneStats(): { cards: number; dots: number; bars: number; zoom: number; widthPx: number };
    panBy(dxPx: number): void;
    zoomAt(factor: number, screenX: number): void;
    fitAll(): void;
  };
}

declare global {
  interface Window {
    __levenslijn?: TestApi;
  }
}

/** Benchmarks compare the product's culled drawing with a naive baseline (every shape, every frame). */
export function testRenderMode(): 'culled' | 'naive' {
  try {
    return window.localStorage.getItem('levenslijnTestApi') === '1' && window.localStorage.getItem('levenslijnRenderMode') === 'naive'
      ? 'naive'
      : 'culled';
  } catch {
    return 'culled';
  }
}

export function installTestApi(services: Services): void {
  try {
    if (window.localStorage.getItem('levenslijnTestApi') === '1') window.__levenslijn = { services };
  } catch {
    // storage may be unavailable (privacy mode): no test API then
  }
}
