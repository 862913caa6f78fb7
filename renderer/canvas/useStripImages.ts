import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { WallScene } from './sceneTypes';
import type { Viewport, ViewportStore } from './viewportStore';
import { chunkOf, type SceneChunk } from './chunks';
import { sameBase } from './shareScene';
import { SharedChunks } from './sharedChunks';
import { sameItems } from '@shared/store/equality';
import { StripTiles } from './stripTiles';
import { usePixelRatio } from './usePixelRatio';
import { paintMarkers, paintStrip } from './paint';
import { cancelIdle, requestIdle } from './idleCallback';

/**
 * The lifeline as strips of the world painted into still images (stripTiles.ts) that panning moves
 * without painting; only strips near the screen exist. Two layers: the shapes, and the markers
 * (from the top down to just below the line), so adding a marker repaints a small image of a few
 * shapes, not the strip under it. Returns the callback refs of the page elements that hold them.
 */
export function useStripImages(scene: WallScene, width: number, viewport: ViewportStore) {
  const [sharedChunks] = useState(() => new SharedChunks());
  const chunks = useMemo(() => sharedChunks.of(scene), [sharedChunks, scene]);
  const [shapeStrips] = useState(() => new StripTiles());
  const [markerStrips] = useState(() => new StripTiles());
  const pixelRatio = usePixelRatio();
  const markerTileHeight = Math.min(scene.height, Math.ceil(scene.axisY + 24 * scene.metrics.u));

  const needs = useCallback(
    (index: number) => {
      const chunk = chunks.get(index);
      if (!chunk) return false;
      return !shapeStrips.has(index) || (chunk.markers.length > 0 && !markerStrips.has(index));
    },
    [chunks, shapeStrips, markerStrips],
  );

  /** Paints strip `index` (its shapes, its markers) where its images are missing; whether it painted. */
  const drawStrip = useCallback(
    (index: number): boolean => {
      const chunk = chunks.get(index);
      if (!chunk) return false;
      let painted = false;
      if (!shapeStrips.has(index)) {
        shapeStrips.paint(index, scene.height, pixelRatio, (ctx) => paintStrip(ctx, chunk, scene));
        painted = true;
      }
      if (chunk.markers.length > 0 && !markerStrips.has(index)) {
        markerStrips.paint(index, markerTileHeight, pixelRatio, (ctx) =>
          paintMarkers(ctx, chunk.markers, scene),
        );
        painted = true;
      }
      return painted;
    },
    [chunks, scene, shapeStrips, markerStrips, markerTileHeight, pixelRatio],
  );

  /** The strips on screen at `vp`, and the next one on either side that has no image yet. */
  const stripsAt = useCallback(
    (vp: Viewport) => {
      const stretch = vp.zoom / scene.zoom;
      const first = chunkOf(vp.x * scene.zoom);
      const last = chunkOf(vp.x * scene.zoom + width / stretch);
      const ahead = [first - 1, last + 1].filter(needs);
      return { first, last, ahead };
    },
    [scene.zoom, width, needs],
  );

  const drawAheadWhenIdle = useIdleStripPainter(() => {
    const { ahead } = stripsAt(viewport.get());
    if (ahead.length > 0) drawStrip(ahead[0]!);
    return ahead.length > 1;
  });

  const applyViewport = useCallback(
    (vp: Viewport) => {
      // While a zoom gesture runs the scene keeps its layout and is stretched; it is laid out
      // anew at the new zoom once the gesture pauses (useLifelineView).
      const stretch = vp.zoom / scene.zoom;
      const offset = -vp.x * vp.zoom;
      const { first, last, ahead } = stripsAt(vp);
      for (const layer of [shapeStrips, markerStrips]) {
        layer.move(offset, stretch);
        for (const index of layer.indices()) if (index < first - 3 || index > last + 3) layer.release(index);
      }
      // Every strip on screen has its image before the frame is shown (no blank strip).
      let drew = false;
      for (let index = first; index <= last; index++) drew = drawStrip(index) || drew;
      // The next strip on either side is painted ahead, so a pan reaches strips that are ready:
      // in a frame that painted nothing else, or else in idle time.
      if (!drew && ahead.length > 0) drawStrip(ahead.shift()!);
      if (ahead.length > 0) drawAheadWhenIdle();
    },
    [scene.zoom, shapeStrips, markerStrips, drawStrip, stripsAt, drawAheadWhenIdle],
  );

  // A new scene: strips whose shapes all stayed the same keep their image (a marker added
  // repaints only the marker images around it); a new zoom, height or pixel ratio repaints all.
  const drawn = useRef<{
    chunks: Map<number, SceneChunk>;
    zoom: number;
    height: number;
    axisY: number;
    pixelRatio: number;
  } | null>(null);
  useLayoutEffect(() => {
    const before = drawn.current;
    const keepAny =
      before !== null &&
      before.zoom === scene.zoom &&
      before.height === scene.height &&
      before.axisY === scene.axisY &&
      before.pixelRatio === pixelRatio;
    for (const index of shapeStrips.indices()) {
      if (keepAny && sameBase(before.chunks.get(index), chunks.get(index))) continue;
      if (chunks.has(index)) shapeStrips.invalidate(index);
      else shapeStrips.release(index);
    }
    for (const index of markerStrips.indices()) {
      const was = before?.chunks.get(index);
      const now = chunks.get(index);
      if (keepAny && was && now && now.markers.length > 0 && sameItems(was.markers, now.markers)) continue;
      if (now && now.markers.length > 0) markerStrips.invalidate(index);
      else markerStrips.release(index);
    }
    drawn.current = { chunks, zoom: scene.zoom, height: scene.height, axisY: scene.axisY, pixelRatio };
    // Strips on screen that lost their image are painted again before this frame is shown.
    applyViewport(viewport.get());
  }, [
    chunks,
    scene.zoom,
    scene.height,
    scene.axisY,
    pixelRatio,
    shapeStrips,
    markerStrips,
    applyViewport,
    viewport,
  ]);

  useEffect(() => {
    applyViewport(viewport.get());
    return viewport.subscribe(() => applyViewport(viewport.get()));
  }, [viewport, applyViewport]);

  return { shapeHost: shapeStrips.hostRef(), markerHost: markerStrips.hostRef() };
}

/**
 * Paints the strips beside the screen in idle time, one per idle period, with the latest
 * `paintOne` (so a job queued before a new layout paints the new layout's strips). `paintOne`
 * says whether more remain. Returns the function that queues the job.
 */
function useIdleStripPainter(paintOne: () => boolean): () => void {
  const latest = useRef(paintOne);
  useLayoutEffect(() => {
    latest.current = paintOne;
  });
  const job = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (job.current !== null) cancelIdle(job.current);
    },
    [],
  );
  return useCallback(() => {
    const schedule = () => {
      if (job.current !== null) return;
      job.current = requestIdle(() => {
        job.current = null;
        if (latest.current()) schedule();
      });
    };
    schedule();
  }, []);
}
