import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS, type CaseState, type ElementRecord } from '@shared/model';
import { codeLabel, mainFactorsOf, quotesOf } from '@shared/analysis';
import { dismissedSuggestions, suggestElements } from '@shared/crosscase';
import { LOCALES } from '@shared/i18n';
import type { StudyDispatch } from '@shared/commands';
import type { StudyState } from '@shared/study/state';
import { BlurField } from '../../components/BlurField';

/** The overarching elements the researchers draft, and the app's suggestions for them. */
export function ElementsPanel({ study, dispatch }: { study: StudyState; dispatch: StudyDispatch }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const [name, setName] = useState('');
  const suggestions = suggestElements(study, lang);
  return (
    <div className="stack elements-panel">
      <section className="card-panel stack" aria-labelledby="elements-heading">
        <h2 id="elements-heading">{t('synthesis.elements')}</h2>
        <p className="muted">{t('synthesis.elementsHint')}</p>
        {study.elements.map((e, i) => (
          <ElementCard key={e.id} study={study} element={e} index={i} dispatch={dispatch} />
        ))}
        <form
          className="row pick"
          onSubmit={(ev) => {
            ev.preventDefault();
            const n = name.trim();
            if (n)
              void dispatch('element.add', { name: n }).then(
                (ok) => ok && setName((current) => (current === name ? '' : current)),
              );
          }}
        >
          <input
            className="grow"
            value={name}
            maxLength={TEXT_LIMITS.title}
            aria-label={t('synthesis.elementName')}
            placeholder={t('synthesis.newElement')}
            onChange={(ev) => setName(ev.target.value)}
            dir="auto"
          />
          <button type="submit" disabled={!name.trim()}>
            + {t('synthesis.addElement')}
          </button>
        </form>
      </section>
      <section className="card-panel stack" aria-labelledby="suggestions-heading">
        <h2 id="suggestions-heading">{t('synthesis.suggestions')}</h2>
        <p className="muted">{t('synthesis.suggestionsHint')}</p>
        {suggestions.length === 0 && <p className="muted">{t('synthesis.noSuggestions')}</p>}
        <ul className="suggestions">
          {suggestions.map((s) => (
            <li key={s.key} className="suggestion">
              <p className="suggestion-name" dir="auto">
                <strong>{s.name}</strong>{' '}
                <span className="muted">{t('synthesis.inCases', { count: s.caseCount })}</span>
              </p>
              <ul className="support-list">
                {s.factors.map((f) => (
                  <li key={`${f.caseId}/${f.groupId}`} dir="auto">
                    {factorLabel(study, f.caseId, f.groupId) ?? t('synthesis.removedFactor')}
                  </li>
                ))}
              </ul>
              <p className="muted">
                {[
                  s.codes.length > 0 &&
                    t('synthesis.sharedCodes', {
                      codes: s.codes
                        .map((c) =>
                          codeLabel(
                            c,
                            lang,
                            study.cases.flatMap((x) => x.analysis?.customCodes ?? []),
                          ),
                        )
                        .join(', '),
                    }),
                  s.words.length > 0 && t('synthesis.sharedWords', { words: s.words.join(', ') }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <div className="row">
                <button
                  type="button"
                  className="primary"
                  onClick={() => void dispatch('element.add', { name: s.name, support: [...s.factors] })}
                >
                  {t('synthesis.accept')}
                </button>
                <button
                  type="button"
                  onClick={() => void dispatch('study.dismissSuggestion', { key: s.key, dismissed: true })}
                >
                  {t('synthesis.dismiss')}
                </button>
              </div>
            </li>
          ))}
        </ul>
        {study.study.dismissed.length > 0 && (
          <details className="dismissed-list">
            <summary>
              {t('synthesis.dismissedList')} ({study.study.dismissed.length})
            </summary>
            <ul className="suggestions">
              {dismissedSuggestions(study).map((d) => {
                const names = d.factors.map((f) => f.label ?? t('synthesis.removedFactor'));
                return (
                  <li key={d.key} className="suggestion dismissed">
                    <ul className="support-list">
                      {names.map((n, i) => (
                        <li key={i} dir="auto">
                          {n}
                        </li>
                      ))}
                    </ul>
                    <button
                      type="button"
                      aria-label={t('synthesis.restoreOneLabel', { name: names.join('; ') })}
                      onClick={() =>
                        void dispatch('study.dismissSuggestion', { key: d.key, dismissed: false })
                      }
                    >
                      {t('synthesis.restoreOne')}
                    </button>
                  </li>
                );
              })}
            </ul>
          </details>
        )}
      </section>
    </div>
  );
}

/** "Gezin Zeeland: Eén vast gezicht (Sterke punten)", or undefined when that main factor is gone. */
function factorLabel(study: StudyState, caseId: string, groupId: string): string | undefined {
  const state = study.cases.find((c) => c.case.id === caseId);
  const f = state && mainFactorsOf(state).find((x) => x.id === groupId);
  return state && f ? `${state.case.title}: ${f.name}` : undefined;
}

function ElementCard({
  study,
  element,
  index,
  dispatch,
}: {
  study: StudyState;
  element: ElementRecord;
  index: number;
  dispatch: StudyDispatch;
}) {
  const { t, i18n } = useTranslation();
  const lists = LOCALES[i18n.language === 'en' ? 'en' : 'nl'].session.lists;
  const linked = new Set(element.support.map((s) => `${s.caseId}/${s.groupId}`));
  const quoted = new Set(element.quotes.map((q) => `${q.caseId}/${q.quoteId}`));
  return (
    <article className="element-card stack" data-element-id={element.id}>
      <BlurField
        label={t('synthesis.elementName')}
        value={element.name}
        max={TEXT_LIMITS.title}
        onCommit={(name) =>
          name.trim() ? dispatch('element.update', { id: element.id, name }) : Promise.resolve(false)
        }
      />
      <BlurField
        label={t('synthesis.elementDescription')}
        value={element.description}
        max={TEXT_LIMITS.description}
        multiline
        onCommit={(description) => dispatch('element.update', { id: element.id, description })}
      />
      <h3>{t('synthesis.support')}</h3>
      {element.support.length === 0 ? (
        <p className="muted">{t('synthesis.noSupport')}</p>
      ) : (
        <ul className="support-list">
          {element.support.map((s) => (
            <li key={`${s.caseId}/${s.groupId}`} className="row">
              <span className="grow" dir="auto">
                {factorLabel(study, s.caseId, s.groupId) ?? t('synthesis.removedFactor')}
              </span>
              <button
                type="button"
                onClick={() =>
                  void dispatch('element.setSupport', { id: element.id, factor: s, supports: false })
                }
              >
                {t('synthesis.removeSupport')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <CasePicker
        study={study}
        label={t('synthesis.addSupport')}
        placeholder={t('synthesis.pickFactor')}
        options={(c) =>
          mainFactorsOf(c)
            .filter((f) => !linked.has(`${c.case.id}/${f.id}`))
            .map((f) => ({ id: f.id, label: `${f.name} (${lists[f.list]})` }))
        }
        onAdd={(caseId, groupId) =>
          dispatch('element.setSupport', { id: element.id, factor: { caseId, groupId }, supports: true })
        }
      />
      <h3>{t('synthesis.quotesOf')}</h3>
      <ul className="support-list">
        {element.quotes.map((q) => {
          const state = study.cases.find((c) => c.case.id === q.caseId);
          const found = state && quotesOf(state).find((x) => x.id === q.quoteId);
          return (
            <li key={`${q.caseId}/${q.quoteId}`} className="row">
              <span className="grow" dir="auto">
                {found ? `“${found.text}” (${state.case.title})` : t('synthesis.removedFactor')}
              </span>
              <button
                type="button"
                onClick={() =>
                  void dispatch('element.setQuote', { id: element.id, quote: q, included: false })
                }
              >
                {t('synthesis.removeQuote')}
              </button>
            </li>
          );
        })}
      </ul>
      <CasePicker
        study={study}
        label={t('synthesis.addQuote')}
        placeholder={t('synthesis.pickQuote')}
        options={(c) =>
          quotesOf(c)
            .filter((q) => !quoted.has(`${c.case.id}/${q.id}`))
            .map((q) => ({ id: q.id, label: q.text.length > 70 ? `${q.text.slice(0, 70)}…` : q.text }))
        }
        onAdd={(caseId, quoteId) =>
          dispatch('element.setQuote', { id: element.id, quote: { caseId, quoteId }, included: true })
        }
      />
      <div className="row element-actions">
        <button
          type="button"
          aria-label={`${t('synthesis.moveUp')}: ${element.name}`}
          disabled={index === 0}
          onClick={() => void dispatch('element.move', { id: element.id, toIndex: index - 1 })}
        >
          ↑
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => void dispatch('element.delete', { id: element.id })}
        >
          {t('synthesis.deleteElement')}
        </button>
      </div>
    </article>
  );
}

/** Picks something of one of the study's cases (a main factor, a quote) and adds it. */
function CasePicker({
  study,
  label,
  placeholder,
  options,
  onAdd,
}: {
  study: StudyState;
  label: string;
  placeholder: string;
  options: (c: CaseState) => { id: string; label: string }[];
  onAdd: (caseId: string, id: string) => Promise<boolean>;
}) {
  const [picked, setPicked] = useState('');
  return (
    <div className="row pick">
      <select className="grow" aria-label={label} value={picked} onChange={(e) => setPicked(e.target.value)}>
        <option value="">{placeholder}</option>
        {study.cases.map((c) => (
          <optgroup key={c.case.id} label={c.case.title}>
            {options(c).map((o) => (
              <option key={o.id} value={`${c.case.id}/${o.id}`}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <button
        type="button"
        disabled={!picked}
        onClick={() => {
          const [caseId, id] = picked.split('/') as [string, string];
          void onAdd(caseId, id).then((ok) => ok && setPicked(''));
        }}
      >
        + {label}
      </button>
    </div>
  );
}
