import type { CaseState, ItemRecord, Language } from '@shared/model';
import { createAxisScale, type AxisScale } from '@shared/axis';
import { ageAt, formatFuzzyDate, fuzzySpan, isoToDay, isUncertain, yearStart } from '@shared/time';
import {
  chooseTickStep,
  draggedDates,
  packBadges,
  packCards,
  packRows,
  ticksBetween,
  type TickStep,
} from '@shared/layout';
import type {
  SceneAgeRow,
  SceneBar,
  SceneCard,
  SceneLane,
  SceneMarker,
  SceneMetrics,
  SceneTick,
  WallScene,
} from './sceneTypes';
import type { DragPreview } from './dragToCommand';
import type { OverviewMark } from './OverviewStrip';
import type { Viewport } from './viewportStore';

/** Converts between metres on the lifeline and days (for taps and drags). */
export interface ScaleInfo {
  toDay(metres: number): number;
  toMetres(day: number): number;
  readonly zoom: number;
}

/**
 * Size unit of the wall: 1 on a 1920×1080 screen, 2 on 3840×2160 CSS px, never below 0.75, so
 * text stays readable from 4 m on a projector at any resolution.
 */
export function wallUnit(width: number, height: number): number {
  return Math.max(0.75, Math.min(3, Math.min(width / 1920, height / 1080)));
}

export function sceneMetrics(u: number, labelWidth: number): SceneMetrics {
  return {
    u,
    cardWidth: Math.round(232 * u),
    cardHeight: Math.round(88 * u),
    titleFont: Math.round(21 * u),
    smallFont: Math.round(16 * u),
    tickFont: Math.round(20 * u),
    laneHeight: Math.round(50 * u),
    barHeight: Math.round(34 * u),
    laneLabelWidth: labelWidth,
  };
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
  readonly width: number;
  readonly height: number;
  readonly lang: Language;
  readonly u: number;
  readonly labelWidth: number;
  readonly preview: DragPreview | null;
}

/** Lays out the whole lifeline at one zoom: lanes with period bars, cards, dots, ages. */
export function buildWallScene(
  state: CaseState,
  opts: BuildOptions,
): { scene: WallScene; scaleInfo: ScaleInfo } {
  const { zoom, height, lang, u } = opts;
  let m = sceneMetrics(u, opts.labelWidth);
  const scale = scaleOf(state);
  const px = (day: number) => scale.toMetres(day) * zoom;
  const laneById = new Map(state.lanes.map((l) => [l.id, l]));
  const items = state.items.map((item) => withPreview(item, opts.preview, scale, zoom));

  // Periods: rows within each lane, so overlapping periods never hide each other.
  const periods = items.filter((i) => i.shape === 'period');
  const rowsByLane = new Map<string, Map<string, number>>();
  for (const lane of state.lanes) {
    const spans = periods
      .filter((p) => p.laneId === lane.id)
      .map((p) => ({ id: p.id, x0: px(fuzzySpan(p.start).start), x1: periodEndPx(p, scale, zoom) }));
    rowsByLane.set(lane.id, packRows(spans, 6 * u));
  }
  // Vertical bands: marker badges, cards above, axis + ticks + ages, cards below, then the lanes.
  // When the view is low (a session with lists below it), ages go and lanes get slimmer first.
  const badgeH = Math.round(44 * u);
  const markerRows = markerBadgeRows(state, scale, zoom, u, badgeH);
  const markerBand =
    markerRows.rows > 0 ? markerRows.rows * (badgeH + Math.round(6 * u)) + Math.round(8 * u) : 0;
  const top = Math.round(14 * u) + markerBand;
  const tickBand = Math.round(50 * u);
  const levelH = m.cardHeight + Math.round(14 * u);
  const stem = Math.round(22 * u);
  const ageRowH = Math.round(24 * u);
  const withAges = state.case.settings.showAges ? state.members.filter((mm) => mm.birthYear !== null) : [];
  const laneRows = state.lanes.map((l) =>
    Math.max(1, ...[...(rowsByLane.get(l.id)?.values() ?? [])].map((r) => r + 1)),
  );
  const budget = (compact: boolean) => {
    const barHeight = compact ? Math.round(22 * u) : m.barHeight;
    const rowH = barHeight + Math.round((compact ? 4 : 8) * u);
    const laneHeights = laneRows.map((rows) =>
      Math.max(compact ? Math.round(30 * u) : m.laneHeight, rows * rowH + Math.round((compact ? 6 : 10) * u)),
    );
    const lanesHeight = laneHeights.reduce((a, b) => a + b, 0);
    const ageBand = compact ? 0 : withAges.length * ageRowH;
    const free = Math.max(0, height - lanesHeight - top - tickBand - ageBand - 2 * stem - Math.round(12 * u));
    return { barHeight, rowH, laneHeights, lanesHeight, ageBand, free, compact };
  };
  const roomy = budget(false);
  const fit = roomy.free >= 2 * levelH ? roomy : budget(true);
  if (fit.compact) m = { ...m, barHeight: fit.barHeight, laneHeight: Math.round(30 * u) };
  const { rowH, laneHeights, ageBand, free } = fit;
  const agedMembers = fit.compact ? [] : withAges;
  const levels = Math.max(fit.compact ? 1 : 2, Math.floor(free / levelH));
  const levelsAbove = Math.ceil(levels / 2);
  const levelsBelow = levels - levelsAbove;
  const axisY = top + levelsAbove * levelH + stem;
  const belowTop = axisY + tickBand + ageBand + stem;
  const lanesTop = Math.max(belowTop + levelsBelow * levelH, height - fit.lanesHeight);

  const lanes: SceneLane[] = [];
  let y = lanesTop;
  state.lanes.forEach((l, i) => {
    lanes.push({
      id: l.id,
      name: l.name,
      colour: l.colour,
      y,
      height: laneHeights[i]!,
      family: l.kind === 'family',
    });
    y += laneHeights[i]!;
  });
  const laneY = new Map(lanes.map((l) => [l.id, l.y]));

  const bars: SceneBar[] = periods.map((p) => {
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
      y: (laneY.get(p.laneId) ?? lanesTop) + Math.round(5 * u) + row * rowH + Math.round(4 * u),
      height: m.barHeight,
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
  });

  // Moments: cards where they fit, dots elsewhere.
  const moments = items.filter((i) => i.shape === 'moment');
  const anchors = moments.map((mm) => ({ id: mm.id, anchorX: px(fuzzySpan(mm.start).centre) }));
  const packed = packCards(anchors, {
    cardWidth: m.cardWidth,
    gap: Math.round(12 * u),
    levelsAbove,
    levelsBelow,
    inset: Math.round(18 * u),
  });
  const momentById = new Map(moments.map((mm) => [mm.id, mm]));
  const cards: SceneCard[] = packed.placed.map((p) => {
    const item = momentById.get(p.id)!;
    const lane = laneById.get(item.laneId);
    const s = fuzzySpan(item.start);
    const when = formatFuzzyDate(item.start, lang);
    return {
      itemId: item.id,
      anchorX: px(s.centre),
      x: p.x,
      y: p.above ? axisY - stem - m.cardHeight - p.level * levelH : belowTop + p.level * levelH,
      width: m.cardWidth,
      height: m.cardHeight,
      above: p.above,
      title: item.title,
      subtitle: lane && lane.kind === 'help' ? `${when} · ${lane.name}` : when,
      colour: lane?.colour ?? '#555555',
      help: item.kind === 'help',
      range: isUncertain(item.start) ? { x0: px(s.start), x1: px(s.end + 1) } : null,
      origin: item.origin,
    };
  });
  const dots = packed.dots.map((id) => {
    const item = momentById.get(id)!;
    return {
      itemId: id,
      x: px(fuzzySpan(item.start).centre),
      colour: laneById.get(item.laneId)?.colour ?? '#555555',
    };
  });

  const ages: SceneAgeRow[] = agedMembers.map((mm, i) => {
    const first = new Date(scale.startDay * 86_400_000).getUTCFullYear();
    const last = new Date(scale.endDay * 86_400_000).getUTCFullYear();
    const list: { x: number; label: string }[] = [];
    const yearPx = 365.25 * zoom * scale.densityAt(scale.startDay);
    const every = yearPx >= 46 * u ? 1 : yearPx >= 23 * u ? 2 : 5;
    for (let year = first; year <= last; year++) {
      const mid = yearStart(year) + 182;
      const age = ageAt(mm.birthYear!, mid);
      if (age < 0 || age % every !== 0) continue;
      if (mid > scale.endDay) break;
      list.push({ x: px(mid), label: String(age) });
    }
    return {
      memberId: mm.id,
      name: `${mm.pseudonym} (${mm.birthYear})`,
      y: axisY + tickBand + i * ageRowH,
      ages: list,
    };
  });

  const participants = new Map(state.participants.map((p) => [p.id, p]));
  const markers: SceneMarker[] = state.markers.map((mk) => {
    const placed = markerRows.placed.get(mk.id)!;
    return {
      markerId: mk.id,
      x: placed.x,
      x1: mk.end ? px(isoToDay(mk.end)) : null,
      badgeX: placed.x - Math.round(12 * u),
      badgeY: Math.round(8 * u) + placed.row * (badgeH + Math.round(6 * u)),
      badgeWidth: placed.width,
      badgeHeight: badgeH,
      good: mk.valence === 'good',
      colour: participants.get(mk.participantId)?.colour ?? '#555555',
      icon: participants.get(mk.participantId)?.icon ?? null,
      label: placed.label,
    };
  });

  const scene: WallScene = {
    metrics: m,
    zoom,
    widthPx: scale.lengthMetres * zoom,
    axisY,
    lanes,
    bars,
    cards,
    dots,
    ages,
    markers,
    height: Math.max(height, y),
  };
  return { scene, scaleInfo: { toDay: scale.toDay, toMetres: scale.toMetres, zoom } };
}

/** Most rows of marker badges above the lifeline. */
const MARKER_BADGE_ROWS = 4;

/**
 * Rows for the markers' badges so they do not overlap: with names where they fit in the rows,
 * else compact (the + or − only) until zooming in makes room (packBadges).
 */
function markerBadgeRows(state: CaseState, scale: AxisScale, zoom: number, u: number, badgeH: number) {
  const names = new Map(state.participants.map((p) => [p.id, p.pseudonym]));
  const charW = 11 * u;
  const compactWidth = Math.round(badgeH + 34 * u);
  const spans = state.markers.map((mk) => {
    const x = scale.toMetres(isoToDay(mk.start)) * zoom;
    const sign = mk.valence === 'good' ? '+' : '−';
    const label = `${sign} ${names.get(mk.participantId) ?? '?'}${mk.title ? ` · ${mk.title}` : ''}`;
    const width = Math.min(380 * u, Math.round(label.length * charW + 80 * u));
    return {
      id: mk.id,
      x0: x - 12 * u,
      x1: x - 12 * u + width,
      compactX1: x - 12 * u + compactWidth,
      x,
      sign,
      label,
      width,
      compactWidth,
    };
  });
  const { rows, compact } = packBadges(spans, 8 * u, MARKER_BADGE_ROWS);
  const placed = new Map(
    spans.map((s) => [
      s.id,
      {
        x: s.x,
        row: rows.get(s.id) ?? 0,
        label: compact ? s.sign : s.label,
        width: compact ? s.compactWidth : s.width,
      },
    ]),
  );
  const used = spans.length ? Math.max(...rows.values()) + 1 : 0;
  return { rows: used, placed };
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

/** Ticks for the visible part of the lifeline; finer when zoomed in, unlabelled minor ticks between labels. */
export function sceneTicks(
  state: CaseState,
  scene: WallScene,
  vp: Viewport,
  width: number,
  lang: Language,
): SceneTick[] {
  const scale = scaleOf(state);
  const fromM = vp.x - 200 / scene.zoom;
  const toM = vp.x + (width + 200) / scene.zoom;
  const fromDay = scale.toDay(Math.max(0, fromM));
  const toDay = scale.toDay(Math.min(scale.lengthMetres, toM));
  let minDensity = Infinity;
  for (let i = 0; i <= 16; i++)
    minDensity = Math.min(minDensity, scale.densityAt(fromDay + ((toDay - fromDay) * i) / 16));
  const pxPerDay = minDensity * scene.zoom;
  const step = chooseTickStep(pxPerDay, 84 * scene.metrics.u);
  const labelled = ticksBetween(scale, fromDay, toDay, step, lang);
  const finer: Partial<Record<TickStep, TickStep>> = {
    decade: 'year',
    fiveYears: 'year',
    year: 'quarter',
    quarter: 'month',
  };
  const minorStep = finer[step];
  const minorPx = minorStep === 'year' ? 365 : minorStep === 'quarter' ? 91 : 30;
  const minor =
    minorStep && minorPx * pxPerDay >= 14 * scene.metrics.u
      ? ticksBetween(scale, fromDay, toDay, minorStep, lang)
      : [];
  const seen = new Set(labelled.map((t) => t.day));
  return [
    ...minor
      .filter((t) => !seen.has(t.day))
      .map((t) => ({ x: t.metres * scene.zoom, label: '', major: false })),
    ...labelled.map((t) => ({ x: t.metres * scene.zoom, label: t.label, major: t.major })),
  ];
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
