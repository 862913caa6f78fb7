import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { Layer, Line, Rect, Stage, Text, Group } from 'react-konva';
import type Konva from 'konva';
import type { WallScene } from './sceneTypes';
import { BarShape, CardShape, DotShape, FONT, MarkerShape } from './SceneShapes';
import { WALL } from './palette';
import type { Viewport, ViewportStore } from './viewportStore';
import { GestureMachine, type GestureEffect, type HitPart } from './gestures';
import { hitTest, laneAt } from './hitTest';
import type { SceneMetrics, SceneTick } from './sceneTypes';
import { chunkOf, CHUNK_PX, groupSceneIntoChunks, type SceneChunk } from './chunks';
import { textFlow } from './textFlow';
import { sameChunk } from './shareScene';

const requestIdle = (f: () => void): number =>
  typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(f, { timeout: 300 }) : window.setTimeout(f, 30);
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
  const callbacks = useRef(props);
  useLayoutEffect(() => {
    callbacks.current = props;
  });
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

type StageProps = Pick<LifelineCanvasProps, 'scene' | 'width' | 'height' | 'viewport' | 'ticksFor' | 'editable' | 'selectedId'> & {
  readonly renderMode: 'culled' | 'naive';
  readonly callbacks: { readonly current: LifelineCanvasProps };
};

const LifelineStage = memo(function LifelineStage(props: StageProps) {
  const { scene, width, height, viewport, editable, selectedId, renderMode, callbacks } = props;
  const worldRef = useRef<Konva.Layer>(null);
  const overlayRef = useRef<Konva.Layer>(null);
  const ticksRef = useRef<Konva.Layer>(null);
  // Konva groups per chunk, filled by ref callbacks (a stable Map, not React state).
  const [chunkGroups] = useState(() => new Map<number, Konva.Group>());
  const m = scene.metrics;
  const machine = useMemo(
    () => new GestureMachine({ slop: 10 * Math.min(m.u, 1.5), editable, doubleTapMs: 350 }),
    [editable, m.u],
  );

  const chunks = useMemo(() => groupSceneIntoChunks(scene), [scene]);
  // Ticks belong to the zoom, not to the pan: each strip draws (and caches) its own.
  const ticksFor = props.ticksFor;
  const chunkTicks = useMemo(
    () => new Map([...chunks.keys()].map((index) => [index, ticksFor({ x: (index * CHUNK_PX) / scene.zoom, zoom: scene.zoom })])),
    [chunks, ticksFor, scene.zoom],
  );
  // Bitmaps of the strips drawn so far for this scene.
  const [cached] = useState(() => new Set<number>());
  const [pending] = useState(() => new Set<number>());
  const idleJob = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (idleJob.current !== null) cancelIdle(idleJob.current);
    },
    [],
  );

  /** Draws strip `index` into its bitmap; false when it is gone, hidden or already cached. */
  const cacheStrip = useCallback(
    (index: number): boolean => {
      pending.delete(index);
      const group = chunkGroups.get(index);
      if (!group || !group.visible() || cached.has(index)) return false;
      group.cache({ x: index * CHUNK_PX, y: 0, width: CHUNK_PX, height: scene.height, pixelRatio: window.devicePixelRatio || 1 });
      cached.add(index);
      return true;
    },
    [chunkGroups, cached, pending, scene.height],
  );

  const applyViewport = useCallback(
    (vp: Viewport) => {
      const world = worldRef.current;
      if (!world) return;
      // While a zoom gesture runs the scene keeps its layout and is stretched; it is laid out
      // anew at the new zoom once the gesture pauses (useLifelineView).
      const stretch = vp.zoom / scene.zoom;
      const offset = -vp.x * vp.zoom;
      for (const layer of [world, overlayRef.current, ticksRef.current]) {
        if (!layer) continue;
        layer.x(offset);
        layer.scaleX(stretch);
      }
      if (renderMode === 'culled') {
        const left = vp.x * scene.zoom;
        const right = left + width / stretch;
        const first = chunkOf(left - CHUNK_PX / 2);
        const last = chunkOf(right + CHUNK_PX / 2);
        for (const [index, group] of chunkGroups) {
          const near = index >= first && index <= last;
          group.visible(near);
          if (near && !cached.has(index)) pending.add(index);
          else if (!near && cached.has(index) && (index < first - 3 || index > last + 3)) {
            group.clearCache();
            cached.delete(index);
          }
        }
        // A strip new on screen is turned into a bitmap at once, one per frame (the nearest
        // first), so it is drawn shape by shape in one frame only; other strips waiting for
        // their bitmap are drawn directly meanwhile. Idle time is rare while a gesture runs.
        const centre = chunkOf((left + right) / 2);
        const nearest = [...pending].filter((i) => chunkGroups.get(i)?.visible()).sort((a, b) => Math.abs(a - centre) - Math.abs(b - centre))[0];
        if (nearest !== undefined) cacheStrip(nearest);
        if (pending.size > 0 && idleJob.current === null) {
          const cacheOne = () => {
            idleJob.current = null;
            const index = pending.values().next().value;
            if (index === undefined) return;
            if (cacheStrip(index)) worldRef.current?.batchDraw();
            if (pending.size > 0) idleJob.current = requestIdle(cacheOne);
          };
          idleJob.current = requestIdle(cacheOne);
        }
      }
      world.batchDraw();
      // An empty overlay is not redrawn: every redrawn layer is a whole-screen bitmap that the
      // browser copies and composites again.
      const overlay = overlayRef.current;
      if (overlay && overlay.getChildren().length > 0) overlay.batchDraw();
      ticksRef.current?.batchDraw();
    },
    [scene.zoom, scene.height, width, renderMode, chunkGroups, cached, pending, cacheStrip],
  );

  // A new scene: strips whose shapes all stayed the same keep their bitmap (a marker added
  // redraws its strips only); a new zoom or height redraws every strip.
  const drawn = useRef<{ chunks: Map<number, SceneChunk>; ticks: Map<number, readonly SceneTick[]>; zoom: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const before = drawn.current;
    const keepAny = before !== null && before.zoom === scene.zoom && before.height === scene.height;
    for (const index of [...cached]) {
      if (keepAny && sameChunk(before.chunks.get(index), chunks.get(index), before.ticks.get(index), chunkTicks.get(index))) continue;
      chunkGroups.get(index)?.clearCache();
      cached.delete(index);
    }
    pending.clear();
    drawn.current = { chunks, ticks: chunkTicks, zoom: scene.zoom, height: scene.height };
    // Strips on screen that lost their bitmap get a new one when the browser is idle.
    applyViewport(viewport.get());
  }, [chunks, chunkTicks, scene.zoom, scene.height, cached, pending, chunkGroups, applyViewport, viewport]);

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
  const onPointerCancel = (ev: React.PointerEvent<HTMLDivElement>) => apply(machine.cancel(ev.pointerId), ev.currentTarget);

  const onWheel = (ev: React.WheelEvent<HTMLDivElement>) => {
    const rect = ev.currentTarget.getBoundingClientRect();
    if (ev.ctrlKey || ev.metaKey) {
      callbacks.current.onZoom(Math.exp(-ev.deltaY * 0.0025), ev.clientX - rect.left);
    } else {
      const d = Math.abs(ev.deltaX) > Math.abs(ev.deltaY) ? ev.deltaX : ev.deltaY;
      callbacks.current.onPan(-d);
    }
  };

  const laneLabelPlate = m.laneLabelWidth;
  const selectedCard = selectedId ? scene.cards.find((c) => c.itemId === selectedId) : undefined;
  const selectedBar = selectedId ? scene.bars.find((b) => b.itemId === selectedId) : undefined;

  return (
    <div
      className="lifeline-canvas"
      style={{ width, height, touchAction: 'none', position: 'relative' }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerCancel}
      onWheel={onWheel}
      data-testid="lifeline-canvas"
    >
      <Stage width={width} height={height} listening={false}>
        <Layer listening={false}>
          <Rect x={0} y={0} width={width} height={height} fill={WALL.paper} />
          {scene.lanes.map((lane, i) => (
            <Rect key={lane.id} x={0} y={lane.y} width={width} height={lane.height} fill={i % 2 ? WALL.laneOdd : WALL.laneEven} />
          ))}
        </Layer>
        <Layer ref={worldRef} listening={false}>
          <Line points={[0, scene.axisY, scene.widthPx, scene.axisY]} stroke={WALL.axis} strokeWidth={6 * m.u} lineCap="round" />
          {renderMode === 'naive' ? (
            <ChunkContent
              chunk={{ index: 0, bars: [...scene.bars], cards: [...scene.cards], dots: [...scene.dots], ages: scene.ages.map((row) => ({ row, ages: [...row.ages] })), markers: [...scene.markers] }}
              scene={scene}
              selectedId={selectedId}
              ticks={null}
            />
          ) : (
            [...chunks.values()].map((chunk) => (
              <Group
                key={chunk.index}
                clipX={chunk.index * CHUNK_PX}
                clipY={0}
                clipWidth={CHUNK_PX}
                clipHeight={scene.height}
                visible={false}
                ref={(g) => {
                  if (g) chunkGroups.set(chunk.index, g);
                  else chunkGroups.delete(chunk.index);
                }}
              >
                <ChunkContent chunk={chunk} scene={scene} selectedId={null} ticks={chunkTicks.get(chunk.index) ?? []} />
              </Group>
            ))
          )}
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
        <Layer listening={false}>
          {scene.lanes.map((lane) => (
            <Group key={lane.id}>
              <Rect x={0} y={lane.y} width={laneLabelPlate} height={lane.height} fill={WALL.paper} opacity={0.92} />
              <Rect x={0} y={lane.y} width={8 * m.u} height={lane.height} fill={lane.colour} />
              <Text
                x={14 * m.u}
                y={lane.y}
                height={lane.height}
                width={laneLabelPlate - 20 * m.u}
                verticalAlign="middle"
                text={lane.name}
                {...textFlow(lane.name)}
                fontSize={m.smallFont}
                fontStyle="bold"
                fontFamily={FONT}
                fill={WALL.ink}
                wrap="none"
                ellipsis
              />
            </Group>
          ))}
          {scene.ages.map((row) => (
            <Text
              key={row.memberId}
              x={14 * m.u}
              y={row.y}
              width={laneLabelPlate - 20 * m.u}
              text={row.name}
              {...textFlow(row.name)}
              fontSize={m.smallFont}
              fontStyle="bold"
              fontFamily={FONT}
              fill={WALL.inkSoft}
              wrap="none"
              ellipsis
            />
          ))}
        </Layer>
      </Stage>
    </div>
  );
});

export { CHUNK_PX };


/** The shapes of one strip (or, for the naive baseline, of the whole scene). */
function ChunkContent({ chunk, scene, selectedId, ticks }: { chunk: SceneChunk; scene: WallScene; selectedId: string | null; ticks: readonly SceneTick[] | null }) {
  const m = scene.metrics;
  return (
    <>
      {ticks && <TickMarks ticks={ticks} axisY={scene.axisY} m={m} />}
      {chunk.bars.map((bar) => (
        <BarShape key={bar.itemId} bar={bar} m={m} selected={bar.itemId === selectedId} />
      ))}
      {chunk.ages.map(({ row, ages }) => (
        <Group key={row.memberId}>
          {ages.map((a) => (
            <Text key={a.x} x={a.x - 30 * m.u} y={row.y} width={60 * m.u} align="center" text={a.label} fontSize={m.smallFont} fontFamily={FONT} fill={WALL.inkSoft} perfectDrawEnabled={false} />
          ))}
        </Group>
      ))}
      {chunk.dots.map((d) => (
        <DotShape key={d.itemId} dot={d} axisY={scene.axisY} m={m} />
      ))}
      {chunk.cards.map((c) => (
        <CardShape key={c.itemId} card={c} axisY={scene.axisY} m={m} selected={false} />
      ))}
      {chunk.markers.map((mk) => (
        <MarkerShape key={mk.markerId} marker={mk} axisY={scene.axisY} m={m} />
      ))}
    </>
  );
}

/** Axis ticks and labels for the visible range: the only part that re-renders while panning. */
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
