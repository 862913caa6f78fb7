import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { Layer, Line, Stage, Text, Group } from 'react-konva';
import type Konva from 'konva';
import type { WallScene } from './sceneTypes';
import { BarShape, CardShape, DotShape, FONT, MarkerShape } from './SceneShapes';
import { WALL } from './palette';
import type { Viewport, ViewportStore } from './viewportStore';
import { GestureMachine, type GestureEffect, type HitPart } from './gestures';
import { hitTest, laneAt } from './hitTest';
import type { SceneMarker, SceneMetrics, SceneTick } from './sceneTypes';
import { chunkOf, CHUNK_PX, groupSceneIntoChunks, type SceneChunk } from './chunks';
import { sameBase, shareChunks, shareTicks } from './shareScene';
import { sameFields, sameItems } from '@shared/store/equality';
import { useLatest } from '../app/useLatest';
import { StripTiles, TILE_OVERLAP_PX } from './stripTiles';
import { usePixelRatio } from './usePixelRatio';

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
  /** Ticks for the visible range; recomputed on pan/zoom by the caller. */
  readonly ticksFor: (vp: Viewport) => readonly SceneTick[];
  readonly editable: boolean;
  readonly selectedId: string | null;
  readonly onZoom: (factor: number, screenX: number) => void;
  readonly onPan: (dxPx: number) => void;
  /** 'naive' draws every shape every frame (benchmark baseline); 'culled' is the product. */
  readonly renderMode?: 'culled' | 'naive';
}

/**
 * The lifeline on a Konva stage. Panning moves the world layer imperatively (no React render),
 * and only the chunks of cards near the screen are drawn. Hit testing is pure geometry
 * (hitTest.ts), so no Konva hit canvas is kept.
 */
export function LifelineCanvas(props: LifelineCanvasProps) {
  // The callbacks change with every render of the caller; the stage reads the latest through
  // this ref, so it re-renders only when what it draws changes (not for a sticker or a card).
  const callbacks = useLatest(props);
  const { scene, width, height, viewport, ticksFor, editable, selectedId, renderMode = 'culled' } = props;
  return (
    <LifelineStage
      scene={scene}
      width={width}
      height={height}
      viewport={viewport}
      ticksFor={ticksFor}
      editable={editable}
      selectedId={selectedId}
      renderMode={renderMode}
      callbacks={callbacks}
    />
  );
}

interface Strips {
  readonly scene: WallScene;
  readonly ticksFor: (vp: Viewport) => readonly SceneTick[];
  readonly chunks: Map<number, SceneChunk>;
  readonly ticks: Map<number, readonly SceneTick[]>;
}

type StageProps = Pick<
  LifelineCanvasProps,
  'scene' | 'width' | 'height' | 'viewport' | 'ticksFor' | 'editable' | 'selectedId'
> & {
  readonly renderMode: 'culled' | 'naive';
  readonly callbacks: { readonly current: LifelineCanvasProps };
};

const LifelineStage = memo(function LifelineStage(props: StageProps) {
  const { scene, width, height, viewport, editable, selectedId, renderMode, callbacks } = props;
  const worldRef = useRef<Konva.Layer>(null);
  const overlayRef = useRef<Konva.Layer>(null);
  const ticksRef = useRef<Konva.Layer>(null);
  const m = scene.metrics;
  const machine = useMemo(
    () => new GestureMachine({ slop: 10 * Math.min(m.u, 1.5), editable, doubleTapMs: 350 }),
    [editable, m.u],
  );

  // The scene cut into strips, each with its own ticks (ticks belong to the zoom, not to the
  // pan). Strips and ticks that hold what they held before keep their objects, so their
  // memoised content skips its render and their bitmap is kept.
  const ticksFor = props.ticksFor;
  const [strips, setStrips] = useState<Strips | null>(null);
  let current = strips;
  if (!current || current.scene !== scene || current.ticksFor !== ticksFor) {
    const chunks = shareChunks(current?.chunks ?? null, groupSceneIntoChunks(scene));
    const ticks = new Map(
      [...chunks.keys()].map((index) => [
        index,
        ticksFor({ x: (index * CHUNK_PX) / scene.zoom, zoom: scene.zoom }),
      ]),
    );
    current = { scene, ticksFor, chunks, ticks: shareTicks(current?.ticks ?? null, ticks) };
    setStrips(current);
  }
  const { chunks, ticks: chunkTicks } = current;
  // The strips' images, in page elements moved by CSS (stripTiles.ts): the shapes, and above
  // them the markers (from the top down to just below the line), so adding a marker redraws a
  // small image of few shapes, not the strip under it.
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

  /** Draws strip `index` (its shapes, its markers) into the images it lacks; whether it drew. */
  const drawStrip = useCallback(
    (index: number): boolean => {
      const shapes = shapeStrips.drawIfNeeded(index, scene.height, pixelRatio);
      const markers = markerStrips.drawIfNeeded(index, markerTileHeight, pixelRatio);
      return shapes || markers;
    },
    [shapeStrips, markerStrips, scene.height, markerTileHeight, pixelRatio],
  );

  /** The strips on screen at `vp`, and the next one on either side that has no bitmap yet. */
  const stripsAt = useCallback(
    (vp: Viewport) => {
      const stretch = vp.zoom / scene.zoom;
      const first = chunkOf(vp.x * scene.zoom);
      const last = chunkOf(vp.x * scene.zoom + width / stretch);
      const ahead = [first - 1, last + 1].filter(
        (index) => shapeStrips.needs(index) || markerStrips.needs(index),
      );
      return { first, last, ahead };
    },
    [scene.zoom, width, shapeStrips, markerStrips],
  );

  // The strips beside the screen are drawn in idle time, one per idle period (a strip takes
  // 15–35 ms to draw here), from the view as it is then: a job queued before a new layout
  // draws the new layout's strips.
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
      // (The hidden world layer is not moved: moving a layer touches every shape in it.)
      for (const layer of [
        renderMode === 'naive' ? worldRef.current : null,
        overlayRef.current,
        ticksRef.current,
      ]) {
        if (!layer) continue;
        layer.x(offset);
        layer.scaleX(stretch);
      }
      if (renderMode === 'culled') {
        const { first, last, ahead } = stripsAt(vp);
        for (const layer of [shapeStrips, markerStrips]) {
          layer.move(offset, stretch);
          for (const index of layer.indices())
            if (index < first - 3 || index > last + 3) layer.release(index);
        }
        // Every strip on screen has its bitmap before the frame is shown (no blank strip).
        let drew = false;
        for (let index = first; index <= last; index++) drew = drawStrip(index) || drew;
        // The next strip on either side is drawn ahead, so a pan reaches strips that are ready:
        // in a frame that drew nothing else, or else in idle time.
        if (!drew && ahead.length > 0) drawStrip(ahead.shift()!);
        if (ahead.length > 0) drawAheadWhenIdle();
      } else worldRef.current?.batchDraw();
      // An empty overlay is not redrawn: every redrawn layer is a whole-screen bitmap that the
      // browser copies and composites again.
      const overlay = overlayRef.current;
      if (overlay && overlay.getChildren().length > 0) overlay.batchDraw();
      ticksRef.current?.batchDraw();
    },
    [scene.zoom, renderMode, shapeStrips, markerStrips, drawStrip, stripsAt, drawAheadWhenIdle],
  );

  // A new scene: strips whose shapes all stayed the same keep their bitmap (a marker added
  // redraws only the marker images around it); a new zoom, height or pixel ratio redraws all.
  const drawn = useRef<{
    chunks: Map<number, SceneChunk>;
    ticks: Map<number, readonly SceneTick[]>;
    zoom: number;
    height: number;
    pixelRatio: number;
  } | null>(null);
  useLayoutEffect(() => {
    const before = drawn.current;
    const keepAny =
      before !== null &&
      before.zoom === scene.zoom &&
      before.height === scene.height &&
      before.pixelRatio === pixelRatio;
    for (const index of shapeStrips.indices()) {
      if (
        keepAny &&
        sameBase(before.chunks.get(index), chunks.get(index), before.ticks.get(index), chunkTicks.get(index))
      )
        continue;
      shapeStrips.release(index);
    }
    for (const index of markerStrips.indices()) {
      const was = before?.chunks.get(index);
      const now = chunks.get(index);
      if (keepAny && was && now && now.markers.length > 0 && sameItems(was.markers, now.markers)) continue;
      markerStrips.release(index);
    }
    drawn.current = { chunks, ticks: chunkTicks, zoom: scene.zoom, height: scene.height, pixelRatio };
    // Strips on screen that lost their bitmap are drawn again before this frame is shown.
    applyViewport(viewport.get());
  }, [
    chunks,
    chunkTicks,
    scene.zoom,
    scene.height,
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

  const apply = (effects: GestureEffect[], el: HTMLElement) => {
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
          if (e.hit) cb.onTapItem?.(e.hit.itemId, { sceneX: p.x, laneId: laneAt(scene, p.y) });
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
    apply(machine.down(ev.pointerId, { x: ev.clientX, y: ev.clientY }, hitTest(scene, p.x, p.y, slop)), el);
  };
  const onPointerMove = (ev: React.PointerEvent<HTMLDivElement>) =>
    apply(machine.move(ev.pointerId, { x: ev.clientX, y: ev.clientY }), ev.currentTarget);
  const onPointerUp = (ev: React.PointerEvent<HTMLDivElement>) =>
    apply(machine.up(ev.pointerId, { x: ev.clientX, y: ev.clientY }, ev.timeStamp), ev.currentTarget);
  const onPointerCancel = (ev: React.PointerEvent<HTMLDivElement>) =>
    apply(machine.cancel(ev.pointerId), ev.currentTarget);

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
        <div ref={shapeStrips.hostRef()} className="lifeline-strips" style={STRIPS_HOST} />
        <div ref={markerStrips.hostRef()} className="lifeline-marker-strips" style={STRIPS_HOST} />
      </div>
      <Stage
        width={width}
        height={height}
        listening={false}
        style={{ position: 'absolute', left: 0, top: 0 }}
      >
        {/* The world's shapes. In the product this layer is never shown: each strip's group is
            drawn into its own bitmap (StripTiles). The naive baseline shows it, redrawn each frame. */}
        <Layer ref={worldRef} listening={false} visible={renderMode === 'naive'}>
          {renderMode === 'naive' ? (
            <ChunkContent
              chunk={{
                index: 0,
                bars: [...scene.bars],
                cards: [...scene.cards],
                dots: [...scene.dots],
                ages: scene.ages.map((row) => ({ row, ages: [...row.ages] })),
                markers: [...scene.markers],
              }}
              m={m}
              axisY={scene.axisY}
              widthPx={scene.widthPx}
              selectedId={selectedId}
              ticks={null}
              withMarkers
            />
          ) : (
            [...chunks.values()].map((chunk) => (
              <StripGroup key={chunk.index} strips={shapeStrips} index={chunk.index} height={scene.height}>
                <ChunkContent
                  chunk={chunk}
                  m={m}
                  axisY={scene.axisY}
                  widthPx={scene.widthPx}
                  selectedId={null}
                  ticks={chunkTicks.get(chunk.index) ?? NO_TICKS}
                  withMarkers={false}
                />
              </StripGroup>
            ))
          )}
          {renderMode === 'culled' &&
            [...chunks.values()]
              .filter((chunk) => chunk.markers.length > 0)
              .map((chunk) => (
                <StripGroup
                  key={`markers-${chunk.index}`}
                  strips={markerStrips}
                  index={chunk.index}
                  height={markerTileHeight}
                >
                  <MarkerStripContent markers={chunk.markers} axisY={scene.axisY} m={m} />
                </StripGroup>
              ))}
        </Layer>
        {renderMode === 'naive' && (
          <Layer ref={ticksRef} listening={false}>
            <Ticks viewport={viewport} ticksFor={props.ticksFor} axisY={scene.axisY} m={m} />
          </Layer>
        )}
        <Layer ref={overlayRef} listening={false} visible={!!(selectedBar || selectedCard)}>
          {selectedBar && <BarShape bar={selectedBar} m={m} selected />}
          {selectedCard && <CardShape card={selectedCard} axisY={scene.axisY} m={m} selected />}
        </Layer>
      </Stage>
      <LaneLabels scene={scene} />
    </div>
  );
});

export { CHUNK_PX };

/** The shapes of one strip (or, for the naive baseline, of the whole scene). */
const NO_TICKS: readonly SceneTick[] = [];

interface ChunkContentProps {
  chunk: SceneChunk;
  m: SceneMetrics;
  axisY: number;
  widthPx: number;
  selectedId: string | null;
  ticks: readonly SceneTick[] | null;
  /** Markers too (the naive baseline); the product draws them in strips of their own. */
  withMarkers: boolean;
}

const ChunkContent = memo(function ChunkContent({
  chunk,
  m,
  axisY,
  widthPx,
  selectedId,
  ticks,
  withMarkers,
}: ChunkContentProps) {
  return (
    <>
      <Line
        points={[0, axisY, widthPx, axisY]}
        stroke={WALL.axis}
        strokeWidth={6 * m.u}
        lineCap="round"
        perfectDrawEnabled={false}
      />
      {ticks && <TickMarks ticks={ticks} axisY={axisY} m={m} />}
      {chunk.bars.map((bar) => (
        <BarShape key={bar.itemId} bar={bar} m={m} selected={bar.itemId === selectedId} />
      ))}
      {chunk.ages.map(({ row, ages }) => (
        <Group key={row.memberId}>
          {ages.map((a) => (
            <Text
              key={a.x}
              x={a.x - 30 * m.u}
              y={row.y}
              width={60 * m.u}
              align="center"
              text={a.label}
              fontSize={m.smallFont}
              fontFamily={FONT}
              fill={WALL.inkSoft}
              perfectDrawEnabled={false}
            />
          ))}
        </Group>
      ))}
      {chunk.dots.map((d) => (
        <DotShape key={d.itemId} dot={d} axisY={axisY} m={m} />
      ))}
      {chunk.cards.map((c) => (
        <CardShape key={c.itemId} card={c} axisY={axisY} m={m} selected={false} />
      ))}
      {withMarkers && <MarkerStripContent markers={chunk.markers} axisY={axisY} m={m} />}
    </>
  );
}, sameChunkContent);

/** A strip whose shapes other than its markers are the same skips its render (a marker was added). */
function sameChunkContent(a: ChunkContentProps, b: ChunkContentProps): boolean {
  return sameFields(a, b, {
    chunk: (x, y) =>
      x === y ||
      (sameBase(x, y, undefined, undefined) && (!a.withMarkers || sameItems(x.markers, y.markers))),
  });
}

/** One strip's shapes in the hidden world layer, clipped to the strip (and its overlap). */
function StripGroup({
  strips,
  index,
  height,
  children,
}: {
  strips: StripTiles;
  index: number;
  height: number;
  children: React.ReactNode;
}) {
  return (
    <Group
      clipX={index * CHUNK_PX - TILE_OVERLAP_PX}
      clipY={0}
      clipWidth={CHUNK_PX + 2 * TILE_OVERLAP_PX}
      clipHeight={height}
      ref={strips.groupRef(index)}
    >
      {children}
    </Group>
  );
}

const STRIPS_HOST: React.CSSProperties = {
  position: 'absolute',
  left: 0,
  top: 0,
  transformOrigin: '0 0',
  willChange: 'transform',
};

const MarkerStripContent = memo(function MarkerStripContent({
  markers,
  axisY,
  m,
}: {
  markers: readonly SceneMarker[];
  axisY: number;
  m: SceneMetrics;
}) {
  return (
    <>
      {markers.map((mk) => (
        <MarkerShape key={mk.markerId} marker={mk} axisY={axisY} m={m} />
      ))}
    </>
  );
});

/** The naive baseline's ticks: recomputed for the visible range on every pan. */
const Ticks = memo(function Ticks({
  viewport,
  ticksFor,
  axisY,
  m,
}: {
  viewport: ViewportStore;
  ticksFor: (vp: Viewport) => readonly SceneTick[];
  axisY: number;
  m: SceneMetrics;
}) {
  const vp = useSyncExternalStore(viewport.subscribe, viewport.get);
  return <TickMarks ticks={ticksFor(vp)} axisY={axisY} m={m} />;
});

/** Axis ticks with year (or month) labels. */
function TickMarks({ ticks, axisY, m }: { ticks: readonly SceneTick[]; axisY: number; m: SceneMetrics }) {
  return (
    <>
      {ticks.map((t) => (
        <Group key={`${t.x}-${t.label}`}>
          <Line
            points={[t.x, axisY - (t.major ? 16 : 9) * m.u, t.x, axisY + (t.major ? 16 : 9) * m.u]}
            stroke={t.major ? WALL.axis : WALL.tickMinor}
            strokeWidth={(t.major ? 3 : 2) * m.u}
            perfectDrawEnabled={false}
          />
          {t.label && (
            <Text
              x={t.x - 60 * m.u}
              y={axisY + 20 * m.u}
              width={120 * m.u}
              align="center"
              text={t.label}
              fontSize={t.major ? m.tickFont : m.smallFont}
              fontStyle={t.major ? 'bold' : 'normal'}
              fontFamily={FONT}
              fill={t.major ? WALL.ink : WALL.inkSoft}
              perfectDrawEnabled={false}
            />
          )}
        </Group>
      ))}
    </>
  );
}

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
    fontSize: m.smallFont,
    fontFamily: FONT,
    fontWeight: 'bold',
    lineHeight: 1,
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
            padding: `0 ${6 * m.u}px 0 ${14 * m.u}px`,
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
