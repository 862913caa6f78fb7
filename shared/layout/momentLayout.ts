import { fitText, wrapText, type TextMeasure } from './textMeasure';
import { firstIndexNotBefore } from './sortedIndex';

/**
 * Where the moments of a lifeline go: cards in rows above and below the line, each joined to its
 * point on the line by a leader, and — where even the smallest cards do not fit — groups that
 * count the moments they hold ("+3") and name the span they cover ("2019–2021"). Every moment is
 * either a card or in exactly one group; nothing is dropped.
 *
 * The rules, in pixels and renderer-free (the wall draws the result on a canvas; the report can
 * draw the same result as SVG):
 * - Cards are as wide as their text (up to a maximum, longer titles wrap or end in "…").
 * - Four densities: `full` (title in up to two lines, date and lane below), `short` (one title
 *   line, date below), `title` (the title only: the leader shows where it is) and `tight` (the
 *   title in a narrower card, its start readable where it is long). The richest density that
 *   shows the most moments as cards is chosen.
 * - Within a row, boxes keep the time order of their moments, so leaders never cross there, and
 *   a card moves at most `maxShift` px sideways from its point.
 * - Moments added or corrected in the session get their card first (so a moment just added is
 *   seen). The rest are placed in time order, each in the row nearest the line where it fits.
 *   Zooming in therefore turns groups into cards from left to right in a stable order.
 * - A moment that fits nowhere joins the group just before it when that group starts near it
 *   (within two group boxes), or opens a new group; a group's box is reserved for up to "+999" and a two-year span, so it never
 *   grows out of its place.
 */
export type CardDensity = 'full' | 'short' | 'title' | 'tight';
export const CARD_DENSITIES: readonly CardDensity[] = ['full', 'short', 'title', 'tight'];

export interface MomentInput {
  readonly id: string;
  /** Where the moment is on the line (px). */
  readonly x: number;
  /** Its day (for the span a group covers). */
  readonly day: number;
  readonly title: string;
  /** The line under the title: date, and the lane for help moments. */
  readonly detail: string;
  /** Added or corrected in the session: shown as a card first, with a mark. */
  readonly marked: boolean;
}

export interface MomentLayoutOptions {
  /** Boxes stay between these x (px). */
  readonly minX: number;
  readonly maxX: number;
  /** Room for rows above the line and below it (px). */
  readonly heightAbove: number;
  readonly heightBelow: number;
  /** The type unit (1 at 1080p): paddings and gaps scale with it. */
  readonly unit: number;
  readonly titlePx: number;
  readonly detailPx: number;
  readonly groupPx: number;
  readonly measure: TextMeasure;
  /** "2019", "2019–2021": the span of a group from its first to its last day. */
  readonly spanLabel: (fromDay: number, toDay: number) => string;
  /** Densities to try, richest first (default: all three). */
  readonly densities?: readonly CardDensity[];
  /** Widest a card may be, and farthest its centre may move from its point (px at unit 1). */
  readonly maxCardWidth?: number;
  readonly maxShift?: number;
}

export interface BoxPlacement {
  readonly x: number;
  readonly width: number;
  readonly height: number;
  readonly side: 'above' | 'below';
  /** 0 is the row nearest the line. */
  readonly row: number;
  /** From the line's side of the row band to the box's near edge (px). */
  readonly offset: number;
}

export interface MomentCard extends BoxPlacement {
  readonly id: string;
  readonly anchorX: number;
  readonly lines: readonly string[];
  readonly detail: string | null;
  readonly marked: boolean;
}

export interface MomentGroup extends BoxPlacement {
  /** Stable key: the id of its first moment. */
  readonly key: string;
  /** Its moments in time order. */
  readonly ids: readonly string[];
  /** "+3" */
  readonly label: string;
  /** "2019–2021" */
  readonly span: string;
  /** From the first to the last point of its moments on the line. */
  readonly anchorX0: number;
  readonly anchorX1: number;
  /** One of its moments was added or corrected in the session. */
  readonly marked: boolean;
}

export interface MomentLayout {
  readonly density: CardDensity;
  readonly cards: readonly MomentCard[];
  readonly groups: readonly MomentGroup[];
  readonly rowsAbove: number;
  readonly rowsBelow: number;
  /** Height of one row of cards plus the gap to the next. */
  readonly rowPitch: number;
  readonly cardHeight: number;
}

/** Height of a card at a density, and the geometry shared by cards and groups. */
export function cardGeometry(
  density: CardDensity,
  o: Pick<MomentLayoutOptions, 'unit' | 'titlePx' | 'detailPx'>,
) {
  const t = o.unit;
  const titleLine = Math.round(o.titlePx * 1.18);
  const detailLine = Math.round(o.detailPx * 1.22);
  const vpad = Math.round((density === 'full' ? 8 : density === 'short' ? 6 : 5) * t);
  const height =
    density === 'full'
      ? vpad * 2 + titleLine * 2 + Math.round(3 * t) + detailLine
      : density === 'short'
        ? vpad * 2 + titleLine + Math.round(2 * t) + detailLine
        : vpad * 2 + titleLine;
  return {
    height,
    titleLine,
    detailLine,
    vpad,
    rowGap: Math.round(6 * t),
    gap: Math.round(10 * t),
    /** Text starts after the lane's colour strip and a margin; ends before a margin (and the mark). */
    padLeft: Math.round(18 * t),
    padRight: Math.round(10 * t),
    markWidth: Math.round(30 * t),
    titleLines: density === 'full' ? 2 : 1,
  };
}

interface Box {
  /** Time order of the box's (first) moment. */
  order: number;
  x: number;
  width: number;
  /** Where it would sit with no neighbours. */
  ideal: number;
  lo: number;
  hi: number;
  card: SizedCard | null;
  group: OpenGroup | null;
}

interface SizedCard {
  readonly m: MomentInput;
  readonly order: number;
  readonly width: number;
  readonly lines: string[];
  readonly detail: string | null;
}

interface OpenGroup {
  readonly members: MomentInput[];
  readonly box: Box;
}

export function layoutMoments(moments: readonly MomentInput[], opts: MomentLayoutOptions): MomentLayout {
  const sorted = [...moments].sort(
    (a, b) => a.x - b.x || a.day - b.day || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  // Every density and way of packing is tried; only the best is finished (output built). Best:
  // the fewest moments in groups, then the fewest groups, then short leaders (the average card
  // shift, in steps of 100 px of type unit 1, so a richer density is kept where it costs little).
  let best: { packed: Packed; score: number[] } | null = null;
  const step = 100 * opts.unit;
  for (const density of opts.densities ?? CARD_DENSITIES) {
    const sized = sizeCards(sorted, density, opts);
    for (const strategy of ['centred', 'packed'] as const) {
      const packed = packAt(sized, density, strategy, opts);
      const score = [packed.grouped, packed.groups.length, Math.floor(packed.meanShift / step)];
      if (!best || less(score, best.score)) best = { packed, score };
      if (packed.grouped === 0 && packed.meanShift < step) break;
    }
    if (best && best.score[0] === 0 && best.score[2] === 0) break;
  }
  return finish(best!.packed, opts);
}

function less(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

/**
 * A card's text and width do not depend on the zoom: they are kept per text measure (the same
 * titles are laid out again at every zoom), which makes a re-layout mostly packing.
 */
const sizeCache = new WeakMap<TextMeasure, Map<string, Omit<SizedCard, 'm' | 'order'>>>();

/** Each moment's card at a density: its lines, its date line and its width. */
function sizeCards(
  sorted: readonly MomentInput[],
  density: CardDensity,
  opts: MomentLayoutOptions,
): SizedCard[] {
  const t = opts.unit;
  const g = cardGeometry(density, opts);
  const maxContent = (opts.maxCardWidth ?? (density === 'full' ? 270 : density === 'tight' ? 200 : 260)) * t;
  const minContent = 60 * t;
  let cache = sizeCache.get(opts.measure);
  if (!cache) sizeCache.set(opts.measure, (cache = new Map()));
  if (cache.size > 50_000) cache.clear();
  const prefix = `${density}|${t}|${opts.titlePx}|${opts.detailPx}|${maxContent}|`;
  return sorted.map((m, order): SizedCard => {
    const key = `${prefix}${m.marked ? 1 : 0}|${m.title}|${m.detail}`;
    const hit = cache.get(key);
    if (hit) return { m, order, ...hit };
    const room = maxContent - (m.marked ? g.markWidth : 0);
    const lines = wrapText(m.title, room, g.titleLines, opts.titlePx, true, opts.measure);
    const detail =
      density === 'title' || density === 'tight'
        ? null
        : fitText(m.detail, room, opts.detailPx, false, opts.measure);
    let textWidth = minContent;
    for (const l of lines) textWidth = Math.max(textWidth, opts.measure(l, opts.titlePx, true));
    if (detail) textWidth = Math.max(textWidth, opts.measure(detail, opts.detailPx, false));
    const width = Math.ceil(
      Math.min(room, textWidth) + g.padLeft + g.padRight + (m.marked ? g.markWidth : 0),
    );
    cache.set(key, { width, lines, detail });
    return { m, order, width, lines, detail };
  });
}

interface Packed {
  readonly density: CardDensity;
  /** How far cards sit from their points on average (px): the leaders' length. */
  readonly meanShift: number;
  readonly rows: Box[][];
  readonly rowOrder: readonly { side: 'above' | 'below'; row: number }[];
  readonly groups: OpenGroup[];
  readonly grouped: number;
  readonly rowsAbove: number;
  readonly rowsBelow: number;
  readonly pitch: number;
  readonly height: number;
}

/** Which moments get a card in which row, and which are grouped (positions are rough). */
function packAt(
  sized: readonly SizedCard[],
  density: CardDensity,
  strategy: 'centred' | 'packed',
  opts: MomentLayoutOptions,
): Packed {
  const t = opts.unit;
  const g = cardGeometry(density, opts);
  const pitch = g.height + g.rowGap;
  const rowsAbove = Math.max(0, Math.floor((opts.heightAbove + g.rowGap) / pitch));
  const rowsBelow = Math.max(0, Math.floor((opts.heightBelow + g.rowGap) / pitch));
  // Nearest rows first, above before below.
  const rowOrder: { side: 'above' | 'below'; row: number }[] = [];
  for (let r = 0; r < Math.max(rowsAbove, rowsBelow); r++) {
    if (r < rowsAbove) rowOrder.push({ side: 'above', row: r });
    if (r < rowsBelow) rowOrder.push({ side: 'below', row: r });
  }
  if (rowOrder.length === 0) rowOrder.push({ side: 'above', row: 0 });
  const rows: Box[][] = rowOrder.map(() => []);
  const maxShift = (opts.maxShift ?? 520) * t;

  const groupWidth = Math.ceil(
    opts.measure('+888', opts.groupPx, true) +
      opts.measure('8888–8888', opts.detailPx, false) +
      g.padLeft +
      g.padRight +
      Math.round(10 * t),
  );
  const mergeDistance = groupWidth + g.gap;

  const window = (anchor: number, width: number) => {
    const ideal = anchor - width / 2;
    return {
      ideal,
      lo: Math.max(opts.minX, ideal - maxShift),
      hi: Math.min(opts.maxX - width, ideal + maxShift),
    };
  };

  /** Where a box of `width` at time `order` fits in row `r`, or null. */
  const slot = (r: number, order: number, lo: number, hi: number, width: number) => {
    const row = rows[r]!;
    const a = firstIndexNotBefore(row, (box) => box.order < order);
    const prev = row[a - 1];
    const next = row[a];
    const from = Math.max(lo, prev ? prev.x + prev.width + g.gap : -Infinity);
    const to = Math.min(hi, next ? next.x - g.gap - width : Infinity);
    return from <= to ? { index: a, from, to } : null;
  };

  /** Puts a box in the best row; whether it fitted. */
  const place = (box: Box, how: 'centred' | 'packed'): number | null => {
    let bestRow = -1;
    let bestX = 0;
    let bestIndex = 0;
    let bestCost = Infinity;
    for (let r = 0; r < rows.length; r++) {
      const s = slot(r, box.order, box.lo, box.hi, box.width);
      if (!s) continue;
      if (how === 'packed') {
        bestRow = r;
        bestX = s.from;
        bestIndex = s.index;
        break;
      }
      const x = Math.min(s.to, Math.max(s.from, box.ideal));
      const cost = Math.abs(x - box.ideal) + r * 24 * t;
      if (cost < bestCost) {
        bestCost = cost;
        bestRow = r;
        bestX = x;
        bestIndex = s.index;
      }
    }
    if (bestRow < 0) return null;
    box.x = bestX;
    rows[bestRow]!.splice(bestIndex, 0, box);
    return bestRow;
  };

  const cardBox = (c: SizedCard): Box => ({
    order: c.order,
    x: 0,
    width: c.width,
    ...window(c.m.x, c.width),
    card: c,
    group: null,
  });

  // Moments changed in the session first, where they are best seen.
  const placed = new Set<number>();
  for (const c of sized) if (c.m.marked && place(cardBox(c), 'centred') !== null) placed.add(c.order);

  const groups: OpenGroup[] = [];
  let open: OpenGroup | null = null;
  for (const c of sized) {
    if (placed.has(c.order)) continue;
    if (place(cardBox(c), strategy) !== null) continue;
    // A group covers a short stretch of the line (two boxes wide), so it says where its moments are.
    if (open && c.m.x - open.members[0]!.x <= 2 * mergeDistance) {
      open.members.push(c.m);
      continue;
    }
    const box: Box = {
      order: c.order,
      x: 0,
      width: groupWidth,
      ...window(c.m.x, groupWidth),
      card: null,
      group: null,
    };
    const group: OpenGroup = { members: [c.m], box };
    box.group = group;
    if (place(box, 'centred') === null) {
      const joined = makeRoom(rows, box, opts, g.gap);
      if (joined) {
        joined.members.push(c.m);
        open = joined;
        continue;
      }
    }
    groups.push(group);
    open = group;
  }

  let grouped = 0;
  for (const grp of groups) grouped += grp.members.length;
  // Each group's box is centred on the span of its moments where its neighbours let it; cards
  // move towards their points the same way.
  for (const grp of groups) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const mm of grp.members) {
      lo = Math.min(lo, mm.x);
      hi = Math.max(hi, mm.x);
    }
    Object.assign(grp.box, window((lo + hi) / 2, groupWidth));
  }
  let shift = 0;
  let cards = 0;
  for (const row of rows) {
    relax(row, g.gap);
    for (const box of row)
      if (box.card) {
        shift += Math.abs(box.x + box.width / 2 - box.card.m.x);
        cards++;
      }
  }
  return {
    density,
    meanShift: cards ? shift / cards : 0,
    rows,
    rowOrder,
    groups,
    grouped,
    rowsAbove,
    rowsBelow,
    pitch,
    height: g.height,
  };
}

/** The chosen packing, finished: boxes moved towards their points, groups named, output built. */
/**
 * A card whose title (or date line) had to be cut takes the free room beside it in its row, up
 * to what its text needs, without moving its neighbours: where a zoom leaves space, a title is
 * shown whole instead of ending in "…" beside an empty stretch.
 */
function widenCutCards(p: Packed, opts: MomentLayoutOptions): void {
  const g = cardGeometry(p.density, opts);
  const fixed = g.padLeft + g.padRight;
  for (const row of p.rows) {
    for (let i = 0; i < row.length; i++) {
      const box = row[i]!;
      const card = box.card;
      if (!card) continue;
      const title = card.m.title.replace(/\s+/g, ' ').trim();
      const cutTitle = card.lines.join(' ') !== title;
      const cutDetail = card.detail !== null && card.detail !== card.m.detail;
      if (!cutTitle && !cutDetail) continue;
      const mark = card.m.marked ? g.markWidth : 0;
      const prev = row[i - 1];
      const next = row[i + 1];
      const left = prev ? prev.x + prev.width + g.gap : opts.minX;
      const right = next ? next.x - g.gap : opts.maxX;
      const needed = Math.max(
        opts.measure(title, opts.titlePx, true),
        card.detail !== null ? opts.measure(card.m.detail, opts.detailPx, false) : 0,
      );
      const avail = right - left - fixed - mark;
      if (avail <= box.width - fixed - mark) continue;
      // The narrowest width that shows the text whole in the card's lines (two lines where the
      // density has two), else all the room there is.
      let room = avail;
      let lines = card.lines;
      let detail = card.detail;
      for (const share of [0.6, 0.75, 1]) {
        const w = Math.min(
          avail,
          Math.max(box.width - fixed - mark, needed * (g.titleLines > 1 ? share : 1)),
        );
        const l = wrapText(card.m.title, w, g.titleLines, opts.titlePx, true, opts.measure);
        const d = card.detail !== null ? fitText(card.m.detail, w, opts.detailPx, false, opts.measure) : null;
        room = w;
        lines = l;
        detail = d;
        if (l.join(' ') === title && d === (card.detail !== null ? card.m.detail : null)) break;
      }
      let textWidth = 0;
      for (const l of lines) textWidth = Math.max(textWidth, opts.measure(l, opts.titlePx, true));
      if (detail) textWidth = Math.max(textWidth, opts.measure(detail, opts.detailPx, false));
      const width = Math.ceil(Math.min(room, textWidth) + fixed + mark);
      if (width <= box.width) continue;
      box.x = Math.min(Math.max(left, box.x - (width - box.width) / 2), right - width);
      box.width = width;
      box.card = { ...card, width, lines, detail };
    }
  }
}

function finish(p: Packed, opts: MomentLayoutOptions): MomentLayout {
  widenCutCards(p, opts);
  const groupHeight = cardGeometry('title', opts).height;
  const cards: MomentCard[] = [];
  const groups: MomentGroup[] = [];
  p.rows.forEach((row, r) => {
    const { side, row: level } = p.rowOrder[r]!;
    for (const box of row) {
      const common = { x: box.x, width: box.width, side, row: level, offset: level * p.pitch };
      if (box.card) {
        cards.push({
          ...common,
          height: p.height,
          id: box.card.m.id,
          anchorX: box.card.m.x,
          lines: box.card.lines,
          detail: box.card.detail,
          marked: box.card.m.marked,
        });
      } else if (box.group) {
        const members = [...box.group.members].sort((a, b) => a.x - b.x || a.day - b.day);
        let first = Infinity;
        let last = -Infinity;
        for (const mm of members) {
          first = Math.min(first, mm.day);
          last = Math.max(last, mm.day);
        }
        groups.push({
          ...common,
          height: groupHeight,
          key: members[0]!.id,
          ids: members.map((mm) => mm.id),
          label: `+${members.length}`,
          span: opts.spanLabel(first, last),
          anchorX0: members[0]!.x,
          anchorX1: members[members.length - 1]!.x,
          marked: members.some((mm) => mm.marked),
        });
      }
    }
  });
  return {
    density: p.density,
    cards,
    groups,
    rowsAbove: p.rowsAbove,
    rowsBelow: p.rowsBelow,
    rowPitch: p.pitch,
    cardHeight: p.height,
  };
}

/**
 * When a new group's box finds no room: in the row nearest the line where only cards are in the
 * way, those cards give up their place and their moments join the group (so the group stays
 * where its moments are). Where a group is in the way in every row, the moment joins that group
 * instead, which is returned. Only happens with rows packed from edge to edge.
 */
function makeRoom(rows: Box[][], box: Box, opts: MomentLayoutOptions, gap: number): OpenGroup | null {
  const group = box.group!;
  box.lo = opts.minX;
  box.hi = Math.max(opts.minX, opts.maxX - box.width);
  const x = Math.min(box.hi, Math.max(box.lo, box.ideal));
  let nearestGroup: OpenGroup | null = null;
  let markedRow: { row: Box[]; blocking: Box[] } | null = null;
  const evict = (row: Box[], blocking: Box[]) => {
    for (const out of blocking) {
      row.splice(row.indexOf(out), 1);
      group.members.push(out.card!.m);
    }
    group.members.sort((a, b) => a.x - b.x);
    box.x = x;
    box.order = Math.min(box.order, ...blocking.map((b) => b.order));
    const at = row.findIndex((b) => b.x > x);
    row.splice(at < 0 ? row.length : at, 0, box);
  };
  for (const row of rows) {
    const blocking = row.filter((b) => b.x < x + box.width + gap && x < b.x + b.width + gap);
    const inTheWay = blocking.find((b) => b.group);
    if (inTheWay) {
      nearestGroup ??= inTheWay.group;
      continue;
    }
    // A moment changed in the session keeps its card unless nothing else can give way.
    if (blocking.some((b) => b.card?.m.marked)) {
      markedRow ??= { row, blocking };
      continue;
    }
    evict(row, blocking);
    return null;
  }
  if (!nearestGroup && markedRow) {
    evict(markedRow.row, markedRow.blocking);
    return null;
  }
  return nearestGroup;
}

/**
 * Moves each box of a row towards where it wants to be, as far as its neighbours and its own
 * limits allow, sweeping both ways a few times. The order and the gaps are kept.
 */
function relax(row: Box[], gap: number): void {
  for (let pass = 0; pass < 6; pass++) {
    const forward = pass % 2 === 0;
    for (let k = 0; k < row.length; k++) {
      const i = forward ? k : row.length - 1 - k;
      const box = row[i]!;
      const prev = row[i - 1];
      const next = row[i + 1];
      const from = Math.max(box.lo, prev ? prev.x + prev.width + gap : -Infinity);
      const to = Math.min(box.hi, next ? next.x - gap - box.width : Infinity);
      if (from > to) continue;
      box.x = Math.min(to, Math.max(from, box.ideal));
    }
  }
}
