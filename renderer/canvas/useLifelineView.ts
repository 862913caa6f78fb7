import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { sameItems, sameJson } from '@shared/store/equality';
import { shareScene } from './shareScene';
import type { CaseState, Language } from '@shared/model';
import { buildWallScene, overviewOf, type ScaleInfo } from './buildScene';
import { ViewportStore, type Viewport } from './viewportStore';
import type { DragPreview } from './dragToCommand';
import type { WallScene } from './sceneTypes';
import type { OverviewMark } from './OverviewStrip';
import { WALL_TYPE } from '@shared/layout';
import { fontsReady, measureText } from './measureText';
import type { KeyHandlers } from '../app/useKeyMap';

export interface LifelineView {
  readonly store: ViewportStore;
  readonly scene: WallScene | null;
  readonly scaleInfo: ScaleInfo;
  readonly zoomPercent: number;
  readonly overviewMarks: readonly OverviewMark[];
  readonly overviewYears: readonly { x: number; label: string }[];
  panBy(dxPx: number): void;
  zoomAt(factor: number, screenX: number): void;
  zoomCentre(factor: number): void;
  fitAll(): void;
  centreOn(metres: number): void;
  /**
   * Zooms in, centred on these moments, to the first zoom (steps of 1.5×) at which the layout
   * gives every one of them a card — found by laying the lifeline out at each step, without
   * drawing it.
   */
  zoomUntilCards(itemIds: readonly string[]): void;
  setTrueSize(displayWidthCm: number): void;
  /** The viewport that shows days `fromDay`…`toDay` across the screen (null: the whole line). */
  viewportFor(range: { fromDay: number; toDay: number } | null): Viewport;
  /** Screen pixels per day at a day, at the current zoom. */
  pxPerDayAt(day: number): number;
  dayAtSceneX(sceneX: number): number;
  itemScreenPoint(itemId: string): { x: number; y: number } | null;
  /** Keyboard navigation; returns true when the key was used. */
  /** What the key map's view actions (arrows, + and -, 0) do on this lifeline. */
  readonly keys: Pick<KeyHandlers, 'panLeft' | 'panRight' | 'zoomIn' | 'zoomOut' | 'fitAll'>;
}

const PAD_PX = 40;
/** How long the zoom must rest before the lifeline is laid out again at the new zoom. */
export const RELAYOUT_AFTER_MS = 120;

/**
 * Viewport state and scene for one lifeline view (console or wall). The scene is rebuilt when
 * the data, the size or the zoom changes; panning only moves the viewport.
 */
export interface LifelineViewOptions {
  readonly width: number;
  readonly height: number;
  readonly lang: Language;
  readonly preview: DragPreview | null;
  /** Type unit of the drawing (the wall's from wallTypeUnit; the console's is smaller). */
  readonly unit: number;
  /** Rows for marker badges (0: no markers drawn), kept even while empty when `reserveMarkerRows`. */
  readonly markerRows: number;
  readonly reserveMarkerRows: boolean;
}

export function useLifelineView(caseState: CaseState, opts: LifelineViewOptions): LifelineView {
  const { width, height, lang, preview, unit: u, markerRows, reserveMarkerRows } = opts;
  // A sticker, card or phase change leaves the drawing as it is: keep the last scene input so the
  // scene (layout, cached strips) is not rebuilt for it.
  const [state, setState] = useState(caseState);
  if (state !== caseState && !sameDrawing(state, caseState)) setState(caseState);
  const axis = state.case.axis;
  const lengthMetres = axis.lengthMetres;
  // Text is measured with the wall's own typeface: no layout before it is loaded.
  const [fontsLoaded, setFontsLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    void fontsReady().then(() => live && setFontsLoaded(true));
    return () => {
      live = false;
    };
  }, []);
  // The plate at the left is as wide as the longest lane or age-row name (within limits).
  const plateNames = useMemo(
    () =>
      JSON.stringify([
        ...state.lanes.map((l) => l.name),
        ...(state.case.settings.showAges
          ? state.members
              .filter((mm) => mm.birthYear !== null)
              .map((mm) => `${mm.pseudonym} (${mm.birthYear})`)
          : []),
      ]),
    [state.lanes, state.members, state.case.settings.showAges],
  );
  const labelWidth = useMemo(() => {
    if (!fontsLoaded) return Math.round(170 * u);
    const px = Math.round(WALL_TYPE.text * u);
    const widest = Math.max(0, ...(JSON.parse(plateNames) as string[]).map((n) => measureText(n, px, true)));
    return Math.round(Math.min(300 * u, Math.max(150 * u, widest + 30 * u)));
  }, [plateNames, u, fontsLoaded]);

  const limits = useMemo(() => {
    const usable = Math.max(1, width - labelWidth - PAD_PX * 2);
    const fit = usable / lengthMetres;
    return { fit, min: fit * 0.5, max: Math.max(fit * 400, 20_000) };
  }, [width, labelWidth, lengthMetres]);

  const fitViewport = useCallback(
    (): Viewport => ({ zoom: limits.fit, x: -(labelWidth + PAD_PX) / limits.fit }),
    [limits.fit, labelWidth],
  );

  const [store] = useState(() => new ViewportStore({ x: 0, zoom: 1 }));

  const [zoom, setZoom] = useState(() => store.get().zoom);
  // No scene until the view has been fitted to its real size once (no flash at a wrong zoom).
  const [fitted, setFitted] = useState(false);

  // First real size, or a changed lifeline length: show it all.
  const fittedFor = useRef('');
  useEffect(() => {
    // (the plate's width is measured in the wall's typeface: fit once it is loaded)
    if (width <= 0 || !fontsLoaded) return;
    const key = `${width}:${lengthMetres}`;
    if (fittedFor.current === key) return;
    fittedFor.current = key;
    const fitted = fitViewport();
    store.set(fitted);
    setZoom(fitted.zoom);
    setFitted(true);
  }, [width, lengthMetres, fitViewport, store, fontsLoaded]);

  const clamp = useCallback(
    (vp: Viewport): Viewport => {
      const zoom = Math.min(limits.max, Math.max(limits.min, vp.zoom));
      const visible = width / zoom;
      const minX = -visible + (labelWidth + PAD_PX * 2) / zoom;
      const maxX = lengthMetres - (labelWidth + PAD_PX * 2) / zoom;
      return { zoom, x: Math.min(maxX, Math.max(minX, vp.x)) };
    },
    [limits, width, labelWidth, lengthMetres],
  );

  // The scene is laid out at `zoom`; while a zoom gesture runs the canvas stretches the last
  // layout and a new one is made once the viewport's zoom has been still for a moment.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setZoom(store.get().zoom), RELAYOUT_AFTER_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store]);
  const buildOptions = useMemo(
    () => ({
      width,
      height,
      lang,
      u,
      labelWidth,
      pad: PAD_PX,
      preview,
      measure: measureText,
      markerRows,
      reserveMarkerRows,
    }),
    [width, height, lang, u, labelWidth, preview, markerRows, reserveMarkerRows],
  );
  const built = useMemo(
    () =>
      fitted && fontsLoaded && width > 0 && height > 0
        ? buildWallScene(state, { ...buildOptions, zoom })
        : null,
    [fitted, fontsLoaded, state, zoom, width, height, buildOptions],
  );
  // Shapes that did not change keep their objects, so their drawing (and cached strips) is kept.
  const [shared, setShared] = useState<{ from: typeof built; scene: WallScene | null }>({
    from: null,
    scene: null,
  });
  let scene = shared.scene;
  if (shared.from !== built) {
    scene = built ? shareScene(shared.scene, built.scene) : null;
    setShared({ from: built, scene });
  }
  const scaleInfo = useMemo(() => built?.scaleInfo ?? null, [built]);

  // The overview shows moments and periods only: a marker does not redraw it.
  const [overviewInput, setOverviewInput] = useState(state);
  if (overviewInput !== state && !sameOverview(overviewInput, state)) setOverviewInput(state);
  const overview = useMemo(() => overviewOf(overviewInput, lang), [overviewInput, lang]);

  return useMemo((): LifelineView => {
    const panBy = (dxPx: number) => {
      const vp = store.get();
      store.set(clamp({ ...vp, x: vp.x - dxPx / vp.zoom }));
    };
    const zoomAt = (factor: number, screenX: number) => {
      const vp = store.get();
      const next = clamp({ ...vp, zoom: vp.zoom * factor });
      const worldAtPointer = vp.x + screenX / vp.zoom;
      store.set(clamp({ zoom: next.zoom, x: worldAtPointer - screenX / next.zoom }));
    };
    const centreOn = (metres: number) => {
      const vp = store.get();
      store.set(clamp({ ...vp, x: metres - width / 2 / vp.zoom }));
    };
    const info = scaleInfo;
    return {
      store,
      scene,
      scaleInfo: info ?? { toDay: () => 0, toMetres: () => 0, zoom },
      zoomPercent: Math.round((zoom / limits.fit) * 100),
      overviewMarks: overview.marks,
      overviewYears: overview.years,
      panBy,
      zoomAt,
      zoomCentre: (factor) => zoomAt(factor, width / 2),
      fitAll: () => store.set(fitViewport()),
      centreOn,
      zoomUntilCards: (itemIds) => {
        if (!built) return;
        const ids = new Set(itemIds);
        let z = store.get().zoom;
        let at = built.scene;
        for (let step = 0; step < 16 && z < limits.max; step++) {
          z = Math.min(limits.max, z * 1.5);
          at = buildWallScene(state, { ...buildOptions, zoom: z }).scene;
          if (!at.groups.some((g) => g.itemIds.some((id) => ids.has(id)))) break;
        }
        const xs = [
          ...at.cards.filter((c) => ids.has(c.itemId)).map((c) => c.anchorX),
          ...at.dots.filter((d) => ids.has(d.itemId)).map((d) => d.x),
        ];
        if (xs.length === 0) return;
        const centre = (Math.min(...xs) + Math.max(...xs)) / 2 / at.zoom;
        store.set(clamp({ zoom: z, x: centre - (width + labelWidth) / 2 / z }));
      },
      setTrueSize: (displayWidthCm) => {
        const pxPerMetre = width / (displayWidthCm / 100);
        const vp = store.get();
        const centre = vp.x + width / 2 / vp.zoom;
        const zoomTo = Math.min(limits.max, Math.max(limits.min, pxPerMetre));
        store.set(clamp({ zoom: zoomTo, x: centre - width / 2 / zoomTo }));
      },
      viewportFor: (range) => {
        if (!range || !info) return fitViewport();
        const from = info.toMetres(range.fromDay);
        const to = info.toMetres(range.toDay);
        const usable = Math.max(1, width - labelWidth - PAD_PX * 2);
        const z = Math.min(limits.max, Math.max(limits.min, usable / Math.max(1e-6, to - from)));
        // the range's middle in the middle of the room right of the lane labels
        return clamp({ zoom: z, x: (from + to) / 2 - (labelWidth + PAD_PX + usable / 2) / z });
      },
      pxPerDayAt: (day) => (info ? (info.toMetres(day + 1) - info.toMetres(day)) * store.get().zoom : 0),
      dayAtSceneX: (sceneX) => (info ? info.toDay(sceneX / zoom) : 0),
      itemScreenPoint: (itemId) => {
        if (!scene) return null;
        const vp = store.get();
        const toScreen = (sceneX: number) => (sceneX / scene.zoom - vp.x) * vp.zoom;
        const card = scene.cards.find((c) => c.itemId === itemId);
        if (card) return { x: toScreen(card.x + card.width / 2), y: card.y + card.height / 2 };
        const bar = scene.bars.find((b) => b.itemId === itemId);
        if (bar) return { x: toScreen((bar.x0 + bar.x1) / 2), y: bar.y + bar.height / 2 };
        const dot = scene.dots.find((d) => d.itemId === itemId);
        if (dot) return { x: toScreen(dot.x), y: scene.axisY };
        return null;
      },
      keys: {
        panLeft: () => panBy(width * 0.25),
        panRight: () => panBy(-width * 0.25),
        zoomIn: () => zoomAt(1.5, width / 2),
        zoomOut: () => zoomAt(1 / 1.5, width / 2),
        fitAll: () => store.set(fitViewport()),
      },
    };
  }, [
    store,
    scene,
    scaleInfo,
    zoom,
    limits,
    overview,
    width,
    labelWidth,
    clamp,
    fitViewport,
    built,
    state,
    buildOptions,
  ]);
}

/**
 * Whether two case states draw the same lifeline: records compared by identity (a re-read keeps
 * unchanged records, see reuseUnchanged), the case's axis and settings by content (the case
 * record itself changes with every edit, for its updatedAt).
 */
export function sameDrawing(a: CaseState, b: CaseState): boolean {
  return (
    sameJson(a.case.axis, b.case.axis) &&
    sameJson(a.case.settings, b.case.settings) &&
    sameItems(a.items, b.items) &&
    sameItems(a.lanes, b.lanes) &&
    sameItems(a.members, b.members) &&
    sameItems(a.markers, b.markers) &&
    sameItems(a.participants, b.participants)
  );
}

function sameOverview(a: CaseState, b: CaseState): boolean {
  return sameJson(a.case.axis, b.case.axis) && sameItems(a.items, b.items) && sameItems(a.lanes, b.lanes);
}
