import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardList, CaseState } from '@shared/model';
import { rankList, stickersLeft } from '@shared/session';
import type { Dispatch } from '@shared/commands';

/** Phase 4 on the console: vote on behalf of someone without a touch screen nearby; reveal tallies. */
export function VotingPanel({ state, dispatch }: { state: CaseState; dispatch: Dispatch }) {
  const { t } = useTranslation();
  const [voter, setVoter] = useState(state.participants[0]?.id ?? '');
  const visible = state.session?.talliesVisible ?? false;
  return (
    <section className="stack">
      <div className="row wrap">
        <label className="check">
          <input
            type="checkbox"
            checked={visible}
            onChange={(e) => void dispatch('session.setTallies', { visible: e.target.checked })}
          />
          {t('session.showTallies')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={state.case.settings.stickerStyle === 'neutral'}
            onChange={(e) =>
              void dispatch('case.update', {
                settings: { stickerStyle: e.target.checked ? 'neutral' : 'participantColour' },
              })
            }
          />
          {t('session.neutralStickers')}
        </label>
      </div>
      <label className="field">
        {t('session.voteFor')}
        <select value={voter} onChange={(e) => setVoter(e.target.value)}>
          {state.participants.map((p) => (
            <option key={p.id} value={p.id}>
              {p.pseudonym} —{' '}
              {t('session.stickersLeft', {
                strengths: stickersLeft(state, p.id, 'strengths'),
                improvements: stickersLeft(state, p.id, 'improvements'),
              })}
            </option>
          ))}
        </select>
      </label>
      <div className="two-lists">
        {(['strengths', 'improvements'] as const).map((list) => (
          <VoteList key={list} state={state} list={list} voter={voter} dispatch={dispatch} />
        ))}
      </div>
    </section>
  );
}

function VoteList({
  state,
  list,
  voter,
  dispatch,
}: {
  state: CaseState;
  list: CardList;
  voter: string;
  dispatch: Dispatch;
}) {
  const { t } = useTranslation();
  const ranked = rankList(state, list);
  return (
    <article className="card-panel stack">
      <h3>{t(`session.lists.${list}`)}</h3>
      <ul className="factor-cards">
        {ranked.map(({ card, votes }) => (
          <li key={card.id} data-card-id={card.id}>
            <span className="grow" dir="auto">
              {card.text}
            </span>
            <span className="votes">{t('session.votes', { count: votes })}</span>
            <button
              type="button"
              disabled={!voter}
              onClick={() => void dispatch('sticker.place', { cardId: card.id, participantId: voter })}
            >
              {t('session.addSticker')}
            </button>
          </li>
        ))}
      </ul>
    </article>
  );
}
