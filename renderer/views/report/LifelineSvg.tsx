import { useId } from 'react';
import type { CaseState, Language } from '@shared/model';
import { formatFuzzyDate, fuzzySpan, isoToDay, yearStart, dayToYmd } from '@shared/time';
import { packCards, packRows } from '@shared/layout';
import { scaleOf } from '../../canvas/buildScene';
import { textDirection } from '@shared/text/direction';
import { labelXInWindow } from '@shared/report/tiles';

/** Half the width of one digit of a year label (12-unit bold type), in drawing units. */
const TICK_DIGIT_HALF = 3.8;

/**
 * The lifeline as vector graphics for the report: a drawing `lengthMetres × 1000` units wide
 * (1 unit = 1 mm of the real roll), shown whole or cut into page-wide windows (viewBox).
 */
export function LifelineSvg({
  state,
  lang,
  from: fromArg,
  to: toArg,
  overview = false,
  className,
}: {
  state: CaseState;
  lang: Language;
  from: number;
  to: number;
  /** The whole line on one page: 100 units per metre, moments as dots, markers as pins. */
  overview?: boolean;
  className?: string;
}) {
  const clipId = `lifeline-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const d = cachedDrawing(state, lang, overview);
  const from = overview ? 0 : fromArg;
  const to = overview ? d.widthMm : toArg;
  const width = to - from;
  // A tile draws only what reaches into its window (the whole roll would be drawn ten times).
  const seen = (a: number, b: number) => overview || (b >= from - 20 && a <= to + 20);
  return (
    <svg
      className={className}
      viewBox={`${from} 0 ${width} ${d.height}`}
      preserveAspectRatio="xMinYMin meet"
      role="img"
      aria-label={state.case.title}
      xmlns="http://www.w3.org/2000/svg"
    >
      {/* Clipped to the window: nothing beyond `to` shows (it belongs to the next tile) and
          nothing overflows the page (Chromium would shrink an overflowing page to fit). */}
      <defs>
        <clipPath id={clipId}>
          <rect x={from} y={0} width={width} height={d.height} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`}>
        <rect x={from} y={0} width={width} height={d.height} fill="#ffffff" />
        {d.lanes.map((l, i) => (
          <g key={l.id}>
            <rect x={from} y={l.y} width={width} height={l.height} fill={i % 2 ? '#f7f5f0' : '#efece4'} />
            <text x={from + 4} y={l.y + 14} fontSize={11} fontWeight={700} fill="#1b1f24">
              {l.name}
            </text>
          </g>
        ))}
        {d.bars
          .filter((b) => seen(b.x0, b.x1))
          .map((b) => (
            <g key={b.id}>
              <rect
                x={b.x0}
                y={b.y}
                width={Math.max(2, b.x1 - b.x0)}
                height={16}
                rx={8}
                fill={b.colour}
                opacity={b.uncertain ? 0.7 : 1}
              />
              <text
                {...svgTextFlow(b.title, Math.max(b.x0, from) + 6, Math.min(b.x1, to) - 6)}
                y={b.y + 12}
                fontSize={10}
                fontWeight={700}
                fill="#ffffff"
              >
                {clip(b.title, (b.x1 - Math.max(b.x0, from) - 12) / 5.6)}
              </text>
            </g>
          ))}
        <line x1={from} y1={d.axisY} x2={to} y2={d.axisY} stroke="#1b1f24" strokeWidth={2.5} />
        {d.ticks
          .filter((t) => seen(t.x - 30, t.x + 30))
          .map((t) => {
            // a year label is never cut by the page's edge (labelXInWindow)
            const half = t.label.length * TICK_DIGIT_HALF + 1;
            const labelX = t.label
              ? labelXInWindow(t.x, half, { from, to }, d.widthMm, d.labelGap - 2 * half - 4)
              : null;
            return (
              <g key={t.x}>
                <line
                  x1={t.x}
                  y1={d.axisY - 6}
                  x2={t.x}
                  y2={d.axisY + 6}
                  stroke="#1b1f24"
                  strokeWidth={1.5}
                />
                {labelX !== null && (
                  <text
                    x={labelX}
                    y={d.axisY + 20}
                    fontSize={12}
                    fontWeight={700}
                    textAnchor="middle"
                    fill="#1b1f24"
                  >
                    {t.label}
                  </text>
                )}
              </g>
            );
          })}
        {d.cards
          .filter((c) =>
            seen(
              Math.min(c.anchor, c.range?.[0] ?? c.anchor, c.x),
              Math.max(c.anchor, c.range?.[1] ?? c.anchor, c.x + CARD_W),
            ),
          )
          .map((c) => (
            <g key={c.id}>
              {c.range && (
                <rect
                  x={c.range[0]}
                  y={d.axisY - 4}
                  width={Math.max(1, c.range[1] - c.range[0])}
                  height={8}
                  rx={4}
                  fill={c.colour}
                  opacity={0.3}
                />
              )}
              <line
                x1={c.anchor}
                y1={d.axisY}
                x2={c.x + 10}
                y2={c.above ? c.y + 30 : c.y}
                stroke={c.colour}
                strokeWidth={1}
                strokeDasharray={c.range ? '3 2' : undefined}
              />
              <circle cx={c.anchor} cy={d.axisY} r={3.5} fill={c.colour} />
              <rect
                x={c.x}
                y={c.y}
                width={CARD_W}
                height={30}
                rx={3}
                fill="#ffffff"
                stroke={c.session ? '#7c3aed' : '#9aa3ad'}
                strokeWidth={c.session ? 1.5 : 0.8}
              />
              <rect x={c.x} y={c.y} width={4} height={30} fill={c.colour} />
              <text
                {...svgTextFlow(c.title, c.x + 8, c.x + CARD_W - 4)}
                y={c.y + 12}
                fontSize={10}
                fontWeight={700}
                fill="#1b1f24"
              >
                {clip(c.title, 27)}
              </text>
              <text x={c.x + 8} y={c.y + 25} fontSize={8.5} fill="#3d4651">
                {c.when}
              </text>
            </g>
          ))}
        {d.dots
          .filter((dot) => seen(dot.x, dot.x))
          .map((dot) => (
            <circle
              key={dot.id}
              cx={dot.x}
              cy={d.axisY}
              r={4}
              fill={dot.colour}
              stroke="#ffffff"
              strokeWidth={1}
            />
          ))}
        {d.markers
          .filter((m) => seen(m.x - 6, m.x - 6 + m.w))
          .map((m) => (
            <g key={m.id}>
              <line
                x1={m.x}
                y1={m.y + 16}
                x2={m.x}
                y2={d.axisY}
                stroke={m.good ? '#1e7a3c' : '#c2410c'}
                strokeWidth={2}
              />
              <rect
                x={m.x - 6}
                y={m.y}
                width={m.w}
                height={16}
                rx={8}
                fill="#ffffff"
                stroke={m.good ? '#1e7a3c' : '#c2410c'}
                strokeWidth={1.5}
              />
              <circle cx={m.x + 2} cy={m.y + 8} r={4.5} fill={m.colour} />
              <text
                {...svgTextFlow(m.label, m.x + 10, m.x + m.w - 12)}
                y={m.y + 12}
                fontSize={9.5}
                fontWeight={700}
                fill="#1b1f24"
              >
                {m.label}
              </text>
            </g>
          ))}
      </g>
    </svg>
  );
}

const CARD_W = 150;

function clip(text: string, chars: number): string {
  const n = Math.max(0, Math.floor(chars));
  return text.length <= n ? text : `${text.slice(0, Math.max(0, n - 1))}…`;
}

type Drawing = ReturnType<typeof drawingOf>;

/** Height of the tiled drawing in its units (1 unit = 1 mm of the roll), for cutting pages. */
export function lifelineDrawingHeight(state: CaseState, lang: Language): number {
  return cachedDrawing(state, lang, false).height;
}
const drawings = new WeakMap<CaseState, Map<string, Drawing>>();

/** One layout per case state, language and mode, shared by the overview and all tiles. */
function cachedDrawing(state: CaseState, lang: Language, overview: boolean): Drawing {
  let byKey = drawings.get(state);
  if (!byKey) drawings.set(state, (byKey = new Map()));
  const key = `${lang}:${overview}`;
  let d = byKey.get(key);
  if (!d) byKey.set(key, (d = drawingOf(state, lang, overview)));
  return d;
}

function drawingOf(state: CaseState, lang: Language, overview: boolean) {
  const scale = scaleOf(state);
  const mmPerMetre = overview ? 100 : 1000;
  const widthMm = scale.lengthMetres * mmPerMetre;
  const x = (day: number) => scale.toMetres(day) * mmPerMetre;
  const laneColour = new Map(state.lanes.map((l) => [l.id, l.colour]));
  const names = new Map(state.participants.map((p) => [p.id, p]));

  const markerSpans = state.markers.map((m) => {
    const label = overview
      ? m.valence === 'good'
        ? '+'
        : '−'
      : `${m.valence === 'good' ? '+' : '−'} ${names.get(m.participantId)?.pseudonym ?? ''}${m.title ? ` · ${m.title}` : ''}`;
    const w = overview ? 20 : Math.min(260, label.length * 5.4 + 22);
    return { id: m.id, x0: x(isoToDay(m.start)) - 6, x1: x(isoToDay(m.start)) - 6 + w, m, label, w };
  });
  const markerRows = packRows(markerSpans, 4);
  const markerBand = markerSpans.length ? (Math.max(...markerRows.values()) + 1) * 20 + 6 : 0;
  const levels = overview ? 0 : 3;
  const levelH = 36;
  const axisY = markerBand + 10 + levels * levelH + 10;
  const moments = state.items.filter((i) => i.shape === 'moment');
  const packed = packCards(
    moments.map((m) => ({ id: m.id, anchorX: x(fuzzySpan(m.start).centre) })),
    {
      cardWidth: CARD_W,
      gap: 6,
      levelsAbove: overview ? 0 : levels,
      levelsBelow: overview ? 0 : levels,
      inset: 8,
    },
  );
  const belowTop = axisY + 30;
  const momentById = new Map(moments.map((m) => [m.id, m]));
  // dates as people say them, in the case's language ("voorjaar 2019", never 15-3-2019)
  const when = (id: string) => formatFuzzyDate(momentById.get(id)!.start, lang);
  const cards = [
    ...packed.placed.map((p) => {
      const item = momentById.get(p.id)!;
      const span = fuzzySpan(item.start);
      return {
        id: p.id,
        x: p.x,
        y: p.above ? axisY - 10 - 30 - p.level * levelH : belowTop + p.level * levelH,
        above: p.above,
        anchor: x(span.centre),
        range: item.start.precision === 'day' ? null : ([x(span.start), x(span.end + 1)] as [number, number]),
        colour: laneColour.get(item.laneId) ?? '#555555',
        title: item.title,
        when: when(p.id),
        session: item.origin !== 'prepared',
      };
    }),
  ];
  // Moments that do not fit as cards are listed in the report; on the drawing they stay dots.
  const dots = packed.dots.map((id) => {
    const item = momentById.get(id)!;
    return { id, x: x(fuzzySpan(item.start).centre), colour: laneColour.get(item.laneId) ?? '#555555' };
  });
  const lanesTop = belowTop + levels * levelH + 10;
  const periods = state.items.filter((i) => i.shape === 'period');
  const lanes: { id: string; name: string; y: number; height: number }[] = [];
  const bars: {
    id: string;
    x0: number;
    x1: number;
    y: number;
    colour: string;
    title: string;
    uncertain: boolean;
  }[] = [];
  let y = lanesTop;
  for (const lane of state.lanes) {
    const spans = periods
      .filter((p) => p.laneId === lane.id)
      .map((p) => ({
        id: p.id,
        p,
        x0: x(fuzzySpan(p.start).start),
        x1: p.end ? x(fuzzySpan(p.end).end + 1) : widthMm,
      }));
    const rows = packRows(spans, 4);
    const rowCount = Math.max(1, ...[...rows.values()].map((r) => r + 1));
    const height = 20 + rowCount * 20;
    lanes.push({ id: lane.id, name: lane.name, y, height });
    for (const s of spans)
      bars.push({
        id: s.id,
        x0: s.x0,
        x1: s.x1,
        y: y + 18 + (rows.get(s.id) ?? 0) * 20,
        colour: lane.colour,
        title: s.p.title,
        uncertain: s.p.start.precision !== 'day',
      });
    y += height;
  }
  const ticks: { x: number; label: string }[] = [];
  const first = dayToYmd(scale.startDay).year;
  const last = dayToYmd(scale.endDay).year;
  // Year labels need about 30 units each; thin them out on the one-page overview.
  const every = Math.max(1, Math.ceil((30 * (last - first + 1)) / widthMm));
  for (let yr = first; yr <= last; yr++)
    if (yearStart(yr) >= scale.startDay)
      ticks.push({ x: x(yearStart(yr)), label: yr % every === 0 ? String(yr) : '' });
  const markers = markerSpans.map((s) => ({
    id: s.id,
    x: s.x0 + 6,
    y: 6 + (markerRows.get(s.id) ?? 0) * 20,
    w: s.w,
    good: s.m.valence === 'good',
    colour: names.get(s.m.participantId)?.colour ?? '#555555',
    label: s.label,
  }));
  // the least room between two year labels (how far a label at an end of the roll may move)
  const labelled = ticks.filter((t) => t.label);
  const labelGap = labelled.reduce(
    (gap, t, i) => (i > 0 ? Math.min(gap, t.x - labelled[i - 1]!.x) : gap),
    Infinity,
  );
  return { widthMm, height: y + 6, axisY, lanes, bars, ticks, labelGap, cards, dots, markers };
}

/** Right-to-left text (Arabic, Hebrew…) runs right to left from the right edge, as on the wall. */
function svgTextFlow(
  text: string,
  left: number,
  right: number,
): { x: number; direction: 'ltr' | 'rtl'; textAnchor: 'start' } {
  return textDirection(text) === 'rtl'
    ? { x: right, direction: 'rtl', textAnchor: 'start' }
    : { x: left, direction: 'ltr', textAnchor: 'start' };
}
