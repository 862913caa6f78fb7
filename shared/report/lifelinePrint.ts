import type { CaseState, ItemRecord, Language } from '../model';
import { createAxisScale, type AxisScale } from '../axis';
import { dayToYmd, fuzzySpan, isoToDay, isUncertain } from '../time';
import {
  cardGeometry,
  fitText,
  layoutMoments,
  momentInputs,
  packRows,
  timeScale,
  yearSpanLabel,
  type CardDensity,
  type MomentLayout,
  type TextMeasure,
  type TimeLabel,
} from '../layout';
import { textDirection } from '../text/direction';
import { textWidth } from './textMeasure';
import type { Paper } from './treeSvg';

/**
 * The lifeline on paper: one overview page with the whole roll and tiled pages of about a metre
 * each, laid out with the same rules as the wall (shared/layout: moment cards and counted groups,
 * year labels that never overlap, months or seasons where a year is wide enough), measured with
 * the bundled font's metrics and sized in points, so every title is printed at `TILE_TYPE.title`
 * pt or more. Pure: the result is a list of drawn shapes and texts per page (tested for overlap
 * and size) and their SVG, the same for the PDF, the DOCX image and an SVG export.
 */

/** The room a landscape page leaves for the drawing (page minus margins and heading), in pt. */
export const LIFELINE_BOX: Record<Paper, { width: number; tile: number; overview: number }> = {
  A4: { width: 770, tile: 460, overview: 395 },
  A3: { width: 1120, tile: 700, overview: 620 },
};
/** Room for the line under a page's heading that says how many moments it counts, pt. */
export const NOTE_ROOM = 24;
/** Metres of the roll on one tiled page (plus the overlap with the page before). */
const METRES_PER_TILE: Record<Paper, number> = { A4: 1, A3: 1.5 };
export const TILE_OVERLAP = 0.1;

/**
 * Type sizes in pt, largest first: the tiled pages take the largest that shows as many moments
 * with whole titles as the smallest (so the empty space goes to larger text, the same on every
 * tile). Nothing on a lifeline page is smaller than 8 pt.
 */
const tileTypeOf = (title: number, widthEm: number): PageType => ({
  title,
  detail: Math.max(8, title - 1.5),
  group: title,
  year: 9,
  sub: 8,
  lane: 8,
  bar: 8,
  marker: 8,
  cardWidth: title * widthEm,
});
const TILE_TYPES: Record<Paper, readonly PageType[]> = {
  // busy pages last: one-line titles in wider cards rather than shortened ones
  A4: [tileTypeOf(11, 18), tileTypeOf(10, 18), tileTypeOf(9, 18), tileTypeOf(9, 30)],
  // A3 is chosen to print larger: its tiles start larger
  A3: [13, 12, 11, 10, 9].map((t) => tileTypeOf(t, 18)).concat(tileTypeOf(9, 30)),
};
/** The overview: narrow one-line cards where many must fit, wider ones where titles are long. */
const OVERVIEW_TYPES: readonly PageType[] = [190, 260].map((cardWidth) => ({
  title: 8,
  detail: 8,
  group: 8,
  year: 8.5,
  sub: 8,
  lane: 8,
  bar: 8,
  marker: 8,
  cardWidth,
}));
interface PageType {
  readonly title: number;
  readonly detail: number;
  readonly group: number;
  readonly year: number;
  readonly sub: number;
  readonly lane: number;
  readonly bar: number;
  readonly marker: number;
  /** Widest text of a card, pt. */
  readonly cardWidth: number;
}
export const MIN_LIFELINE_PT = 8;

const INK = '#1b1f24';
const INK_SOFT = '#3d4651';
const SESSION = '#7c3aed';
const GOOD = '#1e7a3c';
const BAD = '#c2410c';

/** Widths of text in pt, with the bundled font's advance widths (as the PDF prints it). */
export const printMeasure: TextMeasure = (text, size, bold) =>
  textWidth(text, size, bold ? 'bold' : 'regular');

export type PrintText = {
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly text: string;
  readonly size: number;
  readonly bold: boolean;
  readonly anchor: 'start' | 'middle';
  readonly fill: string;
  readonly kind:
    'title' | 'detail' | 'group' | 'span' | 'year' | 'month' | 'season' | 'lane' | 'period' | 'marker';
  readonly rtl?: boolean;
  /** The moment a title belongs to. */
  readonly itemId?: string;
};

export type PrintShape =
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly r?: number;
      readonly fill: string;
      readonly stroke?: string;
      readonly strokeWidth?: number;
      readonly dash?: string;
      readonly opacity?: number;
    }
  | {
      readonly kind: 'line';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly stroke: string;
      readonly width: number;
      readonly dash?: string;
    }
  | {
      readonly kind: 'circle';
      readonly cx: number;
      readonly cy: number;
      readonly r: number;
      readonly fill: string;
    }
  | { readonly kind: 'path'; readonly d: string; readonly fill: string };

export interface LifelinePrintPage {
  readonly kind: 'overview' | 'tile';
  /** The window of the roll this page shows, in metres. */
  readonly fromMetres: number;
  readonly toMetres: number;
  /** Share of the page's width repeated from the page before (0 on the first). */
  readonly overlap: number;
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly PrintShape[];
  readonly texts: readonly PrintText[];
  /** Moments on this page with their title shown, and those counted in a group ("+3"). */
  readonly titled: readonly string[];
  readonly counted: readonly string[];
  /** Cards whose title had to be shortened ("…"). */
  readonly cutTitles: number;
  /** Size of the moment titles, pt. */
  readonly titleSize: number;
  /** Which density the layout chose for the cards. */
  readonly density: CardDensity;
}

export interface LifelinePrint {
  readonly overview: LifelinePrintPage;
  readonly tiles: readonly LifelinePrintPage[];
}

/** The windows of the roll (metres) the tiled pages show: equal parts, each overlapping the one before. */
export function lifelineTiles(lengthMetres: number, paper: Paper): { from: number; to: number }[] {
  const parts = Math.max(1, Math.ceil(lengthMetres / METRES_PER_TILE[paper] - 0.05));
  const tile = lengthMetres / parts;
  return Array.from({ length: parts }, (_, i) => ({
    from: Math.max(0, i * tile - tile * TILE_OVERLAP),
    to: Math.min(lengthMetres, (i + 1) * tile),
  }));
}

export function lifelinePrint(state: CaseState, lang: Language, paper: Paper): LifelinePrint {
  const scale = createAxisScale(state.case.axis);
  const box = LIFELINE_BOX[paper];
  const length = scale.lengthMetres;
  const overviewAt = (height: number) => {
    const pages = OVERVIEW_TYPES.map((type) =>
      layoutPage(state, lang, scale, type, {
        kind: 'overview',
        from: 0,
        to: length,
        width: box.width,
        height,
        overlap: 0,
      }),
    );
    return pages[best(pages.map((p) => [p]))]!;
  };
  // an overview that counts moments gets a line under its heading saying so: it leaves room for it
  let overview = overviewAt(box.overview);
  if (overview.counted.length) overview = overviewAt(box.overview - NOTE_ROOM);
  const windows = lifelineTiles(length, paper);
  const tileAt = (type: PageType, i: number, height: number) =>
    layoutPage(state, lang, scale, type, {
      kind: 'tile',
      from: windows[i]!.from,
      to: windows[i]!.to,
      width: box.width,
      height,
      overlap: i > 0 ? (windows[i - 1]!.to - windows[i]!.from) / (windows[i]!.to - windows[i]!.from) : 0,
    });
  const tileType =
    TILE_TYPES[paper][
      best(TILE_TYPES[paper].map((type) => windows.map((_, i) => tileAt(type, i, box.tile))))
    ]!;
  const tiles = windows.map((_, i) => {
    const tile = tileAt(tileType, i, box.tile);
    return tile.counted.length ? tileAt(tileType, i, box.tile - NOTE_ROOM) : tile;
  });
  return { overview, tiles };
}

/**
 * Of the same pages laid out at several type sizes (largest first), the first that counts no
 * more moments in groups and cuts no more titles ("…") than any other: its index.
 */
function best(candidates: readonly (readonly LifelinePrintPage[])[]): number {
  const cost = (pages: readonly LifelinePrintPage[]) => {
    let counted = 0;
    let cut = 0;
    for (const p of pages) {
      counted += p.counted.length;
      cut += p.cutTitles;
    }
    return counted * 1000 + cut;
  };
  let chosen = 0;
  let least = cost(candidates[0]!);
  candidates.forEach((c, i) => {
    const k = cost(c);
    if (k < least) {
      chosen = i;
      least = k;
    }
  });
  return chosen;
}

interface PageSpec {
  readonly kind: 'overview' | 'tile';
  readonly from: number;
  readonly to: number;
  readonly width: number;
  readonly height: number;
  readonly overlap: number;
}

function layoutPage(
  state: CaseState,
  lang: Language,
  scale: AxisScale,
  type: PageType,
  spec: PageSpec,
): LifelinePrintPage {
  const W = spec.width;
  const k = W / (spec.to - spec.from);
  const x = (day: number) => (scale.toMetres(day) - spec.from) * k;
  const inView = (px: number) => px >= -0.01 && px <= W + 0.01;
  const shapes: PrintShape[] = [];
  const under: PrintShape[] = [];
  const texts: PrintText[] = [];
  const laneById = new Map(state.lanes.map((l) => [l.id, l]));

  // Bands from the bottom up: lanes with their periods, then the markers at the top; the
  // moments get what is left, half above the line and half below.
  // roomy lanes with the periods’ titles while they take at most 45 % of the page, else slim
  // bars without titles (the tiled pages and the appendix's table name them)
  let lanes = laneBands(state, scale, x, W, type, ROOMY);
  if (lanes.height > spec.height * 0.45) lanes = laneBands(state, scale, x, W, type, SLIM);
  const markers =
    spec.kind === 'overview'
      ? markerBadges(state, scale, x, W, type, 2, 190)
      : markerBadges(state, scale, x, W, type, 3, 360);
  const top = 2;
  const stem = 6;
  const tickBand = 4 + Math.round(type.year * 1.25) + 2;
  const fixed = top + markers.height + stem + tickBand + stem + lanes.height + 2;
  const free = Math.max(0, spec.height - fixed);
  const heightAbove = Math.ceil(free / 2);
  const heightBelow = free - heightAbove;
  const axisY = top + markers.height + heightAbove + stem;
  const belowTop = axisY + tickBand + stem;
  const lanesTop = spec.height - 2 - lanes.height;

  // Lanes and their periods.
  for (const lane of lanes.bands) {
    const y0 = lanesTop + lane.y;
    const { h: BAR_H, pitch: BAR_PITCH } = lanes.size;
    shapes.push({
      kind: 'rect',
      x: 0,
      y: y0,
      w: W,
      h: lane.height,
      fill: lane.index % 2 ? '#f7f5f0' : '#efece4',
    });
    for (const bar of lane.bars) {
      const y = y0 + LANE_PAD + bar.row * BAR_PITCH;
      shapes.push({
        kind: 'rect',
        x: bar.x0,
        y,
        w: Math.max(1.5, bar.x1 - bar.x0),
        h: BAR_H,
        r: 3,
        fill: lane.colour,
        opacity: bar.uncertain ? 0.75 : 1,
      });
      if (bar.text)
        texts.push({
          ...flow(bar.text.value, bar.text.x, bar.text.x + bar.text.w),
          y: y + BAR_H - 3,
          text: bar.text.value,
          size: type.bar,
          bold: true,
          fill: bar.text.inside ? '#ffffff' : INK,
          kind: 'period',
        });
    }
    // the lane's name at the page's left edge, on a white tab (bars run on under it)
    shapes.push({
      kind: 'rect',
      x: 0,
      y: y0 + LANE_PAD - 0.5,
      w: lane.nameWidth + 8,
      h: NAME_H,
      r: 2,
      fill: '#ffffff',
      stroke: lane.colour,
      strokeWidth: 0.8,
    });
    texts.push({
      x: 4,
      y: y0 + LANE_PAD + NAME_H - 3.5,
      text: lane.name,
      size: type.lane,
      bold: true,
      anchor: 'start',
      fill: INK,
      kind: 'lane',
    });
  }

  // Markers: a badge with who and what, a pin down to the line.
  for (const m of markers.badges) {
    const y = top + m.row * MARKER_PITCH;
    const colour = m.good ? GOOD : BAD;
    under.push({ kind: 'line', x1: m.x, y1: y + MARKER_H, x2: m.x, y2: axisY, stroke: colour, width: 1.2 });
    shapes.push({
      kind: 'rect',
      x: m.x0,
      y,
      w: m.width,
      h: MARKER_H,
      r: MARKER_H / 2,
      fill: '#ffffff',
      stroke: colour,
      strokeWidth: 1.2,
    });
    shapes.push({ kind: 'circle', cx: m.x0 + MARKER_H / 2, cy: y + MARKER_H / 2, r: 3.2, fill: m.colour });
    texts.push({
      ...flow(m.label, m.x0 + MARKER_H, m.x0 + m.width - 4),
      y: y + MARKER_H - 3.4,
      text: m.label,
      size: type.marker,
      bold: true,
      fill: INK,
      kind: 'marker',
    });
  }

  for (const pin of markers.pins) {
    const y = top + markers.height - 4;
    under.push({
      kind: 'line',
      x1: pin.x,
      y1: y,
      x2: pin.x,
      y2: axisY,
      stroke: pin.good ? GOOD : BAD,
      width: 0.8,
    });
    under.push({ kind: 'circle', cx: pin.x, cy: y, r: 2.2, fill: pin.colour });
  }

  // The line and its time labels.
  const lineX0 = Math.max(0, x(scale.startDay));
  const lineX1 = Math.min(W, x(scale.endDay));
  shapes.push({ kind: 'line', x1: lineX0, y1: axisY, x2: lineX1, y2: axisY, stroke: INK, width: 1.6 });
  const time = pageTime(scale, x, W, lang, type);
  for (const t of time.ticks)
    shapes.push({
      kind: 'line',
      x1: t.x,
      y1: axisY - (t.major ? 4 : 2.5),
      x2: t.x,
      y2: axisY + (t.major ? 4 : 2.5),
      stroke: INK,
      width: t.major ? 1 : 0.6,
    });
  for (const l of time.labels)
    texts.push({
      x: l.x,
      y: axisY + 4 + type.year,
      text: l.text,
      size: l.kind === 'year' ? type.year : type.sub,
      bold: l.kind === 'year',
      anchor: l.align === 'centre' ? 'middle' : 'start',
      fill: l.kind === 'year' ? INK : INK_SOFT,
      kind: l.kind,
    });

  // Moments: cards where they fit, counted in groups where they do not.
  const moments = state.items.filter(
    (i): i is ItemRecord => i.shape === 'moment' && inView(x(fuzzySpan(i.start).centre)),
  );
  const momentById = new Map(moments.map((m) => [m.id, m]));
  const t = 0.36;
  const layout = layoutMoments(momentInputs(moments, state.lanes, lang, x), {
    minX: 0,
    maxX: W,
    heightAbove,
    heightBelow,
    unit: t,
    titlePx: type.title,
    detailPx: type.detail,
    groupPx: type.group,
    measure: printMeasure,
    spanLabel: yearSpanLabel,
    densities: ['full', 'short', 'title'],
    maxCardWidth: type.cardWidth / t,
    maxShift: 220 / t,
  });
  const colourOf = (id: string) => laneById.get(momentById.get(id)?.laneId ?? '')?.colour ?? '#555555';
  const yOf = (b: { side: 'above' | 'below'; offset: number; height: number }) =>
    b.side === 'above' ? axisY - stem - b.offset - b.height : belowTop + b.offset;
  const drawing = { layout, type, t, axisY, yOf, x, momentById, colourOf, shapes, under, texts };
  drawCards(drawing);
  drawGroups(drawing);

  return {
    kind: spec.kind,
    fromMetres: spec.from,
    toMetres: spec.to,
    overlap: spec.overlap,
    width: W,
    height: spec.height,
    shapes: [...under, ...shapes],
    texts,
    titled: layout.cards.map((c) => c.id),
    counted: layout.groups.flatMap((g) => g.ids),
    cutTitles: layout.cards.filter((c) => {
      const title = momentById.get(c.id)!.title.trim();
      return c.lines.join(' ') !== title.split(/\s+/).join(' ');
    }).length,
    titleSize: type.title,
    density: layout.density,
  };
}

function flow(text: string, left: number, right: number): Pick<PrintText, 'x' | 'anchor' | 'rtl'> {
  return textDirection(text) === 'rtl'
    ? { x: right, anchor: 'start', rtl: true }
    : { x: left, anchor: 'start' };
}

/** What the moments are drawn into, and how their boxes sit on the page. */
interface MomentDrawing {
  readonly layout: MomentLayout;
  readonly type: PageType;
  /** The layout's type unit. */
  readonly t: number;
  readonly axisY: number;
  readonly yOf: (b: { side: 'above' | 'below'; offset: number; height: number }) => number;
  readonly x: (day: number) => number;
  readonly momentById: ReadonlyMap<string, ItemRecord>;
  readonly colourOf: (id: string) => string;
  readonly shapes: PrintShape[];
  /** Drawn first: leaders and ranges under the cards. */
  readonly under: PrintShape[];
  readonly texts: PrintText[];
}

function drawCards(d: MomentDrawing): void {
  const { layout, type, t, yOf, axisY, x, momentById, colourOf, shapes, under, texts } = d;
  const g = cardGeometry(layout.density, { unit: t, titlePx: type.title, detailPx: type.detail });
  for (const c of layout.cards) {
    const item = momentById.get(c.id)!;
    const colour = colourOf(c.id);
    const y = yOf(c);
    const above = c.side === 'above';
    if (isUncertain(item.start)) {
      const s = fuzzySpan(item.start);
      under.push({
        kind: 'rect',
        x: x(s.start),
        y: axisY - 2.5,
        w: Math.max(1, x(s.end + 1) - x(s.start)),
        h: 5,
        r: 2.5,
        fill: colour,
        opacity: 0.3,
      });
    }
    const edgeX = Math.min(c.x + c.width - 3, Math.max(c.x + 3, c.anchorX));
    under.push({
      kind: 'line',
      x1: c.anchorX,
      y1: axisY,
      x2: edgeX,
      y2: above ? y + c.height : y,
      stroke: colour,
      width: 0.8,
      ...(isUncertain(item.start) ? { dash: '2 1.5' } : {}),
    });
    shapes.push({ kind: 'circle', cx: c.anchorX, cy: axisY, r: 2.4, fill: colour });
    const session = item.origin !== 'prepared';
    shapes.push({
      kind: 'rect',
      x: c.x,
      y,
      w: c.width,
      h: c.height,
      r: 2.5,
      fill: '#ffffff',
      stroke: session ? SESSION : '#9aa3ad',
      strokeWidth: session ? 1.2 : 0.6,
      ...(session ? { dash: '3 1.5' } : {}),
    });
    shapes.push({ kind: 'rect', x: c.x, y, w: 3, h: c.height, fill: colour });
    const left = c.x + g.padLeft;
    const right = c.x + c.width - g.padRight - (c.marked ? g.markWidth : 0);
    let baseline = y + g.vpad + (g.titleLine - type.title) / 2 + type.title * 0.8;
    for (const line of c.lines) {
      texts.push({
        ...flow(item.title, left, right),
        y: baseline,
        text: line,
        size: type.title,
        bold: true,
        fill: INK,
        kind: 'title',
        itemId: c.id,
      });
      baseline += g.titleLine;
    }
    if (c.detail)
      texts.push({
        ...flow(c.detail, left, right),
        y: y + c.height - g.vpad - g.detailLine + (g.detailLine - type.detail) / 2 + type.detail * 0.8,
        text: c.detail,
        size: type.detail,
        bold: false,
        fill: INK_SOFT,
        kind: 'detail',
      });
    if (c.marked) {
      const cx = c.x + c.width - g.padRight - g.markWidth / 2;
      const cy = y + c.height / 2;
      shapes.push({ kind: 'circle', cx, cy, r: 4, fill: SESSION });
      shapes.push({
        kind: 'path',
        fill: '#ffffff',
        d:
          item.origin === 'addedInSession'
            ? `M${f(cx - 2.5)} ${f(cy - 0.6)}h5v1.2h-5zM${f(cx - 0.6)} ${f(cy - 2.5)}h1.2v5h-1.2z`
            : `M${f(cx - 2.6)} ${f(cy + 2.6)}l0.7 -2.1l2.9 -2.9l1.4 1.4l-2.9 2.9z`,
      });
    }
  }
}

function drawGroups(d: MomentDrawing): void {
  const { layout, type, t, yOf, axisY, x, momentById, colourOf, shapes, under, texts } = d;
  const anchorOf = (id: string) => x(fuzzySpan(momentById.get(id)!.start).centre);
  const g = cardGeometry('title', { unit: t, titlePx: type.group, detailPx: type.detail });
  for (const grp of layout.groups) {
    const y = yOf(grp);
    const above = grp.side === 'above';
    const mid = Math.min(grp.x + grp.width - 3, Math.max(grp.x + 3, (grp.anchorX0 + grp.anchorX1) / 2));
    under.push({
      kind: 'line',
      x1: grp.anchorX0,
      y1: axisY,
      x2: grp.anchorX1,
      y2: axisY,
      stroke: '#8a939d',
      width: 3,
    });
    under.push({
      kind: 'line',
      x1: (grp.anchorX0 + grp.anchorX1) / 2,
      y1: axisY,
      x2: mid,
      y2: above ? y + grp.height : y,
      stroke: '#8a939d',
      width: 0.8,
    });
    for (const id of grp.ids)
      shapes.push({ kind: 'circle', cx: anchorOf(id), cy: axisY, r: 1.8, fill: colourOf(id) });
    shapes.push({
      kind: 'rect',
      x: grp.x + 1.5,
      y: y - 1.5,
      w: grp.width,
      h: grp.height,
      r: 2.5,
      fill: '#ffffff',
      stroke: '#9aa3ad',
      strokeWidth: 0.6,
    });
    shapes.push({
      kind: 'rect',
      x: grp.x,
      y,
      w: grp.width,
      h: grp.height,
      r: 2.5,
      fill: '#f3f4f6',
      stroke: grp.marked ? SESSION : '#6b7480',
      strokeWidth: grp.marked ? 1.2 : 0.8,
    });
    const baseline = y + g.vpad + (g.titleLine - type.group) / 2 + type.group * 0.8;
    const labelW = printMeasure(grp.label, type.group, true);
    texts.push({
      x: grp.x + g.padLeft - 3,
      y: baseline,
      text: grp.label,
      size: type.group,
      bold: true,
      anchor: 'start',
      fill: INK,
      kind: 'group',
    });
    texts.push({
      x: grp.x + g.padLeft - 3 + labelW + 3,
      y: baseline,
      text: grp.span,
      size: type.detail,
      bold: false,
      anchor: 'start',
      fill: INK_SOFT,
      kind: 'span',
    });
  }
}

const LANE_PAD = 2;
/** Height of a lane's name tab, pt. */
const NAME_H = 12;
interface BarSize {
  readonly h: number;
  readonly pitch: number;
  readonly titles: boolean;
}
const ROOMY: BarSize = { h: 11, pitch: 13, titles: true };
const SLIM: BarSize = { h: 5, pitch: 6.5, titles: false };

interface LaneBand {
  readonly index: number;
  readonly name: string;
  readonly nameWidth: number;
  readonly colour: string;
  readonly y: number;
  readonly height: number;
  readonly bars: readonly {
    x0: number;
    x1: number;
    row: number;
    uncertain: boolean;
    text: { value: string; x: number; w: number; inside: boolean } | null;
  }[];
}

/**
 * Every lane as a band with its periods in rows (never overlapping), clipped to the page. A
 * period's title is printed in its bar, or just after it where the bar is too short, or — when
 * neither has room — shortened with "…" (the full title is in the table of the appendix).
 */
function laneBands(
  state: CaseState,
  scale: AxisScale,
  x: (day: number) => number,
  W: number,
  type: PageType,
  size: BarSize,
): { bands: LaneBand[]; height: number; size: BarSize } {
  const bands: LaneBand[] = [];
  let y = 0;
  state.lanes.forEach((lane, index) => {
    const name = fitText(lane.name, 150, type.lane, true, printMeasure);
    const nameWidth = printMeasure(name, type.lane, true);
    const tab = nameWidth + 12;
    const periods = state.items.filter((i) => i.shape === 'period' && i.laneId === lane.id);
    const spans = periods
      .map((p) => {
        const a = x(fuzzySpan(p.start).start);
        const b = p.end ? x(fuzzySpan(p.end).end + 1) : x(scale.endDay);
        const x0 = Math.max(0, a);
        const x1 = Math.min(W, b);
        if (x1 <= 0 || x0 >= W) return null;
        // text starts after the lane's name tab where the bar runs under it
        const textX = Math.max(x0, x0 < tab ? tab : x0) + 3;
        const w = printMeasure(p.title, type.bar, true);
        let text: LaneBand['bars'][number]['text'] = null;
        let reach = x1;
        if (!size.titles) text = null;
        else if (textX + w + 3 <= x1) text = { value: p.title, x: textX, w, inside: true };
        else if (Math.max(x1, tab) + 3 + w <= W) {
          const after = Math.max(x1, tab) + 3;
          text = { value: p.title, x: after, w, inside: false };
          reach = after + w;
        } else if (x1 - textX > 30) {
          const value = fitText(p.title, x1 - textX - 3, type.bar, true, printMeasure);
          text = { value, x: textX, w: printMeasure(value, type.bar, true), inside: true };
        }
        return { id: p.id, x0, x1, reach, uncertain: isUncertain(p.start), text };
      })
      .filter((s): s is NonNullable<typeof s> => s !== null);
    const rows = packRows(
      spans.map((s) => ({ id: s.id, x0: s.x0, x1: s.reach })),
      4,
    );
    let rowCount = 1;
    for (const r of rows.values()) rowCount = Math.max(rowCount, r + 1);
    const height = LANE_PAD * 2 + Math.max(NAME_H, rowCount * size.pitch - (size.pitch - size.h));
    bands.push({
      index,
      name,
      nameWidth,
      colour: lane.colour,
      y,
      height,
      bars: spans.map((s) => ({ ...s, row: rows.get(s.id) ?? 0 })),
    });
    y += height;
  });
  return { bands, height: y, size };
}

const MARKER_H = 12;
const MARKER_PITCH = 15;

/**
 * Marker badges in at most `maxRows` rows: "+ Jesse (17) · Hier ging het mis" where they fit, else
 * the name only, else the sign on the participant's colour (the appendix lists every marker).
 */
function markerBadges(
  state: CaseState,
  scale: AxisScale,
  x: (day: number) => number,
  W: number,
  type: PageType,
  maxRows: number,
  /** Widest label, pt. */
  maxLabel: number,
) {
  const people = new Map(state.participants.map((p) => [p.id, p]));
  const inView = state.markers
    .map((m) => ({ m, x: x(isoToDay(m.start)) }))
    .filter((e) => e.x >= 0 && e.x <= W)
    .sort((a, b) => a.x - b.x);
  const levels = (e: (typeof inView)[number]) => {
    const sign = e.m.valence === 'good' ? '+' : '−';
    const name = `${sign} ${people.get(e.m.participantId)?.pseudonym ?? '?'}`;
    return [
      e.m.title ? fitText(`${name} · ${e.m.title}`, maxLabel, type.marker, true, printMeasure) : name,
      name,
      sign,
    ];
  };
  let chosen: { label: string; width: number; x0: number; row: number; e: (typeof inView)[number] }[] = [];
  for (let level = 0; level < 3; level++) {
    const spans = inView.map((e) => {
      const label = levels(e)[level]!;
      const width = MARKER_H + printMeasure(label, type.marker, true) + 5;
      const x0 = Math.min(Math.max(0, e.x - MARKER_H / 2), W - width);
      return { id: e.m.id, x0, x1: x0 + width, label, width, e };
    });
    const rows = packRows(spans, 3);
    let used = 0;
    for (const r of rows.values()) used = Math.max(used, r + 1);
    chosen = spans.map((s) => ({ ...s, row: rows.get(s.id) ?? 0 }));
    if (used <= maxRows) break;
  }
  let rowsUsed = 0;
  for (const c of chosen) rowsUsed = Math.min(maxRows, Math.max(rowsUsed, c.row + 1));
  const colourOf = (c: (typeof chosen)[number]) => people.get(c.e.m.participantId)?.colour ?? '#555555';
  return {
    height: rowsUsed * MARKER_PITCH,
    badges: chosen
      .filter((c) => c.row < maxRows)
      .map((c) => ({
        x: c.e.x,
        x0: c.x0,
        width: c.width,
        row: c.row,
        label: c.label,
        good: c.e.m.valence === 'good',
        colour: colourOf(c),
      })),
    // where even the signs need more rows: a pin without a badge (Appendix B lists every marker)
    pins: chosen
      .filter((c) => c.row >= maxRows)
      .map((c) => ({ x: c.e.x, good: c.e.m.valence === 'good', colour: colourOf(c) })),
  };
}

/**
 * Ticks and labels of the shared time scale within the page: labels that would cross the page's
 * edge move inside when that overlaps nothing (else they are left out), and a page that starts
 * within a year shows that year at its left edge when its own label is on the page before.
 */
function pageTime(scale: AxisScale, x: (day: number) => number, W: number, lang: Language, type: PageType) {
  const dayAt0 = Math.max(scale.startDay, nearestDay(scale, x, 0));
  const dayAtW = Math.min(scale.endDay - 1, nearestDay(scale, x, W));
  const fromYear = dayToYmd(dayAt0).year;
  const toYear = dayToYmd(dayAtW).year;
  const pad = 2.5;
  const time = timeScale({
    x,
    fromYear,
    toYear,
    lang,
    measure: printMeasure,
    yearPx: type.year,
    subPx: type.sub,
    pad,
  });
  const lineX0 = Math.max(0, x(scale.startDay));
  const lineX1 = Math.min(W, x(scale.endDay));
  const ticks = time.ticks.filter((t) => t.x >= lineX0 - 0.01 && t.x <= lineX1 + 0.01);
  const size = (l: TimeLabel) => (l.kind === 'year' ? type.year : type.sub);
  const boxOf = (l: TimeLabel) => {
    const w = printMeasure(l.text, size(l), l.kind === 'year');
    const x0 = l.align === 'centre' ? l.x - w / 2 : l.x;
    return { x0, x1: x0 + w };
  };
  const kept: TimeLabel[] = [];
  const fits = (l: TimeLabel, others: readonly TimeLabel[]) => {
    const b = boxOf(l);
    return (
      b.x0 >= 0 &&
      b.x1 <= W &&
      others.every((o) => {
        const ob = boxOf(o);
        return b.x1 + pad * 2 <= ob.x0 || ob.x1 + pad * 2 <= b.x0;
      })
    );
  };
  const sorted = [...time.labels].sort((a, b) => boxOf(a).x0 - boxOf(b).x0);
  for (const l of sorted) {
    const b = boxOf(l);
    if (b.x0 >= 0 && b.x1 <= W) {
      kept.push(l);
      continue;
    }
    const w = b.x1 - b.x0;
    const moved: TimeLabel = { ...l, align: 'start', x: b.x0 < 0 ? 0 : W - w };
    if (fits(moved, [...kept, ...sorted.filter((o) => o !== l && boxOf(o).x0 >= 0 && boxOf(o).x1 <= W)]))
      kept.push(moved);
  }
  // the year of the page's first stretch, when its label is not on this page
  const firstYear = String(fromYear);
  const yearLabels = kept.filter((l) => l.kind === 'year');
  const firstShown = yearLabels.length
    ? yearLabels.reduce((a, b) => (boxOf(a).x0 < boxOf(b).x0 ? a : b))
    : null;
  if (lineX0 <= 0 && (!firstShown || firstShown.text !== firstYear)) {
    const head: TimeLabel = { x: 0, text: firstYear, kind: 'year', align: 'start' };
    const rest = kept.filter((l) => fits(head, [l]) || l.kind === 'year');
    if (fits(head, rest)) {
      kept.length = 0;
      kept.push(head, ...rest);
    }
  }
  return { ticks, labels: kept };
}

/** The day at page x (by bisection: x(day) increases with the day). */
function nearestDay(scale: AxisScale, x: (day: number) => number, target: number): number {
  let lo = scale.startDay - 4000;
  let hi = scale.endDay + 4000;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (x(mid) <= target) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Number in SVG: at most two decimals. */
export function f(n: number): string {
  return String(Math.round(n * 100) / 100);
}
