import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisGroup, CaseState } from '@shared/model';
import type { RankedCard } from '@shared/session';
import type { Dispatch } from '@shared/commands';
import { Dialog } from '../../components/Dialog';
import { CodesDialog } from './CodesDialog';
import { SaidBySelect } from './SaidBySelect';

/**
 * Everything one card can get in the analysis, in one touch-friendly menu: the main factors it
 * supports (several allowed), a quote made from it, who named it, codes, and merging duplicates.
 */
export function CardMenu({
  state,
  ranked,
  groups,
  dispatch,
  onClose,
}: {
  state: CaseState;
  ranked: RankedCard;
  groups: AnalysisGroup[];
  dispatch: Dispatch;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [coding, setCoding] = useState(false);
  const card = ranked.card;
  const codes = state.analysis?.codes[card.id] ?? [];
  const quote = state.quotes.find((q) => q.cardId === card.id);
  return (
    <Dialog
      title={t('reportUi.cardMenu', { text: card.text.slice(0, 80) })}
      onClose={onClose}
      labelledBy={`menu-${card.id}`}
    >
      <div className="stack card-menu">
        <fieldset>
          <legend>{t('reportUi.underFactors')}</legend>
          {groups.length === 0 && <p className="muted">{t('analysis.emptyGroup')}</p>}
          {groups.map((g, i) => (
            <label key={g.id} className="check">
              <input
                type="checkbox"
                checked={g.cardIds.includes(card.id)}
                onChange={(e) =>
                  void dispatch('analysis.toggleCardGroup', {
                    cardId: card.id,
                    groupId: g.id,
                    on: e.target.checked,
                  })
                }
              />
              {i + 1}. {g.name}
            </label>
          ))}
        </fieldset>
        <SaidBySelect
          value={card.participantId}
          participants={state.participants}
          onChange={(participantId) => void dispatch('card.update', { id: card.id, participantId })}
        />
        <div className="row wrap">
          <button
            type="button"
            disabled={!!quote}
            onClick={() =>
              void dispatch('quote.add', {
                text: card.text,
                participantId: card.participantId,
                cardId: card.id,
                markerId: card.markerId,
                groupIds: groups.filter((g) => g.cardIds.includes(card.id)).map((g) => g.id),
              })
            }
          >
            {t('reportUi.quoteFromCard')}
          </button>
          <button type="button" onClick={() => setCoding(true)}>
            {t('analysis.codes')} ({codes.length})
          </button>
        </div>
        <label className="field">
          {t('session.mergeInto')}
          <select
            value=""
            onChange={(e) =>
              e.target.value &&
              void dispatch('card.merge', { targetId: e.target.value, sourceIds: [card.id] }).then(
                (ok) => ok && onClose(),
              )
            }
          >
            <option value="">—</option>
            {state.cards
              .filter((o) => o.list === card.list && o.id !== card.id)
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.text.slice(0, 60)}
                </option>
              ))}
          </select>
        </label>
      </div>
      <div className="actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('analysis.done')}
        </button>
      </div>
      {/* on top of this menu; closing it returns here */}
      {coding && (
        <CodesDialog state={state} card={card} dispatch={dispatch} onClose={() => setCoding(false)} />
      )}
    </Dialog>
  );
}
