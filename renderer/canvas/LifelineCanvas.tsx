import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import type Konva from 'konva';
import type { WallScene } from './sceneTypes';
import { WALL } from './palette';
import type { Viewport, ViewportStore } from './viewportStore';
import { GestureMachine, type GestureEffect, type HitPart } from './gestures';
import { groupAt, hitTest, laneAt } from './hitTest';
import { chunkOf, CHUNK_PX, groupSceneIntoChunks, type SceneChunk } from './chunks';
import { sameBase, shareChunks } from './shareScene';
import { sameItems } from '@shared/store/equality';
import { useLatest } from '../app/useLatest';
import { StripTiles } from './stripTiles';
import { usePixelRatio } from './usePixelRatio';
import { paintBar, paintCard, paintMarkers, paintStrip, WHOLE, type Paint2D } from './paint';
import { FONT } from './measureText';

const requestIdle = (f: () => void): number =>
  typeof window.requestIdleCallback === 'function'
    ? window.requestIdleCallback(f, { timeout: 300 })
    : window.setTimeout(f, 30);
const cancelIdle = (id: number): void => {
  if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(id);
  else window.clearTimeout(id);
};

export interface CanvasCallbacks {
  onTapItem?(itemId: string, at: { sceneX: number; laneId: string | null }): void;
  onTapEmpty?(at: { sceneX: number; laneId: string | null; double: boolean }): void;
  /** A tap on a group of moments (see SceneGroup). */
  onTapGroup?(key: string): void;
  onDragCommit?(itemId: string, part: HitPart, dxPx: number): void;
  /** Live feedback while dragging (the item is redrawn by the caller's preview state). */
  onDragPreview?(itemId: string, part: HitPart, dxPx: number): void;
  onDragCancel?(itemId: string): void;
}

export interface LifelineCanvasProps extends CanvasCallbacks {
  readonly scene: WallScene;
  readonly width: number;
  readonly height: number;
  readonly viewport: ViewportStore;
  readonly editable: boolean;
  readonly selectedId: string | null;
  readonly onZoom: (factor: number, screenX: number) => void;
  readonly onPan: (dxPx: number) => void;
  /** 'naive' paints every shape every frame (benchmark baseline); 'culled' is the product. */
  readonly renderMode?: 'culled' | 'naive';
}

/**
 * The lifeline: strips of the world painted into still images (stripTiles.ts) that panning moves
 * without painting; only strips near the screen exist. Hit testing is pure geometry (hitTest.ts).
 * A Konva stage on top holds what changes with the pointer: the selected item (console) — and, for
 * the benchmark's baseline, the whole scene painted every frame.
 */
export function LifelineCanvas(props: LifelineCanvasProps) {
  // The callbacks change with every render of the caller; the stage reads the latest through
  // this ref, so it re-renders only when what it draws changes (not for a sticker or a card).
  const callbacks = useLatest(props);
  const { scene, width, height, viewport, editable, selectedId, renderMode = 'culled' } = props;
  return (
    <LifelineStage
      scene={scene}
      width={width}
      height={height}
      viewport={viewport}
      editable={editable}
      selectedId={selectedId}
      renderMode={renderMode}
      callbacks={callbacks}
    />
  );
}

type StageProps = Pick<
  LifelineCanvasProps,
  'scene' | 'width' | 'height' | 'viewport' | 'editable' | 'selectedId'
> & {
  readonly renderMode: 'culled' | 'naive';
  readonly callbacks: { readonly current: LifelineCanvasProps };
};

const LifelineStage = memo(function LifelineStage(props: StageProps) {
  const { scene, width, height, viewport, editable, selectedId, renderMode, callbacks } = props;
  const overlayRef = useRef<Konva.Layer>(null);
  const m = scene.metrics;
  const machine = useMemo(
    () => new GestureMachine({ slop: 10 * Math.min(m.u, 1.5), editable, doubleTapMs: 350 }),
    [editable, m.u],
  );

  // The scene cut into strips. Strips that hold what they held before keep their objects, so
  // their image is kept.
  const [strips, setStrips] = useState<{ scene: WallScene; chunks: Map<number, SceneChunk> } | null>(null);
  let current = strips;
  if (!current || current.scene !== scene) {
    current = { scene, chunks: shareChunks(current?.chunks ?? null, groupSceneIntoChunks(scene)) };
    setStrips(current);
  }
  const { chunks } = current;
  // The strips' images, in page elements moved by CSS: the shapes, and above them the markers
  // (from the top down to just below the line), so adding a marker repaints a small image of a
  // few shapes, not the strip under it.
  const [shapeStrips] = useState(() => new StripTiles());
  const [markerStrips] = useState(() => new StripTiles());
  const pixelRatio = usePixelRatio();
  const markerTileHeight = Math.min(scene.height, Math.ceil(scene.axisY + 24 * m.u));
  const idleJob = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (idleJob.current !== null) cancelIdle(idleJob.current);
    },
    [],
  );

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

  // The strips beside the screen are painted in idle time, one per idle period, from the view as
  // it is then: a job queued before a new layout paints the new layout's strips.
  const drawOneAhead = useRef<() => boolean>(() => false);
  useLayoutEffect(() => {
    drawOneAhead.current = () => {
      const { ahead } = stripsAt(viewport.get());
      if (ahead.length > 0) drawStrip(ahead[0]!);
      return ahead.length > 1;
    };
  });
  const drawAheadWhenIdle = useCallback(() => {
    const schedule = () => {
      if (idleJob.current !== null) return;
      idleJob.current = requestIdle(() => {
        idleJob.current = null;
        if (drawOneAhead.current()) schedule();
      });
    };
    schedule();
  }, []);

  const applyViewport = useCallback(
    (vp: Viewport) => {
      // While a zoom gesture runs the scene keeps its layout and is stretched; it is laid out
      // anew at the new zoom once the gesture pauses (useLifelineView).
      const stretch = vp.zoom / scene.zoom;
      const offset = -vp.x * vp.zoom;
      const overlay = overlayRef.current;
      if (overlay) {
        overlay.x(offset);
        overlay.scaleX(stretch);
      }
      if (renderMode === 'culled') {
        const { first, last, ahead } = stripsAt(vp);
        for (const layer of [shapeStrips, markerStrips]) {
          layer.move(offset, stretch);
          for (const index of layer.indices())
            if (index < first - 3 || index > last + 3) layer.release(index);
        }
        // Every strip on screen has its image before the frame is shown (no blank strip).
        let drew = false;
        for (let index = first; index <= last; index++) drew = drawStrip(index) || drew;
        // The next strip on either side is painted ahead, so a pan reaches strips that are ready:
        // in a frame that painted nothing else, or else in idle time.
        if (!drew && ahead.length > 0) drawStrip(ahead.shift()!);
        if (ahead.length > 0) drawAheadWhenIdle();
      }
      // An empty overlay is not redrawn: every redrawn layer is a whole-screen bitmap that the
      // browser copies and composites again.
      if (overlay && overlay.visible()) overlay.batchDraw();
    },
    [scene.zoom, renderMode, shapeStrips, markerStrips, drawStrip, stripsAt, drawAheadWhenIdle],
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

  const toScene = (clientX: number, clientY: number, el: HTMLElement) => {
    const rect = el.getBoundingClientRect();
    const sx = clientX - rect.left;
    const sy = clientY - rect.top;
    const vp = viewport.get();
    return { sx, sy, x: (vp.x + sx / vp.zoom) * scene.zoom, y: sy };
  };

  const apply = (effects: GestureEffect[], el: HTMLElement, touch: boolean) => {
    const cb = callbacks.current;
    for (const e of effects) {
      switch (e.type) {
        case 'pan':
          cb.onPan(e.dx);
          break;
        case 'zoom':
          cb.onZoom(e.factor, e.at.x - el.getBoundingClientRect().left);
          break;
        case 'tap': {
          const p = toScene(e.at.x, e.at.y, el);
          const group = cb.onTapGroup ? groupAt(scene, p.x, p.y, touch ? 12 * m.u : 0) : null;
          if (group) cb.onTapGroup!(group);
          else if (e.hit) cb.onTapItem?.(e.hit.itemId, { sceneX: p.x, laneId: laneAt(scene, p.y) });
          else cb.onTapEmpty?.({ sceneX: p.x, laneId: laneAt(scene, p.y), double: e.double });
          break;
        }
        case 'dragPreview':
          cb.onDragPreview?.(e.itemId, e.part, e.dx);
          break;
        case 'dragCommit':
          cb.onDragCommit?.(e.itemId, e.part, e.dx);
          break;
        case 'dragCancel':
          cb.onDragCancel?.(e.itemId);
          break;
      }
    }
  };

  const onPointerDown = (ev: React.PointerEvent<HTMLDivElement>) => {
    const el = ev.currentTarget;
    el.setPointerCapture?.(ev.pointerId);
    const p = toScene(ev.clientX, ev.clientY, el);
    const slop = ev.pointerType === 'touch' ? 12 * m.u : 0;
    apply(
      machine.down(ev.pointerId, { x: ev.clientX, y: ev.clientY }, hitTest(scene, p.x, p.y, slop)),
      el,
      ev.pointerType === 'touch',
    );
  };
  const onPointerMove = (ev: React.PointerEvent<HTMLDivElement>) =>
    apply(
      machine.move(ev.pointerId, { x: ev.clientX, y: ev.clientY }),
      ev.currentTarget,
      ev.pointerType === 'touch',
    );
  const onPointerUp = (ev: React.PointerEvent<HTMLDivElement>) =>
    apply(
      machine.up(ev.pointerId, { x: ev.clientX, y: ev.clientY }, ev.timeStamp),
      ev.currentTarget,
      ev.pointerType === 'touch',
    );
  const onPointerCancel = (ev: React.PointerEvent<HTMLDivElement>) =>
    apply(machine.cancel(ev.pointerId), ev.currentTarget, ev.pointerType === 'touch');

  const onWheel = (ev: React.WheelEvent<HTMLDivElement>) => {
    const rect = ev.currentTarget.getBoundingClientRect();
    if (ev.ctrlKey || ev.metaKey) {
      callbacks.current.onZoom(Math.exp(-ev.deltaY * 0.0025), ev.clientX - rect.left);
    } else {
      const d = Math.abs(ev.deltaX) > Math.abs(ev.deltaY) ? ev.deltaX : ev.deltaY;
      callbacks.current.onPan(-d);
    }
  };

  const selectedCard = selectedId ? scene.cards.find((c) => c.itemId === selectedId) : undefined;
  const selectedBar = selectedId ? scene.bars.find((b) => b.itemId === selectedId) : undefined;
  // The baseline paints the whole scene every frame, as one strip holding everything.
  const whole = useMemo(() => (renderMode === 'naive' ? wholeScene(scene) : null), [renderMode, scene]);
  const paintOverlay = (ctx: Paint2D) => {
    if (whole) {
      paintStrip(ctx, whole, scene);
      paintMarkers(ctx, scene.markers, scene);
    }
    if (selectedBar) paintBar(ctx, selectedBar, m, true);
    if (selectedCard) paintCard(ctx, selectedCard, m, true);
  };

  return (
    <div
      className="lifeline-canvas"
      style={{ width, height, touchAction: 'none', position: 'relative', overflow: 'hidden' }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerCancel}
      onWheel={onWheel}
      data-testid="lifeline-canvas"
    >
      {/* The lanes' background: plain page boxes, never redrawn while panning. */}
      <div className="lifeline-lanes" style={{ position: 'absolute', inset: 0, background: WALL.paper }}>
        {scene.lanes.map((lane, i) => (
          <div
            key={lane.id}
            style={{
              position: 'absolute',
              left: 0,
              right: 0,
              top: lane.y,
              height: lane.height,
              background: i % 2 ? WALL.laneOdd : WALL.laneEven,
            }}
          />
        ))}
      </div>
      <div style={{ position: 'absolute', inset: 0, overflow: 'hidden' }}>
        {/* Markers under the shapes: a marker's pin passes behind the cards, never over a title. */}
        <div ref={markerStrips.hostRef()} className="lifeline-marker-strips" style={STRIPS_HOST} />
        <div ref={shapeStrips.hostRef()} className="lifeline-strips" style={STRIPS_HOST} />
      </div>
      <Stage
        width={width}
        height={height}
        listening={false}
        style={{ position: 'absolute', left: 0, top: 0 }}
      >
        <Layer ref={overlayRef} listening={false} visible={!!(whole || selectedBar || selectedCard)}>
          <Shape
            listening={false}
            perfectDrawEnabled={false}
            sceneFunc={(context) => paintOverlay((context as unknown as { _context: Paint2D })._context)}
          />
        </Layer>
      </Stage>
      <LaneLabels scene={scene} />
    </div>
  );
});

export { CHUNK_PX };

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

const STRIPS_HOST: React.CSSProperties = {
  position: 'absolute',
  left: 0,
  top: 0,
  transformOrigin: '0 0',
  willChange: 'transform',
};

/**
 * The names of the lanes and of the family members' age rows on a plate at the left edge. They
 * stay put while the world moves, so they are page text, not canvas: nothing to redraw per frame.
 */
function LaneLabels({ scene }: { scene: WallScene }) {
  const m = scene.metrics;
  const plate = m.laneLabelWidth;
  const plateColour = `color-mix(in srgb, ${WALL.paper} 92%, transparent)`;
  const text: React.CSSProperties = {
    position: 'absolute',
    left: 14 * m.u,
    width: plate - 20 * m.u,
    fontSize: m.textFont,
    fontFamily: FONT,
    fontWeight: 'bold',
    lineHeight: 1.1,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  };
  return (
    <div
      className="lifeline-labels"
      aria-hidden="true"
      style={{ position: 'absolute', inset: 0, pointerEvents: 'none' }}
    >
      {scene.lanes.map((lane) => (
        <div
          key={lane.id}
          style={{
            position: 'absolute',
            left: 0,
            top: lane.y,
            width: plate,
            height: lane.height,
            background: plateColour,
          }}
        >
          <div
            style={{
              position: 'absolute',
              left: 0,
              top: 0,
              bottom: 0,
              width: 8 * m.u,
              background: lane.colour,
            }}
          />
          <div
            dir="auto"
            style={{
              ...text,
              top: 0,
              height: lane.height,
              display: 'flex',
              alignItems: 'center',
              color: WALL.ink,
            }}
          >
            <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{lane.name}</span>
          </div>
        </div>
      ))}
      {scene.ages.map((row) => (
        <div
          key={row.memberId}
          dir="auto"
          style={{
            ...text,
            top: row.y,
            left: 0,
            width: plate,
            height: Math.round(m.textFont * 1.2),
            padding: `${1 * m.u}px ${6 * m.u}px 0 ${14 * m.u}px`,
            boxSizing: 'border-box',
            color: WALL.inkSoft,
            background: plateColour,
          }}
        >
          {row.name}
        </div>
      ))}
    </div>
  );
}
