import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseState, Language, WallFocus } from '@shared/model';
import type { CommandArgs, Dispatch } from '@shared/commands';
import { focusRange, WALL_FOLLOW_PAUSE_MS } from '@shared/session';
import {
  compareFuzzy,
  dayToIso,
  dayToYmd,
  daysInMonth,
  formatFuzzyDate,
  formatPointSpan,
  isoToDay,
  fuzzySpan,
  ymdToDay,
  yearStart,
} from '@shared/time';
import { scaleOf } from '../../canvas/buildScene';
import { useElementSize } from '../../canvas/useElementSize';

/**
 * "Show on the wall": the console's small lifeline (drag across it for a span, tap a year for
 * that year), years to pick, a moment or marker, everything, or set the wall free. The wall
 * follows unless someone is touching it (see useWallFollow).
 */
export function WallSteerPanel({ state, dispatch }: { state: CaseState; dispatch: Dispatch }) {
  const { t, i18n } = useTranslation();
  const lang: Language = i18n.language === 'en' ? 'en' : 'nl';
  const focus = state.session?.wallFocus ?? null;
  const show = (target: CommandArgs<'session.setWallFocus'>['target']) =>
    void dispatch('session.setWallFocus', { target });
  const firstYear = Number(state.case.axis.start.slice(0, 4));
  const lastYear = Number(state.case.axis.end.slice(0, 4));
  const years = useMemo(
    () => Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i),
    [firstYear, lastYear],
  );
  const [fromYear, setFromYear] = useState(Math.max(firstYear, lastYear - 3));
  const [toYear, setToYear] = useState(lastYear);
  const moments = useMemo(
    () => state.items.filter((i) => i.shape === 'moment').sort((a, b) => compareFuzzy(a.start, b.start)),
    [state.items],
  );
  const names = new Map(state.participants.map((p) => [p.id, p.pseudonym]));
  return (
    <section className="wall-steer" aria-labelledby="wall-steer-heading" data-testid="wall-steer">
      <div className="steer-row">
        <h2 id="wall-steer-heading">{t('session.steer.heading')}</h2>
        <p className="steer-status" data-testid="steer-status" aria-live="polite">
          {focus ? (
            <>
              {t('session.steer.shows', { what: '' })}
              <strong>{describeFocus(state, focus, lang, t)}</strong>
            </>
          ) : (
            t('session.steer.isFree')
          )}
        </p>
        <span className="muted steer-note">
          {t('session.steer.followNote', { seconds: Math.round(WALL_FOLLOW_PAUSE_MS / 1000) })}
        </span>
      </div>
      <SteerLifeline
        state={state}
        focus={focus}
        label={t('session.steer.lifeline')}
        onSpan={(start, end) => show({ kind: 'span', start, end })}
      />
      <div className="steer-row">
        <YearSelect label={t('session.steer.from')} years={years} value={fromYear} onChange={setFromYear} />
        <YearSelect label={t('session.steer.until')} years={years} value={toYear} onChange={setToYear} />
        <button
          type="button"
          className="primary"
          onClick={() => {
            const [a, b] = fromYear <= toYear ? [fromYear, toYear] : [toYear, fromYear];
            show({ kind: 'span', start: `${a}-01-01`, end: `${b}-12-31` });
          }}
        >
          {t('session.steer.showYears')}
        </button>
        <select
          aria-label={t('session.steer.pick')}
          value=""
          onChange={(e) => {
            const [kind, id] = e.target.value.split(':') as ['item' | 'marker', string];
            if (id) show({ kind, id });
          }}
        >
          <option value="">{t('session.steer.pick')}</option>
          <optgroup label={t('session.steer.moments')}>
            {moments.map((m) => (
              <option key={m.id} value={`item:${m.id}`}>
                {formatFuzzyDate(m.start, lang)} · {m.title.slice(0, 60)}
              </option>
            ))}
          </optgroup>
          {state.markers.length > 0 && (
            <optgroup label={t('session.steer.markers')}>
              {state.markers.map((m) => (
                <option key={m.id} value={`marker:${m.id}`}>
                  {m.valence === 'good' ? '+' : '−'} {names.get(m.participantId) ?? '?'} ·{' '}
                  {formatPointSpan(m.start, m.end, m.precision, lang)}
                  {m.title ? ` · ${m.title.slice(0, 50)}` : ''}
                </option>
              ))}
            </optgroup>
          )}
        </select>
        <button type="button" onClick={() => show({ kind: 'all' })}>
          {t('session.steer.all')}
        </button>
        <button type="button" onClick={() => show(null)} disabled={!focus}>
          {t('session.steer.free')}
        </button>
      </div>
    </section>
  );
}

function YearSelect({
  label,
  years,
  value,
  onChange,
}: {
  label: string;
  years: readonly number[];
  value: number;
  onChange: (year: number) => void;
}) {
  return (
    <label className="field inline">
      {label}{' '}
      <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}

/** What the wall is asked to show, in words. */
function describeFocus(
  state: CaseState,
  focus: WallFocus,
  lang: Language,
  t: (key: string, values?: Record<string, unknown>) => string,
): string {
  switch (focus.kind) {
    case 'all':
      return t('session.steer.whatAll');
    case 'span': {
      const whole = focus.start.endsWith('-01-01') && focus.end.endsWith('-12-31');
      return formatPointSpan(focus.start, focus.end, whole ? 'year' : 'month', lang);
    }
    case 'item': {
      const item = state.items.find((i) => i.id === focus.id);
      return item ? `${item.title} (${formatFuzzyDate(item.start, lang)})` : t('session.steer.whatGone');
    }
    case 'marker': {
      const m = state.markers.find((x) => x.id === focus.id);
      if (!m) return t('session.steer.whatGone');
      const who = state.participants.find((p) => p.id === m.participantId)?.pseudonym ?? '?';
      return `${who}, ${formatPointSpan(m.start, m.end, m.precision, lang)}${m.title ? ` · ${m.title}` : ''}`;
    }
  }
}

const HEIGHT = 84;
const PAD = 14;
/** A drag shorter than this (px) is a tap: it shows that year. */
const TAP_PX = 8;

/** The lifeline in small: years, moments and markers, the wall's focus; drag across it for a span. */
function SteerLifeline({
  state,
  focus,
  label,
  onSpan,
}: {
  state: CaseState;
  focus: WallFocus | null;
  label: string;
  onSpan: (startIso: string, endIso: string) => void;
}) {
  const [ref, size] = useElementSize<HTMLDivElement>();
  const [drag, setDrag] = useState<{ id: number; x0: number; x1: number } | null>(null);
  const scale = scaleOf(state);
  const width = Math.max(1, size.width);
  const inner = Math.max(1, width - 2 * PAD);
  const xOf = (day: number) => PAD + (scale.toMetres(day) / scale.lengthMetres) * inner;
  const dayOf = (x: number) =>
    scale.toDay((Math.min(inner, Math.max(0, x - PAD)) / inner) * scale.lengthMetres);
  const first = dayToYmd(scale.startDay).year;
  const last = dayToYmd(scale.endDay - 1).year;
  // label every year where there is room, else every 2nd, 5th or 10th
  const yearPx = inner / Math.max(1, last - first + 1);
  const every = [1, 2, 5, 10].find((n) => yearPx * n >= 40) ?? 10;
  const axisY = 40;
  const range = focus ? focusRange(state, focus) : null;
  const band =
    range === null
      ? null
      : range.kind === 'all'
        ? { x0: PAD, x1: PAD + inner }
        : { x0: xOf(range.from), x1: xOf(range.to) };
  const localX = (e: React.PointerEvent<SVGSVGElement>) =>
    e.clientX - e.currentTarget.getBoundingClientRect().left;
  return (
    <div ref={ref}>
      <svg
        className="steer-lifeline"
        width={width}
        height={HEIGHT}
        role="img"
        aria-label={label}
        data-testid="steer-lifeline"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture?.(e.pointerId);
          const x = localX(e);
          setDrag({ id: e.pointerId, x0: x, x1: x });
        }}
        onPointerMove={(e) => {
          if (drag?.id === e.pointerId) setDrag({ ...drag, x1: localX(e) });
        }}
        onPointerUp={(e) => {
          if (drag?.id !== e.pointerId) return;
          setDrag(null);
          const x1 = localX(e);
          if (Math.abs(x1 - drag.x0) < TAP_PX) {
            const year = dayToYmd(dayOf(x1)).year;
            onSpan(`${year}-01-01`, `${year}-12-31`);
            return;
          }
          // whole months, from the first day of the first to the last day of the last
          const a = dayToYmd(dayOf(Math.min(drag.x0, x1)));
          const b = dayToYmd(dayOf(Math.max(drag.x0, x1)));
          onSpan(
            dayToIso(ymdToDay(a.year, a.month, 1)),
            dayToIso(ymdToDay(b.year, b.month, daysInMonth(b.year, b.month))),
          );
        }}
        onPointerCancel={() => setDrag(null)}
      >
        {band && (
          <rect
            className="focus-band"
            x={band.x0}
            y={4}
            width={Math.max(3, band.x1 - band.x0)}
            height={HEIGHT - 8}
            rx={6}
          />
        )}
        {drag && (
          <rect
            className="pick-band"
            x={Math.min(drag.x0, drag.x1)}
            y={4}
            width={Math.max(2, Math.abs(drag.x1 - drag.x0))}
            height={HEIGHT - 8}
            rx={6}
          />
        )}
        <line x1={PAD} x2={PAD + inner} y1={axisY} y2={axisY} stroke="#1b1f24" strokeWidth={3} />
        {Array.from({ length: last - first + 1 }, (_, i) => first + i).map((year) => {
          const x = xOf(yearStart(year));
          if (x < PAD - 1 || x > PAD + inner + 1) return null;
          const labelled = year % every === 0;
          return (
            <g key={year}>
              <line
                x1={x}
                x2={x}
                y1={axisY - (labelled ? 8 : 4)}
                y2={axisY + (labelled ? 8 : 4)}
                stroke="#4a5360"
                strokeWidth={1.5}
              />
              {labelled && (
                <text x={x} y={axisY + 24} textAnchor="middle">
                  {year}
                </text>
              )}
            </g>
          );
        })}
        {state.items
          .filter((i) => i.shape === 'moment')
          .map((i) => (
            <circle
              key={i.id}
              cx={xOf(fuzzySpan(i.start).centre)}
              cy={axisY - 10}
              r={3.5}
              fill={state.lanes.find((l) => l.id === i.laneId)?.colour ?? '#555'}
            />
          ))}
        {state.markers.map((m) => (
          <rect
            key={m.id}
            x={xOf(isoToDay(m.start)) - 2}
            y={axisY - 30}
            width={m.end ? Math.max(4, xOf(isoToDay(m.end)) - xOf(isoToDay(m.start))) : 4}
            height={12}
            rx={2}
            fill={m.valence === 'good' ? '#1e7a3c' : '#c2410c'}
          />
        ))}
      </svg>
    </div>
  );
}
