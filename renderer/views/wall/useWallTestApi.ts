import { useEffect } from 'react';
import type { WallScene } from '../../canvas/sceneTypes';
import type { LifelineView } from '../../canvas/useLifelineView';
import { useLatest } from '../../app/useLatest';

let markedScene: WallScene | null = null;

/**
 * Lets e2e tests and the benchmark ask where things are drawn on the wall (canvas shapes are not
 * in the DOM). Installed once; every call reads the view of the latest committed render (updated
 * in the same commit that paints, so a test sees a change in the frame that shows it).
 */
export function useWallTestApi(view: LifelineView): void {
  const latest = useLatest(view);
  useEffect(() => {
    if (!__TEST_API__) return;
    const api = window.__levenslijn;
    if (!api) return;
    const v = () => latest.current;
    api.wall = {
      itemScreenPoint: (id) => v().itemScreenPoint(id),
      viewport: () => v().store.get(),
      dayAtScreenX: (screenX) => {
        const vp = v().store.get();
        return v().dayAtSceneX((vp.x + screenX / vp.zoom) * v().scaleInfo.zoom);
      },
      sceneStats: () => {
        const scene = v().scene;
        return {
          cards: scene?.cards.length ?? 0,
          dots: scene?.dots.length ?? 0,
          bars: scene?.bars.length ?? 0,
          markers: scene?.markers.length ?? 0,
          zoom: scene?.zoom ?? 0,
          widthPx: scene?.widthPx ?? 0,
        };
      },
      scene: () => v().scene,
      markScene: () => void (markedScene = v().scene),
      sameSceneAsMarked: () => markedScene !== null && markedScene === v().scene,
      panBy: (dx) => v().panBy(dx),
      zoomAt: (f, x) => v().zoomAt(f, x),
      fitAll: () => v().fitAll(),
    };
    return () => {
      if (window.__levenslijn) delete window.__levenslijn.wall;
    };
  }, [latest]);
}
