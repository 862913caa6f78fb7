import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS, type CardList, type CaseState, type MarkerRecord } from '@shared/model';
import { listOfValence } from '@shared/session';
import { dayForFuzzy, formatPointSpan, fuzzyAtIso } from '@shared/time';
import type { DatePrecision, FuzzyDate, PointPrecision } from '@shared/model';
import { FuzzyDateInput } from '../editor/FuzzyDateInput';
import { ParticipantChipDot } from '../../components/ParticipantChipDot';
import { BlurField } from '../../components/BlurField';
import type { Dispatch } from '@shared/commands';

/** Rounds 2 and 3 on the console: every marker with what the help was, why, and its factor cards. */
export function RoundPanel({
  state,
  valence,
  dispatch,
}: {
  state: CaseState;
  valence: 'good' | 'bad';
  dispatch: Dispatch;
}) {
  const { t, i18n } = useTranslation();
  const markers = state.markers.filter((m) => m.valence === valence);
  const list = listOfValence(valence);
  return (
    <section className="stack" aria-labelledby="round-heading">
      <h2 id="round-heading" className={valence === 'good' ? 'good-text' : 'bad-text'}>
        {t(`session.markers.${valence}`)} ({markers.length})
      </h2>
      <AddMarkerForm state={state} valence={valence} dispatch={dispatch} />
      {markers.length === 0 && <p className="muted">{t('session.noMarkers')}</p>}
      {[...markers].reverse().map((m) => (
        <MarkerEditor
          key={m.id}
          state={state}
          marker={m}
          list={list}
          dispatch={dispatch}
          lang={i18n.language === 'en' ? 'en' : 'nl'}
        />
      ))}
      <UnlinkedCards state={state} list={list} dispatch={dispatch} />
    </section>
  );
}

function AddMarkerForm({
  state,
  valence,
  dispatch,
}: {
  state: CaseState;
  valence: 'good' | 'bad';
  dispatch: Dispatch;
}) {
  const { t } = useTranslation();
  const [who, setWho] = useState(state.session?.speakerId ?? state.participants[0]?.id ?? '');
  const [date, setDate] = useState(state.case.axis.end.slice(0, 4) + '-01-01');
  if (state.participants.length === 0) return <p className="muted">{t('session.noParticipants')}</p>;
  return (
    <form
      className="row add-marker"
      onSubmit={(e) => {
        e.preventDefault();
        void dispatch('marker.add', {
          valence,
          participantId: who || (state.session?.speakerId ?? ''),
          start: date,
          byFacilitator: true,
        });
      }}
    >
      <label className="field">
        {t('session.markerFor')}
        <select value={who} onChange={(e) => setWho(e.target.value)}>
          {state.participants.map((p) => (
            <option key={p.id} value={p.id}>
              {p.pseudonym}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('session.markerDate')}
        <input
          type="date"
          value={date}
          min={state.case.axis.start}
          max={state.case.axis.end}
          onChange={(e) => setDate(e.target.value)}
          required
        />
      </label>
      <button type="submit">+ {t('session.addMarker')}</button>
    </form>
  );
}

function MarkerEditor({
  state,
  marker,
  list,
  dispatch,
  lang,
}: {
  state: CaseState;
  marker: MarkerRecord;
  list: CardList;
  dispatch: Dispatch;
  lang: 'nl' | 'en';
}) {
  const { t } = useTranslation();
  const who = state.participants.find((p) => p.id === marker.participantId);
  const cards = state.cards.filter((c) => c.markerId === marker.id);
  return (
    <article className={`marker-editor card-panel ${marker.valence}`} data-marker-id={marker.id}>
      <header className="row">
        {who && <ParticipantChipDot participant={who} />}
        <strong className="grow" dir="auto">
          {who?.pseudonym ?? '?'} ·{' '}
          <span data-testid="marker-when">
            {formatPointSpan(marker.start, marker.end, marker.precision, lang)}
          </span>
        </strong>
        <button
          type="button"
          onClick={() => void dispatch('session.setWallFocus', { target: { kind: 'marker', id: marker.id } })}
        >
          {t('session.steer.showOnWall')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => void dispatch('marker.delete', { id: marker.id })}
        >
          {t('session.deleteMarker')}
        </button>
      </header>
      <MarkerWhen marker={marker} dispatch={dispatch} />
      <BlurField
        label={t('session.markerTitle')}
        value={marker.title}
        max={TEXT_LIMITS.title}
        onCommit={(title) => dispatch('marker.update', { id: marker.id, title })}
      />
      <BlurField
        label={t('session.explanation')}
        value={marker.explanation}
        max={TEXT_LIMITS.description}
        multiline
        onCommit={(explanation) => dispatch('marker.update', { id: marker.id, explanation })}
      />
      <CardList state={state} cards={cards} dispatch={dispatch} />
      <AddCard
        list={list}
        onAdd={(text) =>
          dispatch('card.add', { markerId: marker.id, text, participantId: marker.participantId })
        }
      />
    </article>
  );
}

const MARKER_PRECISIONS: readonly DatePrecision[] = ['year', 'season', 'month', 'day'];

/**
 * When a marker was: its date as meant (year, season, month or day; a tap on the wall gives the
 * precision of the wall's zoom), and for a span its end in the same precision.
 */
function MarkerWhen({ marker, dispatch }: { marker: MarkerRecord; dispatch: Dispatch }) {
  const { t } = useTranslation();
  const move = (args: { start?: FuzzyDate; end?: FuzzyDate | null }) => {
    const precision = (args.start ?? args.end ?? fuzzyAtIso(marker.start, marker.precision))
      .precision as PointPrecision;
    // Another precision alone ("not that day, that year") keeps the marker where it stands.
    if (precision !== marker.precision) {
      void dispatch('marker.move', { id: marker.id, precision });
      return;
    }
    const start = args.start ? dayForFuzzy(marker.start, args.start) : undefined;
    const end =
      args.end === undefined ? undefined : args.end === null ? null : dayForFuzzy(marker.end, args.end);
    void dispatch('marker.move', { id: marker.id, start, end, precision });
  };
  return (
    <div className="row wrap">
      <FuzzyDateInput
        legend={marker.end ? t('session.markerFrom') : t('session.markerWhen')}
        idPrefix={`${marker.id}-start`}
        value={fuzzyAtIso(marker.start, marker.precision)}
        precisions={MARKER_PRECISIONS}
        onChange={(start) => move({ start })}
      />
      {marker.end ? (
        <FuzzyDateInput
          legend={t('session.markerUntil')}
          idPrefix={`${marker.id}-end`}
          value={fuzzyAtIso(marker.end, marker.precision)}
          precisions={MARKER_PRECISIONS}
          onChange={(end) => move({ end })}
        />
      ) : null}
      <label className="check">
        <input
          type="checkbox"
          checked={marker.end !== null}
          onChange={(e) =>
            move({ end: e.target.checked ? fuzzyAtIso(marker.start, marker.precision) : null })
          }
        />
        {t('session.markerIsSpan')}
      </label>
    </div>
  );
}

function UnlinkedCards({ state, list, dispatch }: { state: CaseState; list: CardList; dispatch: Dispatch }) {
  const { t } = useTranslation();
  const cards = state.cards.filter((c) => c.list === list && c.markerId === null);
  return (
    <article className="card-panel stack">
      <h3>{t(`session.lists.${list}`)}</h3>
      <CardList state={state} cards={cards} dispatch={dispatch} />
      <AddCard list={list} onAdd={(text) => dispatch('card.add', { list, text })} />
    </article>
  );
}

function CardList({
  state,
  cards,
  dispatch,
}: {
  state: CaseState;
  cards: CaseState['cards'];
  dispatch: Dispatch;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  if (cards.length === 0) return null;
  return (
    <ul className="factor-cards">
      {cards.map((c) => (
        <li key={c.id} data-card-id={c.id}>
          <span className="grow" dir="auto">
            {c.text}
          </span>
          <select
            aria-label={t('session.mergeInto')}
            value=""
            onChange={(e) =>
              e.target.value && void dispatch('card.merge', { targetId: e.target.value, sourceIds: [c.id] })
            }
          >
            <option value="">{t('session.mergeInto')}</option>
            {state.cards
              .filter((o) => o.list === c.list && o.id !== c.id)
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.text.slice(0, 60)}
                </option>
              ))}
          </select>
          <select
            aria-label={t('session.moveToMarker')}
            value={c.markerId ?? ''}
            onChange={(e) => void dispatch('card.update', { id: c.id, markerId: e.target.value || null })}
          >
            <option value="">{t('session.noMarker')}</option>
            {state.markers
              .filter((m) => listOfValence(m.valence) === c.list)
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {t('session.atMarker', { name: markerLabel(state, m, lang) })}
                </option>
              ))}
          </select>
          <button
            type="button"
            className="danger"
            onClick={() => void dispatch('card.delete', { id: c.id })}
            aria-label={t('session.deleteCard')}
          >
            ✕
          </button>
        </li>
      ))}
    </ul>
  );
}

function AddCard({ list, onAdd }: { list: CardList; onAdd: (text: string) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <form
      className="row"
      onSubmit={(e) => {
        e.preventDefault();
        // empties the field once stored, unless more was typed meanwhile
        if (text.trim())
          void onAdd(text.trim()).then((ok) => ok && setText((current) => (current === text ? '' : current)));
      }}
    >
      <input
        className="grow"
        value={text}
        maxLength={TEXT_LIMITS.cardText}
        placeholder={t(`session.cardPlaceholder.${list}`)}
        aria-label={t(`session.cardPlaceholder.${list}`)}
        onChange={(e) => setText(e.target.value)}
        dir="auto"
      />
      <button type="submit" disabled={!text.trim()}>
        + {t('session.addCard')}
      </button>
    </form>
  );
}

/** How a marker is named in a list: its title, or who placed it and when. */
function markerLabel(state: CaseState, m: MarkerRecord, lang: 'nl' | 'en'): string {
  const who = state.participants.find((p) => p.id === m.participantId)?.pseudonym ?? '?';
  const when = formatPointSpan(m.start, m.end, m.precision, lang);
  return (m.title ? `${m.title} (${who}, ${when})` : `${who}, ${when}`).slice(0, 80);
}
