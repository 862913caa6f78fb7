import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AXIS_LIMITS,
  axisProblem,
  type Axis,
  type AxisSegment,
  type CaseState,
  type Language,
} from '@shared/model';
import type { Dispatch } from '@shared/commands';
import { dayToIso, dayToYmd, formatFuzzyDate, fuzzySpan, isoToDay, parseDatePhrase } from '@shared/time';

/** A number as people type it here: "4", "2,5" or "2.5"; null when it is not one in the range. */
export function parseDecimal(text: string, range: { min: number; max: number }): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return n >= range.min && n <= range.max ? n : null;
}

/** The first (or last) day a date phrase can mean, as YYYY-MM-DD: "2004" → 2004-01-01 (or 2004-12-31). */
export function phraseToIso(text: string, side: 'start' | 'end'): string | null {
  const r = parseDatePhrase(text);
  if (!r.ok || r.shape !== 'moment') return null;
  return dayToIso(fuzzySpan(r.start)[side]);
}

const showDay = (iso: string, lang: Language) =>
  formatFuzzyDate({ precision: 'day', ...dayToYmd(isoToDay(iso)) }, lang);
const showNumber = (n: number, lang: Language) => (lang === 'nl' ? String(n).replace('.', ',') : String(n));

interface SegmentText {
  start: string;
  end: string;
  weight: string;
}

/**
 * Start, end and length of the lifeline, and which stretches of time get extra room. Dates are
 * typed as phrases ("2004", "1 maart 2018") and numbers with a comma or a point, so nothing here
 * depends on the operating system's locale.
 */
export function AxisPanel({ state, dispatch }: { state: CaseState; dispatch: Dispatch }) {
  const { t, i18n } = useTranslation();
  const lang: Language = i18n.language === 'en' ? 'en' : 'nl';
  const axis = state.case.axis;
  const textsOf = (a: Axis) => ({
    start: showDay(a.start, lang),
    end: showDay(a.end, lang),
    length: showNumber(a.lengthMetres, lang),
    segments: (a.scale.mode === 'segments' ? a.scale.segments : []).map((s): SegmentText => ({
      start: showDay(s.start, lang),
      end: showDay(s.end, lang),
      weight: showNumber(s.weight, lang),
    })),
  });
  const [texts, setTexts] = useState(() => textsOf(axis));
  const [base, setBase] = useState(axis);
  if (axis !== base) {
    setBase(axis);
    setTexts(textsOf(axis));
  }

  const start = phraseToIso(texts.start, 'start');
  const end = phraseToIso(texts.end, 'end');
  const length = parseDecimal(texts.length, AXIS_LIMITS.lengthMetres);
  const segments = texts.segments.map((s) => ({
    start: phraseToIso(s.start, 'start'),
    end: phraseToIso(s.end, 'end'),
    weight: parseDecimal(s.weight, AXIS_LIMITS.weight),
  }));
  const segmentsRead = segments.every((s) => s.start && s.end && s.weight !== null);
  const draft: Axis | null =
    start && end && length !== null && segmentsRead
      ? {
          start,
          end,
          lengthMetres: length,
          scale: segments.length
            ? { mode: 'segments', segments: segments as AxisSegment[] }
            : { mode: 'proportional' },
        }
      : null;
  // The command's own rule decides (shared/model/axis.ts); the form only reads what is typed.
  const problem = draft ? axisProblem(draft) : null;
  const next = problem ? null : draft;
  const dirty = next !== null && JSON.stringify(next) !== JSON.stringify(axis);
  const setSegment = (i: number, patch: Partial<SegmentText>) =>
    setTexts((x) => ({ ...x, segments: x.segments.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));

  const dateHint = (iso: string | null) =>
    iso ? (
      <span className="hint">= {showDay(iso, lang)}</span>
    ) : (
      <span className="hint error-text">{t('axis.badDate')}</span>
    );

  return (
    <form
      className="stack"
      aria-labelledby="axis-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (next && dirty) void dispatch('axis.update', next);
      }}
    >
      <h2 id="axis-heading">{t('axis.title')}</h2>
      <div className="row axis-dates">
        <label className="field grow">
          {t('axis.start')}
          <input value={texts.start} onChange={(e) => setTexts({ ...texts, start: e.target.value })} />
          {dateHint(start)}
        </label>
        <label className="field grow">
          {t('axis.end')}
          <input value={texts.end} onChange={(e) => setTexts({ ...texts, end: e.target.value })} />
          {dateHint(end)}
        </label>
      </div>
      {problem && <p className="error-text">{t(problem)}</p>}
      <label className="field">
        {t('axis.length')}
        <input
          inputMode="decimal"
          className="narrow"
          value={texts.length}
          onChange={(e) => setTexts({ ...texts, length: e.target.value })}
        />
        {length === null && <span className="hint error-text">{t('axis.badLength')}</span>}
      </label>
      <fieldset>
        <legend>{t('axis.scale')}</legend>
        <p className="muted">{segments.length ? t('axis.segments') : t('axis.proportional')}</p>
        <ul className="stack segment-list">
          {texts.segments.map((s, i) => (
            <li key={i} className="segment-row">
              <label className="field">
                {t('axis.segmentFrom', { n: i + 1 })}
                <input value={s.start} onChange={(e) => setSegment(i, { start: e.target.value })} />
                {dateHint(segments[i]!.start)}
              </label>
              <label className="field">
                {t('axis.segmentTo', { n: i + 1 })}
                <input value={s.end} onChange={(e) => setSegment(i, { end: e.target.value })} />
                {dateHint(segments[i]!.end)}
              </label>
              <label className="field">
                {t('axis.weight')}
                <input
                  inputMode="decimal"
                  value={s.weight}
                  aria-describedby={`weight-hint-${i}`}
                  onChange={(e) => setSegment(i, { weight: e.target.value })}
                />
                <span
                  id={`weight-hint-${i}`}
                  className={segments[i]!.weight === null ? 'hint error-text' : 'hint'}
                >
                  {t('axis.weightHint', AXIS_LIMITS.weight)}
                </span>
              </label>
              <button
                type="button"
                className="danger"
                onClick={() => setTexts((x) => ({ ...x, segments: x.segments.filter((_, j) => j !== i) }))}
              >
                {t('axis.removeSegment')}
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          onClick={() => {
            const endYear = end ? Number(end.slice(0, 4)) : new Date().getFullYear();
            setTexts((x) => ({
              ...x,
              segments: [
                ...x.segments,
                {
                  start: showDay(`${endYear - 2}-01-01`, lang),
                  end: end ? showDay(end, lang) : String(endYear),
                  weight: '4',
                },
              ],
            }));
          }}
        >
          + {t('axis.addSegment')}
        </button>
      </fieldset>
      <button type="submit" className="primary" disabled={!next || !dirty}>
        {t('app.save')}
      </button>
    </form>
  );
}
