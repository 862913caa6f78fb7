import { cardGeometry, fitText, type TextMeasure } from '@shared/layout';
import { fontOf, measureText } from './measureText';
import { readableOn, tint, WALL } from './palette';
import type {
  SceneBar,
  SceneCard,
  SceneGroup,
  SceneMarker,
  SceneMetrics,
  SceneTick,
  SceneTimeLabel,
  WallScene,
} from './sceneTypes';
import { TITLE_AFTER_MAX } from './sceneTypes';
import { CHUNK_PX, type SceneChunk } from './chunks';
import { ICON_PATHS } from '../components/participantIcons';

/**
 * Paints the lifeline's shapes straight into a 2D context: a strip's still image (an
 * OffscreenCanvas), the console's selection overlay, or the benchmark's baseline that repaints the
 * whole scene every frame (scripts/bench/naiveWall.ts). One
 * painter for all, so they always look the same. Every text is drawn at a size from the scene's
 * metrics (the wall's: never under 20 CSS px).
 */
export type Paint2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Marker colours: green for good help, red-orange for no good help (with + and − so colour is not the only sign). */
export const MARKER = { good: '#1e7a3c', bad: '#c2410c' } as const;

/** The index of a "strip" that holds the whole scene (its periods' titles are not repeated per strip). */
export const WHOLE = Number.MIN_SAFE_INTEGER;

/** Everything of one strip but its markers (which have strips of their own). */
export function paintStrip(ctx: Paint2D, chunk: SceneChunk, scene: WallScene): void {
  const m = scene.metrics;
  const u = m.u;
  const axisY = scene.axisY;
  // the line
  ctx.lineCap = 'round';
  ctx.strokeStyle = WALL.axis;
  ctx.lineWidth = 6 * u;
  ctx.beginPath();
  ctx.moveTo(0, axisY);
  ctx.lineTo(scene.widthPx, axisY);
  ctx.stroke();
  ctx.lineCap = 'butt';
  paintTicks(ctx, chunk.ticks, axisY, m);
  const within = { x0: chunk.index * CHUNK_PX - 2, x1: (chunk.index + 1) * CHUNK_PX + 2 };
  for (const bar of chunk.bars) paintBar(ctx, bar, m, false, chunk.index === WHOLE ? undefined : within);
  // under the boxes: uncertain ranges and group spans on the line, leaders, points
  for (const c of chunk.cards) if (c.range) paintRange(ctx, c, axisY, u);
  for (const g of chunk.groups) paintGroupSpan(ctx, g, axisY, u);
  for (const c of chunk.cards) paintLeader(ctx, c.anchorX, axisY, c, c.colour, u, c.range !== null);
  for (const g of chunk.groups) paintLeader(ctx, (g.anchorX0 + g.anchorX1) / 2, axisY, g, WALL.ink, u, false);
  // time and ages over the leaders, each on a halo of paper so a leader never runs through a digit
  paintTimeLabels(ctx, chunk.timeLabels, axisY, m);
  ctx.font = fontOf(m.textFont, false);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = WALL.paper;
  ctx.lineWidth = 5 * u;
  ctx.fillStyle = WALL.inkSoft;
  for (const { row, ages } of chunk.ages)
    for (const a of ages) {
      ctx.strokeText(a.label, a.x, row.y + u);
      ctx.fillText(a.label, a.x, row.y + u);
    }
  ctx.textAlign = 'left';
  for (const d of chunk.dots) paintPoint(ctx, d.x, axisY, d.colour, u);
  for (const c of chunk.cards) paintPoint(ctx, c.anchorX, axisY, c.colour, u);
  for (const g of chunk.groups) paintGroup(ctx, g, m);
  for (const c of chunk.cards) paintCard(ctx, c, m, false);
}

function paintTicks(ctx: Paint2D, ticks: readonly SceneTick[], axisY: number, m: SceneMetrics): void {
  const u = m.u;
  for (const major of [false, true]) {
    ctx.strokeStyle = major ? WALL.axis : WALL.tickMinor;
    ctx.lineWidth = (major ? 3 : 2) * u;
    ctx.beginPath();
    for (const t of ticks) {
      if (t.major !== major) continue;
      const h = (major ? 14 : 8) * u;
      ctx.moveTo(t.x, axisY - h);
      ctx.lineTo(t.x, axisY + h);
    }
    ctx.stroke();
  }
}

function paintTimeLabels(
  ctx: Paint2D,
  labels: readonly SceneTimeLabel[],
  axisY: number,
  m: SceneMetrics,
): void {
  ctx.textBaseline = 'top';
  for (const l of labels) {
    const year = l.kind === 'year';
    ctx.font = fontOf(year ? m.yearFont : m.textFont, year);
    ctx.fillStyle = year ? WALL.ink : WALL.inkSoft;
    ctx.textAlign = l.align === 'start' ? 'left' : 'center';
    const y = axisY + 13 * m.u + (year ? 0 : (m.yearFont - m.textFont) / 2);
    ctx.lineJoin = 'round';
    ctx.strokeStyle = WALL.paper;
    ctx.lineWidth = 5 * m.u;
    ctx.strokeText(l.text, l.x, y);
    ctx.fillText(l.text, l.x, y);
  }
  ctx.textAlign = 'left';
}

function paintRange(ctx: Paint2D, c: SceneCard, axisY: number, u: number): void {
  const w = Math.max(2, c.range!.x1 - c.range!.x0);
  const g = ctx.createLinearGradient(c.range!.x0, 0, c.range!.x0 + w, 0);
  g.addColorStop(0, tint(c.colour, 1));
  g.addColorStop(0.5, tint(c.colour, 0.35));
  g.addColorStop(1, tint(c.colour, 1));
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.roundRect(c.range!.x0, axisY - 9 * u, w, 18 * u, 9 * u);
  ctx.fill();
}

function paintGroupSpan(ctx: Paint2D, g: SceneGroup, axisY: number, u: number): void {
  ctx.fillStyle = 'rgb(27 31 36 / 22%)';
  ctx.beginPath();
  ctx.roundRect(g.anchorX0 - 10 * u, axisY - 11 * u, g.anchorX1 - g.anchorX0 + 20 * u, 22 * u, 11 * u);
  ctx.fill();
}

/** A leader from the point on the line to the nearest part of the box's edge facing the line. */
function paintLeader(
  ctx: Paint2D,
  anchorX: number,
  axisY: number,
  box: { x: number; y: number; width: number; height: number; above: boolean },
  colour: string,
  u: number,
  dashed: boolean,
): void {
  const inset = Math.min(16 * u, box.width / 2);
  const toX = Math.min(box.x + box.width - inset, Math.max(box.x + inset, anchorX));
  const toY = box.above ? box.y + box.height : box.y;
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2.5 * u;
  ctx.setLineDash(dashed ? [6 * u, 5 * u] : []);
  ctx.beginPath();
  ctx.moveTo(anchorX, axisY);
  ctx.lineTo(toX, toY);
  ctx.stroke();
  ctx.setLineDash([]);
}

function paintPoint(ctx: Paint2D, x: number, axisY: number, colour: string, u: number): void {
  ctx.fillStyle = colour;
  ctx.strokeStyle = WALL.paper;
  ctx.lineWidth = 2 * u;
  ctx.beginPath();
  ctx.arc(x, axisY, 7 * u, 0, Math.PI * 2);
  ctx.fill();
  ctx.stroke();
}

/** A moment as a card: its lane's colour at the left, the title, the date (and lane) below. */
export function paintCard(ctx: Paint2D, card: SceneCard, m: SceneMetrics, selected: boolean): void {
  const u = m.u;
  const g = cardGeometry(m.density, { unit: u, titlePx: m.titleFont, detailPx: m.textFont });
  const radius = 8 * u;
  const session = card.mark !== null;
  ctx.fillStyle = WALL.cardFill;
  ctx.beginPath();
  ctx.roundRect(card.x, card.y, card.width, card.height, radius);
  ctx.fill();
  ctx.fillStyle = card.colour;
  ctx.beginPath();
  ctx.roundRect(card.x, card.y, 8 * u, card.height, [radius, 0, 0, radius]);
  ctx.fill();
  ctx.strokeStyle = selected ? WALL.selection : session ? WALL.sessionEdit : WALL.cardStroke;
  ctx.lineWidth = (selected ? 4 : session ? 3 : 1.5) * u;
  ctx.setLineDash(session && !selected ? [8 * u, 4 * u] : []);
  ctx.beginPath();
  ctx.roundRect(card.x, card.y, card.width, card.height, radius);
  ctx.stroke();
  ctx.setLineDash([]);
  const left = card.x + g.padLeft;
  const right = card.x + card.width - g.padRight - (card.mark ? g.markWidth : 0);
  ctx.direction = card.rtl ? 'rtl' : 'ltr';
  ctx.textAlign = card.rtl ? 'right' : 'left';
  const textX = card.rtl ? right : left;
  ctx.textBaseline = 'top';
  ctx.font = fontOf(m.titleFont, true);
  ctx.fillStyle = WALL.ink;
  let y = card.y + g.vpad + (g.titleLine - m.titleFont) / 2;
  for (const line of card.lines) {
    ctx.fillText(line, textX, y);
    y += g.titleLine;
  }
  if (card.detail) {
    ctx.font = fontOf(m.textFont, false);
    ctx.fillStyle = WALL.inkSoft;
    ctx.fillText(
      card.detail,
      textX,
      card.y + card.height - g.vpad - g.detailLine + (g.detailLine - m.textFont) / 2,
    );
  }
  ctx.direction = 'ltr';
  ctx.textAlign = 'left';
  if (card.mark)
    paintMark(
      ctx,
      card.mark,
      card.x + card.width - g.padRight - g.markWidth / 2,
      card.y + card.height / 2,
      u,
    );
}

/** The session mark: a + for a moment added in the session, a pencil for one corrected. */
export function paintMark(
  ctx: Paint2D,
  mark: 'added' | 'corrected',
  cx: number,
  cy: number,
  u: number,
): void {
  const r = 12 * u;
  ctx.fillStyle = WALL.sessionEdit;
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#ffffff';
  ctx.strokeStyle = '#ffffff';
  if (mark === 'added') {
    ctx.fillRect(cx - 7 * u, cy - 1.75 * u, 14 * u, 3.5 * u);
    ctx.fillRect(cx - 1.75 * u, cy - 7 * u, 3.5 * u, 14 * u);
    return;
  }
  // a pencil, tip down-left
  ctx.save();
  ctx.translate(cx, cy);
  ctx.rotate(-Math.PI / 4);
  ctx.fillRect(-4 * u, -2.5 * u, 11 * u, 5 * u);
  ctx.beginPath();
  ctx.moveTo(-5 * u, -2.5 * u);
  ctx.lineTo(-9 * u, 0);
  ctx.lineTo(-5 * u, 2.5 * u);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
}

/** A group: a small stack of cards counting its moments, with the span it covers. */
function paintGroup(ctx: Paint2D, g: SceneGroup, m: SceneMetrics): void {
  const u = m.u;
  const radius = 8 * u;
  // two cards peeking out behind: "more than one"
  for (const off of [6 * u, 3 * u]) {
    ctx.fillStyle = '#ffffff';
    ctx.strokeStyle = WALL.cardStroke;
    ctx.lineWidth = 1.5 * u;
    ctx.beginPath();
    ctx.roundRect(g.x + off, g.above ? g.y - off : g.y + off, g.width, g.height, radius);
    ctx.fill();
    ctx.stroke();
  }
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.roundRect(g.x, g.y, g.width, g.height, radius);
  ctx.fill();
  // the lanes of its moments, as a striped edge
  const stripe = g.height / Math.max(1, g.colours.length);
  g.colours.forEach((colour, i) => {
    ctx.fillStyle = colour;
    ctx.fillRect(g.x + 1, g.y + i * stripe, 8 * u, stripe);
  });
  ctx.strokeStyle = g.marked ? WALL.sessionEdit : WALL.ink;
  ctx.lineWidth = (g.marked ? 3 : 2.5) * u;
  ctx.setLineDash(g.marked ? [8 * u, 4 * u] : []);
  ctx.beginPath();
  ctx.roundRect(g.x, g.y, g.width, g.height, radius);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.font = fontOf(m.groupFont, true);
  ctx.fillStyle = WALL.ink;
  const x = g.x + 18 * u;
  const cy = g.y + g.height / 2;
  ctx.fillText(g.label, x, cy);
  const labelW = measureText(g.label, m.groupFont, true);
  ctx.font = fontOf(m.textFont, false);
  ctx.fillStyle = WALL.inkSoft;
  ctx.fillText(g.span, x + labelW + 10 * u, cy);
  ctx.textBaseline = 'top';
}

/**
 * Where a period's title goes: inside the bar's solid part when it fits whole; else whole after
 * the bar when its row has room there; else inside, cut with "…" (or nowhere on a sliver).
 * A faded (uncertain) end is too light for readable text, so it is not counted as room.
 */
export function barTitlePlacement(
  bar: SceneBar,
  m: SceneMetrics,
  measure: TextMeasure = measureText,
): { where: 'inside' | 'after' | 'none'; text: string; x: number } {
  const u = m.u;
  const width = Math.max(4, bar.x1 - bar.x0);
  const fades = Math.min(bar.fadeStart / width, 0.45) * width + Math.min(bar.fadeEnd / width, 0.45) * width;
  const room = width - bar.height - fades;
  const whole = measure(bar.title, m.textFont, true);
  if (whole <= room) return { where: 'inside', text: bar.title, x: bar.x0 };
  const gap = 10 * u;
  if (whole + 2 * gap <= Math.min(bar.roomAfter, TITLE_AFTER_MAX * u))
    return { where: 'after', text: bar.title, x: bar.x1 + gap };
  if (room < 40 * u) return { where: 'none', text: '', x: bar.x0 };
  const text = fitText(bar.title, room, m.textFont, true, measure);
  return text === '…' ? { where: 'none', text: '', x: bar.x0 } : { where: 'inside', text, x: bar.x0 };
}

/** A period's title is repeated this far apart (px at unit 1) along a long bar. */
const BAR_TITLE_EVERY = 1400;

/** A period: a bar in its lane; uncertain ends fade, an ongoing period fades out at its end. */
export function paintBar(
  ctx: Paint2D,
  bar: SceneBar,
  m: SceneMetrics,
  selected: boolean,
  within: { readonly x0: number; readonly x1: number } = { x0: -Infinity, x1: Infinity },
): void {
  const u = m.u;
  const width = Math.max(4, bar.x1 - bar.x0);
  const fadeStart = Math.min(bar.fadeStart / width, 0.45);
  const fadeEnd = Math.min(bar.fadeEnd / width, 0.45);
  const gradient = ctx.createLinearGradient(bar.x0, 0, bar.x0 + width, 0);
  gradient.addColorStop(0, fadeStart > 0 ? tint(bar.colour, 0.92) : bar.colour);
  if (fadeStart > 0) gradient.addColorStop(fadeStart, bar.colour);
  if (fadeEnd > 0) gradient.addColorStop(1 - fadeEnd, bar.colour);
  gradient.addColorStop(1, fadeEnd > 0 ? tint(bar.colour, 0.92) : bar.colour);
  ctx.fillStyle = gradient;
  ctx.beginPath();
  ctx.roundRect(bar.x0, bar.y, width, bar.height, bar.height / 2);
  ctx.fill();
  if (selected) {
    ctx.strokeStyle = WALL.selection;
    ctx.lineWidth = 4 * u;
    ctx.stroke();
    if (!bar.ongoing) {
      ctx.fillStyle = WALL.selection;
      ctx.beginPath();
      ctx.roundRect(bar.x0 - 3 * u, bar.y - 4 * u, 8 * u, bar.height + 8 * u, 4 * u);
      ctx.roundRect(bar.x1 - 5 * u, bar.y - 4 * u, 8 * u, bar.height + 8 * u, 4 * u);
      ctx.fill();
    }
  }
  const title = barTitlePlacement(bar, m);
  if (title.where === 'none') return;
  ctx.font = fontOf(m.textFont, true);
  if (title.where === 'after') {
    // a short bar: its whole title beside it, in ink on a halo of paper
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'left';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = WALL.paper;
    ctx.lineWidth = 5 * u;
    ctx.strokeText(title.text, title.x, bar.y + bar.height / 2);
    ctx.fillStyle = WALL.ink;
    ctx.fillText(title.text, title.x, bar.y + bar.height / 2);
    ctx.textBaseline = 'top';
    return;
  }
  const text = title.text;
  ctx.fillStyle = readableOn(bar.colour);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  // A bar longer than a screen repeats its title, so it is on the screen wherever one looks.
  const from = bar.x0 + bar.height / 2 + fadeStart * width;
  const last = bar.x0 + width - fadeEnd * width - bar.height / 2 - measureText(text, m.textFont, true);
  const every = BAR_TITLE_EVERY * u;
  const textW = measureText(text, m.textFont, true);
  // (only the copies that reach into the strip being painted)
  const firstCopy = Math.max(0, Math.floor((within.x0 - textW - from) / every));
  for (let x = from + firstCopy * every; x === from || (x <= last && x <= within.x1); x += every)
    if (x + textW >= within.x0) ctx.fillText(text, x, bar.y + bar.height / 2);
  ctx.textBaseline = 'top';
}

/** Markers: a pin from the line to a badge with the participant's colour, name and what it is about. */
export function paintMarkers(ctx: Paint2D, markers: readonly SceneMarker[], scene: WallScene): void {
  const m = scene.metrics;
  const u = m.u;
  const axisY = scene.axisY;
  for (const marker of markers) {
    const colour = marker.good ? MARKER.good : MARKER.bad;
    if (marker.x1 !== null) {
      ctx.globalAlpha = 0.35;
      ctx.fillStyle = colour;
      ctx.beginPath();
      ctx.roundRect(marker.x, axisY - 10 * u, Math.max(4, marker.x1 - marker.x), 20 * u, 10 * u);
      ctx.fill();
      ctx.globalAlpha = 1;
    }
    ctx.strokeStyle = colour;
    ctx.lineWidth = 5 * u;
    ctx.beginPath();
    ctx.moveTo(marker.x, marker.badgeY + marker.badgeHeight);
    ctx.lineTo(marker.x, axisY);
    ctx.stroke();
    ctx.fillStyle = colour;
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 3 * u;
    ctx.beginPath();
    ctx.arc(marker.x, axisY, 14 * u, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
    const r = marker.badgeHeight / 2;
    if (marker.badgeWidth <= marker.badgeHeight) {
      // compact (a crowded stretch at a far zoom): the participant's colour with the sign
      ctx.fillStyle = marker.colour;
      ctx.strokeStyle = colour;
      ctx.lineWidth = 4 * u;
      ctx.beginPath();
      ctx.arc(marker.badgeX + r, marker.badgeY + r, r - 2 * u, 0, Math.PI * 2);
      ctx.fill();
      ctx.stroke();
      ctx.font = fontOf(m.textFont, true);
      ctx.fillStyle = readableOn(marker.colour);
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(marker.label, marker.badgeX + r, marker.badgeY + r);
      ctx.textAlign = 'left';
      ctx.textBaseline = 'top';
      continue;
    }
    ctx.fillStyle = '#ffffff';
    ctx.strokeStyle = colour;
    ctx.lineWidth = 4 * u;
    ctx.beginPath();
    ctx.roundRect(marker.badgeX, marker.badgeY, marker.badgeWidth, marker.badgeHeight, r);
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = marker.colour;
    ctx.beginPath();
    ctx.arc(marker.badgeX + r, marker.badgeY + r, r - 8 * u, 0, Math.PI * 2);
    ctx.fill();
    if (marker.icon) paintIcon(ctx, marker.icon, marker.badgeX + r, marker.badgeY + r, (r - 8 * u) * 1.3);
    const room = marker.badgeWidth - r * 2 - 14 * u;
    const text = fitText(marker.label, room, m.textFont, true, measureText);
    ctx.font = fontOf(m.textFont, true);
    ctx.fillStyle = WALL.ink;
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'left';
    ctx.fillText(text, marker.badgeX + r * 2 + 2 * u, marker.badgeY + r);
    ctx.textBaseline = 'top';
  }
}

const iconPaths = new Map<string, Path2D>();

/** A participant's picture in white, `size` px square, centred on (cx, cy) (24×24 vector paths). */
function paintIcon(ctx: Paint2D, icon: keyof typeof ICON_PATHS, cx: number, cy: number, size: number): void {
  let path = iconPaths.get(icon);
  if (!path) iconPaths.set(icon, (path = new Path2D(ICON_PATHS[icon])));
  ctx.save();
  ctx.translate(cx - size / 2, cy - size / 2);
  ctx.scale(size / 24, size / 24);
  ctx.fillStyle = '#ffffff';
  ctx.fill(path);
  ctx.restore();
}
