import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS, type CaseState, type QuoteRecord } from '@shared/model';
import type { Dispatch } from '@shared/commands';
import { BlurField } from '../../components/BlurField';
import { SaidBySelect } from './SaidBySelect';

/**
 * The report's quotes: what someone said, who (labelled by display role in the report) and the
 * main factors it illustrates, of either list. Quotes are no cards: they take no stickers.
 */
export function QuotesPanel({ state, dispatch }: { state: CaseState; dispatch: Dispatch }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <section className="card-panel stack" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">
        {t('reportUi.quotes')} ({state.quotes.length})
      </h2>
      <p className="muted">{t('reportUi.quotesHint')}</p>
      {state.quotes.length === 0 && <p className="muted">{t('reportUi.noQuotes')}</p>}
      <ul className="quote-list stack">
        {state.quotes.map((q) => (
          <QuoteItem key={q.id} quote={q} state={state} dispatch={dispatch} />
        ))}
      </ul>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim())
            void dispatch('quote.add', { text: text.trim() }).then(
              (ok) => ok && setText((current) => (current === text ? '' : current)),
            );
        }}
      >
        <label className="field">
          {t('reportUi.addQuote')}
          <textarea
            value={text}
            maxLength={TEXT_LIMITS.description}
            onChange={(e) => setText(e.target.value)}
            dir="auto"
          />
        </label>
        <button type="submit" disabled={!text.trim()}>
          + {t('reportUi.addQuote')}
        </button>
      </form>
    </section>
  );
}

function QuoteItem({ quote, state, dispatch }: { quote: QuoteRecord; state: CaseState; dispatch: Dispatch }) {
  const { t } = useTranslation();
  const groups = state.analysis?.groups ?? [];
  return (
    <li className="quote-item stack" data-quote-id={quote.id}>
      <BlurField
        label={t('reportUi.quoteText')}
        value={quote.text}
        max={TEXT_LIMITS.description}
        multiline
        onCommit={(text) =>
          text.trim() ? dispatch('quote.update', { id: quote.id, text }) : Promise.resolve(false)
        }
      />
      <SaidBySelect
        value={quote.participantId}
        participants={state.participants}
        onChange={(participantId) => void dispatch('quote.update', { id: quote.id, participantId })}
      />
      {groups.length > 0 && (
        <fieldset>
          <legend>{t('reportUi.supports')}</legend>
          {groups.map((g) => (
            <label key={g.id} className="check">
              <input
                type="checkbox"
                checked={quote.groupIds.includes(g.id)}
                onChange={(e) =>
                  void dispatch('quote.update', {
                    id: quote.id,
                    groupIds: e.target.checked
                      ? [...quote.groupIds, g.id]
                      : quote.groupIds.filter((id) => id !== g.id),
                  })
                }
              />
              <span className={g.list === 'strengths' ? 'good' : 'bad'}>{g.name}</span>
            </label>
          ))}
        </fieldset>
      )}
      <button
        type="button"
        className="danger"
        onClick={() => void dispatch('quote.delete', { id: quote.id })}
        aria-label={`${t('reportUi.deleteQuote')}: ${quote.text.slice(0, 60)}`}
      >
        {t('reportUi.deleteQuote')}
      </button>
    </li>
  );
}
