import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatrixCell } from '@shared/crosscase';
import { codeLabel, displayRoleOf } from '@shared/analysis';
import { LOCALES } from '@shared/i18n';
import type { StudyState } from '@shared/study/state';
import { Counts } from './MatrixTable';

/** The cards and quotes behind one matrix cell: text, who said it (role, perspective), stickers, codes, main factor. */
export function CellPanel({
  study,
  rowLabel,
  cell,
  onClose,
}: {
  study: StudyState;
  rowLabel: string;
  cell: MatrixCell;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const tr = LOCALES[lang];
  const state = study.cases.find((c) => c.case.id === cell.caseId);
  const custom = state?.analysis?.customCodes ?? [];
  const ref = useRef<HTMLElement>(null);
  // Opened below a long matrix: bring it into view (and keep it there when another cell is chosen).
  useEffect(() => {
    // A block body: newer engines return a promise from scrollIntoView, and an effect may return only a cleanup.
    void ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [cell.caseId, rowLabel]);
  return (
    <section ref={ref} className="card-panel stack cell-panel" aria-labelledby="cell-panel-title">
      <div className="row">
        <h2 id="cell-panel-title" className="grow" dir="auto">
          {rowLabel} · {state?.case.title}
        </h2>
        <button type="button" onClick={onClose}>
          {t('synthesis.close')}
        </button>
      </div>
      <Counts tally={cell.tally} />
      {cell.factors.length > 0 && (
        <p className="muted" dir="auto">
          {t('synthesis.factor')}: {cell.factors.map((f) => f.name).join(' · ')}
        </p>
      )}
      {cell.cards.length === 0 ? (
        <p className="muted">{t('synthesis.noCards')}</p>
      ) : (
        <ul className="cell-cards">
          {cell.cards.map((c) => (
            <li key={c.card.id} className={`cell-card ${c.speaker?.perspective ?? 'group'}`}>
              <p className="card-text" dir="auto">
                {c.card.text}
              </p>
              <p className="muted">
                {c.speaker
                  ? `${c.speaker.participant.pseudonym} · ${displayRoleOf(c.speaker.participant, lang)} · ${tr.session.perspective[c.speaker.perspective]}`
                  : tr.analysis.theGroup}{' '}
                · {t('synthesis.stickers', { count: c.votes.total })} (
                {t('synthesis.split', { family: c.votes.family, professional: c.votes.professional })})
              </p>
              {(c.factorNames.length > 0 || c.codes.length > 0) && (
                <p className="muted" dir="auto">
                  {[...c.factorNames, ...c.codes.map((id) => codeLabel(id, lang, custom))].join(' · ')}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {cell.quotes.length > 0 && (
        <>
          <h3>{t('synthesis.quotes')}</h3>
          {cell.quotes.map((q) => (
            <blockquote key={q.id} className="quote" dir="auto">
              “{q.text}” —{' '}
              {q.speaker
                ? `${q.speaker.participant.pseudonym} (${displayRoleOf(q.speaker.participant, lang)})`
                : tr.analysis.theGroup}
            </blockquote>
          ))}
        </>
      )}
    </section>
  );
}
