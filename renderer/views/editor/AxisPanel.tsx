import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Axis, AxisSegment, CaseState } from '@shared/model';
import type { Dispatch } from '@shared/commands';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Start, end and length of the lifeline, and which stretches of time get extra room. */
export function AxisPanel({ state, dispatch }: { state: CaseState; dispatch: Dispatch }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Axis>(state.case.axis);
  useEffect(() => setDraft(state.case.axis), [state.case.axis]);
  const segments: AxisSegment[] = draft.scale.mode === 'segments' ? draft.scale.segments : [];
  const valid =
    ISO.test(draft.start) &&
    ISO.test(draft.end) &&
    draft.start < draft.end &&
    draft.lengthMetres >= 0.5 &&
    draft.lengthMetres <= 100 &&
    segments.every((s) => ISO.test(s.start) && ISO.test(s.end) && s.start < s.end && s.weight >= 0.05);
  const dirty = JSON.stringify(draft) !== JSON.stringify(state.case.axis);
  const setSegments = (next: AxisSegment[]) =>
    setDraft((d) => ({
      ...d,
      scale: next.length ? { mode: 'segments', segments: next } : { mode: 'proportional' },
    }));

  return (
    <form
      className="stack"
      aria-labelledby="axis-heading"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid && dirty) void dispatch('axis.update', draft);
      }}
    >
      <h2 id="axis-heading">{t('axis.title')}</h2>
      <div className="row">
        <label className="field grow">
          {t('axis.start')}
          <input
            type="date"
            value={draft.start}
            onChange={(e) => setDraft({ ...draft, start: e.target.value })}
          />
        </label>
        <label className="field grow">
          {t('axis.end')}
          <input
            type="date"
            value={draft.end}
            onChange={(e) => setDraft({ ...draft, end: e.target.value })}
          />
        </label>
      </div>
      <label className="field">
        {t('axis.length')}
        <input
          type="number"
          min={0.5}
          max={100}
          step={0.5}
          value={draft.lengthMetres}
          onChange={(e) => setDraft({ ...draft, lengthMetres: Number(e.target.value) })}
        />
      </label>
      <fieldset>
        <legend>{t('axis.scale')}</legend>
        <p className="muted">{segments.length ? t('axis.segments') : t('axis.proportional')}</p>
        <ul className="stack">
          {segments.map((s, i) => (
            <li key={i} className="row segment-row">
              <input
                type="date"
                aria-label={`${t('axis.segment')} ${i + 1}: ${t('axis.start')}`}
                value={s.start}
                onChange={(e) =>
                  setSegments(segments.map((x, j) => (j === i ? { ...x, start: e.target.value } : x)))
                }
              />
              <input
                type="date"
                aria-label={`${t('axis.segment')} ${i + 1}: ${t('axis.end')}`}
                value={s.end}
                onChange={(e) =>
                  setSegments(segments.map((x, j) => (j === i ? { ...x, end: e.target.value } : x)))
                }
              />
              <label className="field narrow">
                {t('axis.weight')}
                <input
                  type="number"
                  min={0.1}
                  max={100}
                  step={0.5}
                  value={s.weight}
                  onChange={(e) =>
                    setSegments(
                      segments.map((x, j) => (j === i ? { ...x, weight: Number(e.target.value) } : x)),
                    )
                  }
                />
              </label>
              <button
                type="button"
                className="danger"
                onClick={() => setSegments(segments.filter((_, j) => j !== i))}
              >
                {t('axis.removeSegment')}
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          onClick={() => {
            const endYear = Number(draft.end.slice(0, 4));
            setSegments([...segments, { start: `${endYear - 2}-01-01`, end: draft.end, weight: 4 }]);
          }}
        >
          + {t('axis.addSegment')}
        </button>
      </fieldset>
      <button type="submit" className="primary" disabled={!valid || !dirty}>
        {t('app.save')}
      </button>
    </form>
  );
}
