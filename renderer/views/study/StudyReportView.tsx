import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/model';
import { buildCrossCaseReport, type Matrix, type Tally } from '@shared/crosscase';
import { LOCALES } from '@shared/i18n';
import type { StudyState } from '@shared/study/state';
import { useServices } from '../../app/services';
import { errorMessage } from '../../app/errorMessage';
import { navigate } from '../../app/router';
import { useToast } from '../../components/Toasts';
import { useStudyState } from '../../db/hooks';
import { cssString } from '../report/ReportView';
import { useReportPage } from '../report/useReportPage';
import { studyFileText } from './studyFileIO';
import '../../styles/report.css';
import '../../styles/crossReport.css';

/**
 * The cross-case report as one printable view, built from the renderer-agnostic report model
 * (shared/crosscase/report.ts). Its PDF goes the case report's way: the desktop prints this page;
 * the browser build posts the study file to the local server, which renders this same view.
 */
export function StudyReportView({ studyId }: { studyId: string }) {
  const { t } = useTranslation();
  const state = useStudyState(studyId);
  if (state === undefined) return <p className="wall-message">{t('app.loading')}</p>;
  if (state === null) return <p className="wall-message">{t('study.notFound')}</p>;
  return <CrossCaseReport state={state} />;
}

function CrossCaseReport({ state }: { state: StudyState }) {
  const { i18n } = useTranslation();
  // The study's own language, as a case report uses the case's: the PDF reads the same on every machine.
  const lang: Language = state.study.language;
  const t = i18n.getFixedT(lang);
  const tr = LOCALES[lang];
  const { platform, db, appVersion } = useServices();
  const toast = useToast();
  const [generatedAt] = useState(() => Date.now());
  const model = useMemo(() => buildCrossCaseReport(state, lang, generatedAt), [state, lang, generatedAt]);
  const date = new Date(model.generatedAt).toLocaleDateString(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
  });
  const pdfTitle = t('crossReport.documentTitle', { title: model.title });
  const author = model.authors || 'Levenslijn';
  useReportPage({ lang, pdfTitle, author });

  const savePdf = async () => {
    const name = `${model.title.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'rapport'}.pdf`;
    try {
      const r = await platform.printReportToPdf(
        { suggestedName: name, title: pdfTitle, author },
        { caseFileText: () => studyFileText(db, state.study.id, appVersion) },
      );
      if (r.saved) toast({ message: t('library.exported', { location: r.location }) });
    } catch (err) {
      toast({ tone: 'error', message: errorMessage(t, err) });
    }
  };
  const listName = tr.session.lists;
  const total = model.cases.length;

  return (
    <div className="report cross-report">
      <style>{`@page { @top-right { content: ${cssString(model.title)}; font-family: 'Atkinson Hyperlegible', sans-serif; font-size: 9pt; color: #4a5360; } }`}</style>
      <nav className="report-toolbar no-print">
        <button type="button" onClick={() => navigate({ name: 'study', studyId: state.study.id })}>
          ← {t('crossReport.back')}
        </button>
        <button type="button" className="primary" onClick={() => void savePdf()}>
          {t('crossReport.savePdf')}
        </button>
      </nav>

      <section className="page cover">
        <p className="kicker">{t('crossReport.heading')}</p>
        <h1 dir="auto">{model.title}</h1>
        <p>{t('crossReport.generated', { date })}</p>
        {model.authors && <p dir="auto">{t('crossReport.authors', { names: model.authors })}</p>}
        {model.description && (
          <p className="family" dir="auto">
            {model.description}
          </p>
        )}
        <h2>{t('study.cases')}</h2>
        <ol className="case-index">
          {model.cases.map((c) => (
            <li key={c.id} dir="auto">
              <strong>{c.title}</strong>{' '}
              <span className="muted">— {t('crossReport.participants', c.participants)}</span>
            </li>
          ))}
        </ol>
      </section>

      <section className="page">
        <h2>{t('crossReport.casesInBrief')}</h2>
        {model.cases.map((c) => (
          <article key={c.id} className="case-brief" data-case-id={c.id}>
            <h3 dir="auto">{c.title}</h3>
            <p dir="auto">
              <strong>{t('crossReport.success')}:</strong> {c.success || t('crossReport.noSuccess')}
            </p>
            {(['strengths', 'improvements'] as const).map((list) => {
              const factors = list === 'strengths' ? c.strengths : c.improvements;
              return (
                <div key={list} className="brief-list">
                  <p className="brief-label">{tr.analysis.mainFactors[list]}</p>
                  {factors.length === 0 ? (
                    <p className="muted">{t('crossReport.noFactors')}</p>
                  ) : (
                    <ul>
                      {factors.map((f) => (
                        <li key={f.name} dir="auto">
                          {f.name} <span className="muted">({short(t, f.tally)})</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              );
            })}
          </article>
        ))}
      </section>

      <section className="page landscape">
        <h2>{t('crossReport.factorMatrix')}</h2>
        <p className="muted">{t('crossReport.matrixLegend')}</p>
        <MatrixPrint matrix={model.factorMatrix} lists={listName} />
      </section>

      {model.codeMatrix.rows.length > 0 && (
        <section className="page landscape">
          <h2>{t('crossReport.codeMatrix')}</h2>
          <MatrixPrint matrix={model.codeMatrix} lists={listName} />
        </section>
      )}

      <section className="page">
        <h2>{t('crossReport.elements')}</h2>
        {model.elements.length === 0 && <p>{t('crossReport.noElements')}</p>}
        {model.elements.map((e, i) => (
          <article key={e.id} className="element">
            <h3 dir="auto">
              {i + 1}. {e.name}
            </h3>
            <p className="muted">{t('crossReport.inCases', { count: e.caseCount, total })}</p>
            {e.description && <p dir="auto">{e.description}</p>}
            {e.perCase.map((p) => (
              <div key={p.caseId} className="evidence">
                <p className="evidence-case" dir="auto">
                  <strong>{p.caseTitle}</strong>:{' '}
                  {p.factors.map((f) => `${f.name} (${listName[f.list]})`).join('; ')}
                </p>
                <div className="perspectives">
                  {(['family', 'professional'] as const).map((side) => (
                    <div key={side} className={`perspective ${side}`}>
                      <p className="brief-label">
                        {t(side === 'family' ? 'crossReport.fromFamily' : 'crossReport.fromProfessionals')} ·{' '}
                        {t('crossReport.stickersFrom', { count: p[side].votes })}
                      </p>
                      <ul>
                        {p[side].cards.map((c, k) => (
                          <li key={k} dir="auto">
                            {c}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ))}
                </div>
                {p.group.length > 0 && (
                  <p className="muted" dir="auto">
                    {t('crossReport.fromGroup')}: {p.group.join('; ')}
                  </p>
                )}
              </div>
            ))}
            {e.quotes.length > 0 && (
              <>
                <p className="brief-label">{t('crossReport.quotes')}</p>
                {e.quotes.map((q, k) => (
                  <blockquote key={k} className="quote">
                    <p dir="auto">“{q.text}”</p>
                    <footer dir="auto">
                      — {q.role ? tr.session.roles[q.role] : tr.analysis.theGroup}
                      {q.pseudonym ? ` (${q.pseudonym})` : ''}, {q.caseTitle}
                    </footer>
                  </blockquote>
                ))}
              </>
            )}
          </article>
        ))}
      </section>

      <section className="page">
        <h2>{t('crossReport.differences')}</h2>
        <p className="muted">{t('crossReport.differencesText')}</p>
        {(
          [
            ['mostlyFamily', model.differences.family],
            ['mostlyProfessionals', model.differences.professional],
          ] as const
        ).map(([key, rows]) => (
          <div key={key}>
            <h3>{t(`crossReport.${key}`)}</h3>
            {rows.length === 0 ? (
              <p className="muted">{t('crossReport.noDifferences')}</p>
            ) : (
              <ul>
                {rows.map((r) => (
                  <li key={`${r.list}:${r.name}`} dir="auto">
                    <strong>{r.name}</strong> ({listName[r.list]}) — {r.caseTitles.join(', ')};{' '}
                    <span className="muted">
                      {t('crossReport.weight', { family: r.family, professional: r.professional })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </section>
    </div>
  );
}

type T = (key: string, values?: Record<string, unknown>) => string;

function short(t: T, tally: Tally): string {
  return `${t('synthesis.cards', { count: tally.cards })}, ${t('synthesis.stickers', { count: tally.votes })}`;
}

function MatrixPrint({ matrix, lists }: { matrix: Matrix; lists: Record<string, string> }) {
  return (
    <table className="matrix-print">
      <thead>
        <tr>
          <th />
          {matrix.cases.map((c) => (
            <th key={c.id} dir="auto">
              {c.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((row) => (
          <tr key={row.key}>
            <th dir="auto">
              {row.label}
              {row.list && <span className="muted"> ({lists[row.list]})</span>}
            </th>
            {row.cells.map((cell) => (
              <td key={cell.caseId} className={cell.tally.cards ? '' : 'empty'}>
                {cell.tally.cards > 0 ? (
                  <>
                    {cell.factors.some((f) => f.name !== row.label) && (
                      <span className="cell-factor" dir="auto">
                        {cell.factors.map((f) => f.name).join(' · ')}
                      </span>
                    )}
                    <span className="n">{cell.tally.cards}</span> ({cell.tally.cardsFamily}/
                    {cell.tally.cardsProfessional}){' · '}
                    <span className="n">{cell.tally.votes}</span> ({cell.tally.votesFamily}/
                    {cell.tally.votesProfessional})
                  </>
                ) : (
                  '—'
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
