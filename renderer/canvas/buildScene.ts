import type { CaseState, ItemRecord, Language } from '@shared/model';
import { createAxisScale, type AxisScale } from '@shared/axis';
import { ageAt, dayToYmd, fuzzySpan, isoToDay, isUncertain, yearStart } from '@shared/time';
import {
  ageLabels,
  cardGeometry,
  draggedDates,
  layoutMoments,
  momentInputs,
  yearSpanLabel,
  packBadges,
  packRows,
  timeScale,
  WALL_TYPE,
  type TextMeasure,
} from '@shared/layout';
import { textDirection } from '@shared/text/direction';
import type {
  SceneAgeRow,
  SceneBar,
  SceneCard,
  SceneGroup,
  SceneLane,
  SceneMarker,
  SceneMetrics,
  WallScene,
} from './sceneTypes';
import type { DragPreview } from './dragToCommand';
import type { OverviewMark } from './OverviewStrip';

/** Converts between metres on the lifeline and days (for taps and drags). */
export interface ScaleInfo {
  toDay(metres: number): number;
  toMetres(day: number): number;
  readonly zoom: number;
}

const scaleCache = new WeakMap<object, AxisScale>();
/** One scale per axis object (records are immutable, so identity is a safe cache key). */
export function scaleOf(state: CaseState): AxisScale {
  const axis = state.case.axis;
  let s = scaleCache.get(axis);
  if (!s) {
    s = createAxisScale(axis);
    scaleCache.set(axis, s);
  }
  return s;
}

export interface BuildOptions {
  readonly zoom: number;
  /** The canvas: its width (for the margins beside the line) and height (everything fits in it). */
  readonly width: number;
  readonly height: number;
  readonly lang: Language;
  /** Type unit: sizes are WALL_TYPE × u (the wall: at least 1; the console draws smaller). */
  readonly u: number;
  readonly labelWidth: number;
  /** Room kept beside the ends of the line at "fit all" (cards may use it). */
  readonly pad: number;
  readonly preview: DragPreview | null;
  readonly measure: TextMeasure;
  /** Rows for marker badges above the cards; 0 draws no markers. */
  readonly markerRows: number;
  /** Keep the marker rows even while there are no markers (a round), so a new marker moves nothing. */
  readonly reserveMarkerRows: boolean;
}

export function sceneMetrics(u: number, labelWidth: number): Omit<SceneMetrics, 'density'> {
  return {
    u,
    titleFont: Math.round(WALL_TYPE.title * u),
    textFont: Math.round(WALL_TYPE.text * u),
    yearFont: Math.round(WALL_TYPE.year * u),
    groupFont: Math.round(WALL_TYPE.group * u),
    laneLabelWidth: labelWidth,
  };
}

/**
 * Lays out the whole lifeline at one zoom, top to bottom: marker badges, cards above the line,
 * the axis with years (and months or seasons) and the family members' ages, cards below the
 * line, and the lanes with their periods. The lanes get slimmer, and at last make way, before
 * the cards lose their last row above and below the line; where cards do not fit, their moments
 * are counted in groups (shared/layout/momentLayout).
 */
export function buildWallScene(
  state: CaseState,
  opts: BuildOptions,
): { scene: WallScene; scaleInfo: ScaleInfo } {
  const { zoom, height, lang, u, measure } = opts;
  const base = sceneMetrics(u, opts.labelWidth);
  const r = (v: number) => Math.round(v * u);
  const scale = scaleOf(state);
  const px = (day: number) => scale.toMetres(day) * zoom;
  const widthPx = scale.lengthMetres * zoom;
  const minX = -(opts.labelWidth + opts.pad) + r(6);
  const maxX = widthPx + opts.pad - r(6);
  const laneById = new Map(state.lanes.map((l) => [l.id, l]));
  const items = state.items.map((item) => withPreview(item, opts.preview, scale, zoom));

  // Periods: rows within each lane, so overlapping periods never hide each other.
  const periods = items.filter((i) => i.shape === 'period');
  const rowsByLane = new Map<string, Map<string, number>>();
  for (const lane of state.lanes) {
    const spans = periods
      .filter((p) => p.laneId === lane.id)
      .map((p) => ({ id: p.id, x0: px(fuzzySpan(p.start).start), x1: periodEndPx(p, scale, zoom) }));
    rowsByLane.set(lane.id, packRows(spans, r(6)));
  }
  const laneRows = state.lanes.map((l) =>
    Math.max(1, ...[...(rowsByLane.get(l.id)?.values() ?? [])].map((row) => row + 1)),
  );

  // Vertical bands.
  const top = r(6);
  const stem = r(12);
  const markers =
    opts.markerRows > 0 ? markerBadges(state, scale, zoom, base, minX, maxX, opts.markerRows, measure) : null;
  const badgeRows = markers ? (opts.reserveMarkerRows ? opts.markerRows : markers.rows) : 0;
  const markerBand = badgeRows > 0 ? badgeRows * (markers!.badgeH + r(6)) + r(4) : 0;
  const tickBand = r(6) + Math.round(base.yearFont * 1.3) + r(4);
  const ageRowH = Math.round(base.textFont * 1.2);
  const withAges = state.case.settings.showAges ? state.members.filter((mm) => mm.birthYear !== null) : [];
  const ageBand = withAges.length * ageRowH;
  const fixed = top + markerBand + stem + tickBand + ageBand + stem;
  const geometry = (d: 'full' | 'title') =>
    cardGeometry(d, { unit: u, titlePx: base.titleFont, detailPx: base.textFont });
  const fullPitch = geometry('full').height + geometry('full').rowGap;
  const titlePitch = geometry('title').height + geometry('title').rowGap;
  const lanesIn = (kind: 'roomy' | 'compact') => {
    const barHeight = kind === 'roomy' ? r(32) : r(24);
    const rowH = barHeight + (kind === 'roomy' ? r(6) : r(2));
    const pad = kind === 'roomy' ? r(4) : r(1);
    const heights = laneRows.map((rows) => rows * rowH + pad * 2);
    return { kind, barHeight, rowH, pad, heights, total: heights.reduce((a, b) => a + b, 0) };
  };
  // Roomy lanes while two rows of full cards fit on either side; slim lanes while one row of
  // titles does; else the lanes make way (never cut mid-row).
  let lanes = lanesIn('roomy');
  if (height - fixed - lanes.total < 4 * fullPitch) lanes = lanesIn('compact');
  const showLanes = height - fixed - lanes.total >= 2 * titlePitch;
  const lanesTotal = showLanes ? lanes.total : 0;
  const free = Math.max(0, height - fixed - lanesTotal);
  const heightAbove = Math.ceil(free / 2);
  const heightBelow = free - heightAbove;
  const axisY = top + markerBand + heightAbove + stem;
  const belowTop = axisY + tickBand + ageBand + stem;

  const sceneLanes: SceneLane[] = [];
  let y = Math.max(belowTop + heightBelow, height - lanesTotal);
  if (showLanes)
    state.lanes.forEach((l, i) => {
      sceneLanes.push({
        id: l.id,
        name: l.name,
        colour: l.colour,
        y,
        height: lanes.heights[i]!,
        family: l.kind === 'family',
      });
      y += lanes.heights[i]!;
    });
  const laneY = new Map(sceneLanes.map((l) => [l.id, l.y]));

  const barsInRows: Omit<SceneBar, 'roomAfter'>[] = showLanes
    ? periods.map((p) => {
        const lane = laneById.get(p.laneId);
        const s = fuzzySpan(p.start);
        const x0 = px(s.start);
        const x1 = periodEndPx(p, scale, zoom);
        const endSpan = p.end ? fuzzySpan(p.end) : null;
        const row = rowsByLane.get(p.laneId)?.get(p.id) ?? 0;
        return {
          itemId: p.id,
          laneId: p.laneId,
          x0,
          x1: Math.max(x1, x0 + 4),
          y:
            (laneY.get(p.laneId) ?? 0) +
            lanes.pad +
            row * lanes.rowH +
            Math.round((lanes.rowH - lanes.barHeight) / 2),
          height: lanes.barHeight,
          colour: lane?.colour ?? '#555555',
          title: p.title,
          fadeStart: isUncertain(p.start) ? px(s.end) - x0 : 0,
          fadeEnd: endSpan
            ? isUncertain(p.end!)
              ? px(endSpan.end) - px(endSpan.start)
              : 0
            : Math.max(60 * u, (x1 - x0) * 0.25),
          ongoing: p.end === null,
        };
      })
    : [];
  const bars: SceneBar[] = withRoomAfter(barsInRows, maxX);

  // Moments: cards where they fit, else counted in groups.
  const moments = items.filter((i) => i.shape === 'moment');
  const momentById = new Map(moments.map((mm) => [mm.id, mm]));
  const layout = layoutMoments(momentInputs(moments, state.lanes, lang, px), {
    minX,
    maxX,
    heightAbove,
    heightBelow,
    unit: u,
    titlePx: base.titleFont,
    detailPx: base.textFont,
    groupPx: base.groupFont,
    measure,
    spanLabel: yearSpanLabel,
  });
  const yOf = (box: { side: 'above' | 'below'; offset: number; height: number }) =>
    box.side === 'above' ? axisY - stem - box.offset - box.height : belowTop + box.offset;
  const colourOf = (id: string) => laneById.get(momentById.get(id)?.laneId ?? '')?.colour ?? '#555555';
  const cards: SceneCard[] = layout.cards.map((c) => {
    const item = momentById.get(c.id)!;
    const s = fuzzySpan(item.start);
    return {
      itemId: c.id,
      anchorX: c.anchorX,
      x: c.x,
      y: yOf(c),
      width: c.width,
      height: c.height,
      above: c.side === 'above',
      lines: c.lines,
      detail: c.detail,
      rtl: textDirection(item.title) === 'rtl',
      colour: colourOf(c.id),
      range: isUncertain(item.start) ? { x0: px(s.start), x1: px(s.end + 1) } : null,
      mark:
        item.origin === 'addedInSession'
          ? 'added'
          : item.origin === 'correctedInSession'
            ? 'corrected'
            : null,
    };
  });
  const groups: SceneGroup[] = layout.groups.map((g) => ({
    key: g.key,
    itemIds: g.ids,
    label: g.label,
    span: g.span,
    x: g.x,
    y: yOf(g),
    width: g.width,
    height: g.height,
    above: g.side === 'above',
    anchorX0: g.anchorX0,
    anchorX1: g.anchorX1,
    colours: [...new Set(g.ids.map(colourOf))].slice(0, 4),
    marked: g.marked,
  }));
  const dots = layout.groups.flatMap((g) =>
    g.ids.map((id) => ({
      itemId: id,
      x: px(fuzzySpan(momentById.get(id)!.start).centre),
      colour: colourOf(id),
    })),
  );

  // Time along the axis, and the ages of the family members under it.
  const firstYear = dayToYmd(scale.startDay).year;
  const lastYear = dayToYmd(scale.endDay - 1).year;
  const time = timeScale({
    x: px,
    fromYear: firstYear,
    toYear: lastYear,
    lang,
    measure,
    yearPx: base.yearFont,
    subPx: base.textFont,
    pad: r(5),
  });
  const lineStart = px(scale.startDay) - 1;
  const lineEnd = px(scale.endDay) + 1;
  const ticks = time.ticks.filter((t) => t.x >= lineStart && t.x <= lineEnd);
  const ages: SceneAgeRow[] = withAges.map((mm, i) => ({
    memberId: mm.id,
    name: `${mm.pseudonym} (${mm.birthYear})`,
    y: axisY + tickBand + i * ageRowH,
    ages: ageLabels({
      x: px,
      fromYear: firstYear,
      toYear: lastYear,
      ageAt: (day) => (day > scale.endDay ? -1 : ageAt(mm.birthYear!, day)),
      measure,
      px: base.textFont,
      pad: r(5),
    }).map((a) => ({ x: a.x, label: a.text })),
  }));

  const icons = new Map(state.participants.map((p) => [p.id, p.icon]));
  const sceneMarkers: SceneMarker[] = markers
    ? state.markers.map((mk) => {
        const placed = markers.placed.get(mk.id)!;
        return {
          markerId: mk.id,
          x: placed.x,
          x1: mk.end ? px(isoToDay(mk.end)) : null,
          badgeX: placed.badgeX,
          badgeY: top + Math.min(placed.row, badgeRows - 1) * (markers.badgeH + r(6)),
          badgeWidth: placed.width,
          badgeHeight: markers.badgeH,
          good: mk.valence === 'good',
          colour: markers.colours.get(mk.participantId) ?? '#555555',
          icon: icons.get(mk.participantId) ?? null,
          label: placed.label,
        };
      })
    : [];

  const scene: WallScene = {
    metrics: { ...base, density: layout.density },
    zoom,
    widthPx,
    axisY,
    lanes: sceneLanes,
    bars,
    cards,
    groups,
    dots,
    ticks,
    timeLabels: time.labels,
    ages,
    markers: sceneMarkers,
    height: Math.max(height, y),
  };
  return { scene, scaleInfo: { toDay: scale.toDay, toMetres: scale.toMetres, zoom } };
}

/**
 * The least height that shows the line with its years, the ages (when on), the marker rows and
 * `cardRows` rows of title cards on either side, without lanes: the lifeline's share of the wall
 * where something else is the main area (the sticker round).
 */
export function compactSceneHeight(
  state: CaseState,
  u: number,
  markerRows: number,
  cardRows: number,
): number {
  const r = (v: number) => Math.round(v * u);
  const m = sceneMetrics(u, 0);
  const ages = state.case.settings.showAges ? state.members.filter((mm) => mm.birthYear !== null).length : 0;
  const title = cardGeometry('title', { unit: u, titlePx: m.titleFont, detailPx: m.textFont });
  const markerBand = markerRows > 0 ? markerRows * (Math.round(40 * u) + r(6)) + r(4) : 0;
  const tickBand = r(6) + Math.round(m.yearFont * 1.3) + r(4);
  return (
    r(6) +
    markerBand +
    2 * r(12) +
    tickBand +
    ages * Math.round(m.textFont * 1.2) +
    2 * cardRows * (title.height + title.rowGap)
  );
}

/**
 * Badges for the markers in at most `maxRows` rows without overlap: with the name and what the
 * help was where they fit, else with the name only, else compact (the participant's colour with
 * + or −) until zooming in makes room. A badge never runs off either end of the line.
 */
function markerBadges(
  state: CaseState,
  scale: AxisScale,
  zoom: number,
  m: Omit<SceneMetrics, 'density'>,
  minX: number,
  maxX: number,
  maxRows: number,
  measure: TextMeasure,
) {
  const u = m.u;
  const badgeH = Math.round(40 * u);
  const names = new Map(state.participants.map((p) => [p.id, p.pseudonym]));
  const colours = new Map(state.participants.map((p) => [p.id, p.colour]));
  const widthOf = (label: string) =>
    Math.round(Math.min(380 * u, badgeH + 22 * u + measure(label, m.textFont, true)));
  const at = (x: number, w: number) => Math.min(Math.max(minX, x - 12 * u), maxX - w);
  const spans = state.markers.map((mk) => {
    const x = scale.toMetres(isoToDay(mk.start)) * zoom;
    const sign = mk.valence === 'good' ? '+' : '−';
    const name = `${sign} ${names.get(mk.participantId) ?? '?'}`;
    const full = mk.title ? `${name} · ${mk.title}` : name;
    // (label, width, left edge) at each level: full, name only, compact (a disc as wide as high)
    const levels = [full, name, sign].map((label, i) => {
      const width = i === 2 ? badgeH : widthOf(label);
      return { label, width, x0: at(x, width) };
    });
    return { id: mk.id, x, levels };
  });
  // (a narrower badge at the right end moves left less: its packing box here is never narrower)
  const pack = (a: number, b: number) =>
    packBadges(
      spans.map((s) => ({
        id: s.id,
        x0: s.levels[a]!.x0,
        x1: s.levels[a]!.x0 + s.levels[a]!.width,
        compactX1:
          s.levels[a]!.x0 +
          Math.max(s.levels[b]!.width, s.levels[b]!.x0 + s.levels[b]!.width - s.levels[a]!.x0),
      })),
      8 * u,
      maxRows,
    );
  let packed = pack(0, 1);
  let level = packed.compact ? 1 : 0;
  if (packed.compact) {
    packed = pack(1, 2);
    level = packed.compact ? 2 : 1;
  }
  const placed = new Map(
    spans.map((s) => [
      s.id,
      {
        x: s.x,
        row: packed.rows.get(s.id) ?? 0,
        label: s.levels[level]!.label,
        width: s.levels[level]!.width,
        badgeX: s.levels[level]!.x0,
      },
    ]),
  );
  const used = spans.length ? Math.max(...packed.rows.values()) + 1 : 0;
  return { rows: used, placed, badgeH, colours };
}

function periodEndPx(p: ItemRecord, scale: AxisScale, zoom: number): number {
  if (p.end) return scale.toMetres(fuzzySpan(p.end).end + 1) * zoom;
  return scale.toMetres(scale.endDay) * zoom;
}

function withPreview(
  item: ItemRecord,
  preview: DragPreview | null,
  scale: AxisScale,
  zoom: number,
): ItemRecord {
  if (!preview || preview.itemId !== item.id) return item;
  const dates = draggedDates(item, preview.part, preview.dxPx / zoom, scale);
  return dates ? { ...item, ...dates } : item;
}

/** The whole lifeline in miniature: every item as a mark (metres), and a few year labels. */
export function overviewOf(
  state: CaseState,
  _lang: Language,
): { marks: OverviewMark[]; years: { x: number; label: string }[] } {
  const scale = scaleOf(state);
  const laneIndex = new Map(state.lanes.map((l, i) => [l.id, i]));
  const laneColour = new Map(state.lanes.map((l) => [l.id, l.colour]));
  const marks = state.items.map((item) => {
    const s = fuzzySpan(item.start);
    const x0 = scale.toMetres(item.shape === 'period' ? s.start : s.centre);
    const x1 =
      item.shape === 'period' ? scale.toMetres(item.end ? fuzzySpan(item.end).end : scale.endDay) : x0;
    return {
      x0,
      x1,
      colour: laneColour.get(item.laneId) ?? '#555555',
      row: item.shape === 'moment' ? 0 : 1 + (laneIndex.get(item.laneId) ?? 0),
    };
  });
  const first = new Date(scale.startDay * 86_400_000).getUTCFullYear();
  const last = new Date(scale.endDay * 86_400_000).getUTCFullYear();
  const every = last - first > 30 ? 10 : 5;
  const years: { x: number; label: string }[] = [];
  for (let y = Math.ceil(first / every) * every; y <= last; y += every)
    years.push({ x: scale.toMetres(yearStart(y)), label: String(y) });
  return { marks, years };
}

/**
 * Each bar with the free room after its end in its own row (same lane, same y): up to the next
 * bar's start, or to the end of the line. A title too long for a short bar is written there.
 */
function withRoomAfter(bars: readonly Omit<SceneBar, 'roomAfter'>[], maxX: number): SceneBar[] {
  const rows = new Map<string, Omit<SceneBar, 'roomAfter'>[]>();
  for (const b of bars) {
    const key = `${b.laneId}|${b.y}`;
    const row = rows.get(key);
    if (row) row.push(b);
    else rows.set(key, [b]);
  }
  const room = new Map<string, number>();
  for (const row of rows.values()) {
    const byStart = [...row].sort((a, b) => a.x0 - b.x0);
    byStart.forEach((b, i) => {
      const next = byStart.slice(i + 1).find((n) => n.x0 >= b.x1);
      room.set(b.itemId, Math.max(0, (next ? next.x0 : maxX) - b.x1));
    });
  }
  return bars.map((b) => ({ ...b, roomAfter: room.get(b.itemId) ?? 0 }));
}
