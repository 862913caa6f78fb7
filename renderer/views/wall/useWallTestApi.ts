import { useEffect } from 'react';
import type { WallScene } from '../../canvas/sceneTypes';

let markedScene: WallScene | null = null;
import type { LifelineView } from '../../canvas/useLifelineView';

/** Lets e2e tests ask where an item is drawn on the wall (canvas shapes are not in the DOM). */
export function useWallTestApi(view: LifelineView): void {
  useEffect(() => {
    if (!__TEST_API__) return;
    const api = window.__levenslijn;
    if (!api) return;
    api.wall = {
      itemScreenPoint: view.itemScreenPoint,
      viewport: () => view.store.get(),
      dayAtScreenX: (screenX) => {
        const vp = view.store.get();
        return view.dayAtSceneX((vp.x + screenX / vp.zoom) * view.scaleInfo.zoom);
      },
      sceneStats: () => ({
        cards: view.scene?.cards.length ?? 0,
        dots: view.scene?.dots.length ?? 0,
        bars: view.scene?.bars.length ?? 0,
        markers: view.scene?.markers.length ?? 0,
        zoom: view.scene?.zoom ?? 0,
        widthPx: view.scene?.widthPx ?? 0,
      }),
      markScene: () => void (markedScene = view.scene),
      sameSceneAsMarked: () => markedScene !== null && markedScene === view.scene,
      panBy: view.panBy,
      zoomAt: view.zoomAt,
      fitAll: view.fitAll,
    };
    return () => {
      if (window.__levenslijn) delete window.__levenslijn.wall;
    };
  }, [view]);
}
