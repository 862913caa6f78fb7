import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardList, CaseState, Language } from '@shared/model';
import { buildReportModel, cardsCsv, lifelineTiles, type ReportMarker } from '@shared/report';
import { formatFuzzyDate, formatPointSpan } from '@shared/time';
import { LOCALES } from '@shared/i18n';
import { useCaseState } from '../../db/hooks';
import { useServices } from '../../app/services';
import { errorMessage } from '../../app/errorMessage';
import { navigate } from '../../app/router';
import { useToast } from '../../components/Toasts';
import { LifelineSvg, lifelineDrawingHeight } from './LifelineSvg';
import { FindingsTree } from '../../components/FindingsTree';
import { caseFileText, exportCaseToFile } from '../library/caseFileIO';
import '../../styles/report.css';

/** Width / height of the lifeline area on a landscape page (report.css: page width, max-height). */
const PAGE_RATIO = { A4: 273 / 158, A3: 396 / 240 } as const;

/**
 * The report as one printable view: A4 pages with print styles, the lifeline as vector graphics.
 * The same view gives the PDF in Electron (printToPDF), in the browser (print → PDF) and in the
 * command-line export and tests (Chromium's PDF printer).
 */
export function ReportView({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const state = useCaseState(caseId);
  if (state === undefined) return <p className="wall-message">{t('app.loading')}</p>;
  if (state === null) return <p className="wall-message">{t('wall.notFound')}</p>;
  return <Report state={state} />;
}

function Report({ state }: { state: CaseState }) {
  const lang: Language = state.case.language;
  const tr = useMemo(() => LOCALES[lang], [lang]);
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(lang);
  const { platform, db, appVersion } = useServices();
  const toast = useToast();
  const [generatedAt] = useState(() => Date.now());
  const model = useMemo(() => buildReportModel(state, generatedAt), [state, generatedAt]);
  const date = new Date(model.generatedAt).toLocaleDateString(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
  });
  const pdfTitle = t('report.documentTitle', { title: state.case.title });
  useEffect(() => {
    // The window title never names the case: browsers keep page titles in their history and
    // session files, where a deleted case's title would outlive it. The PDF gets its title from
    // the PDF writers (shared/report/pdfInfo.ts), which read it from this page's meta tags.
    document.title = t('app.name');
    document.documentElement.lang = lang;
    const meta = (name: string, content: string) => {
      const m = document.createElement('meta');
      m.name = name;
      m.content = content;
      document.head.append(m);
      return m;
    };
    const tags = [meta('author', model.facilitators || 'Levenslijn'), meta('levenslijn:pdf-title', pdfTitle)];
    document.body.dataset.reportReady = 'true';
    return () => {
      for (const m of tags) m.remove();
      delete document.body.dataset.reportReady;
    };
  }, [t, pdfTitle, lang, model.facilitators]);

  const length = state.case.axis.lengthMetres;
  const tiles = lifelineTiles(length, lifelineDrawingHeight(state, lang), PAGE_RATIO[model.paper]);
  const parts = tiles.length;
  const listName = (l: CardList) => tr.session.lists[l];

  const savePdf = async () => {
    const name = `${state.case.title.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'rapport'}.pdf`;
    try {
      const r = await platform.printReportToPdf(
        { suggestedName: name, title: pdfTitle, author: model.facilitators || 'Levenslijn' },
        { caseFileText: () => caseFileText(db, state.case.id, appVersion) },
      );
      if (r.saved) toast({ message: t('library.exported', { location: r.location }) });
    } catch (err) {
      toast({ tone: 'error', message: errorMessage(t, err) });
    }
  };
  const saveCsv = async () => {
    const csv = cardsCsv(model, tr.report.csvHeader, listName);
    await platform.saveFile({
      suggestedName: `${state.case.title.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'kaartjes'}.csv`,
      mimeType: 'text/csv;charset=utf-8',
      data: csv,
      extensions: ['csv'],
    });
  };

  return (
    <div className={model.paper === 'A3' ? 'report a3' : 'report'}>
      {/* Running header with the (pseudonymous) case title on every printed page. */}
      <style>{`@page { @top-right { content: ${cssString(state.case.title)}; font-family: 'Atkinson Hyperlegible', sans-serif; font-size: 9pt; color: #4a5360; } }`}</style>
      {model.paper === 'A3' && (
        <style>{'@page { size: A3; } @page landscape-page { size: A3 landscape; }'}</style>
      )}
      <nav className="report-toolbar no-print">
        <button type="button" onClick={() => navigate({ name: 'analysis', caseId: state.case.id })}>
          ← {t('report.back')}
        </button>
        <button type="button" className="primary" onClick={() => void savePdf()}>
          {t('report.savePdf')}
        </button>
        <button type="button" onClick={() => void saveCsv()}>
          {t('report.exportCsv')}
        </button>
        <button
          type="button"
          onClick={() =>
            void exportCaseToFile(db, platform, state.case.id, appVersion).then(
              (r) => r.saved && toast({ message: t('library.exported', { location: r.location }) }),
            )
          }
        >
          {t('report.exportCase')}
        </button>
      </nav>

      <section className="page cover">
        <p className="kicker">{t('report.heading')}</p>
        <h1 dir="auto">{state.case.title}</h1>
        <p>{t('report.generated', { date })}</p>
        {model.facilitators && <p dir="auto">{t('report.facilitators', { names: model.facilitators })}</p>}
        {state.case.familyDescription && (
          <p className="family" dir="auto">
            {state.case.familyDescription}
          </p>
        )}
        <h2>{t('report.participants')}</h2>
        {model.participantsByRole.length === 0 ? (
          <p>{t('report.noParticipants')}</p>
        ) : (
          <table className="participants">
            <tbody>
              {model.participantsByRole.map((g) => (
                <tr key={g.role}>
                  <th>{tr.session.roles[g.role]}</th>
                  <td dir="auto">{g.names.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h2>{t('report.method')}</h2>
        <p>{t('report.methodText')}</p>
      </section>

      <section className="page landscape">
        <h2>{t('report.lifelineOverview', { metres: length })}</h2>
        <LifelineSvg
          state={state}
          lang={lang}
          from={0}
          to={length * 1000}
          overview
          className="lifeline-overview"
        />
      </section>

      {tiles.map(({ from, to }, i) => {
        const overlap = i > 0 ? tiles[i - 1]!.to - from : 0;
        return (
          <section key={i} className="page landscape tile">
            <h2>{t('report.lifelinePart', { part: i + 1, parts })}</h2>
            <div className="tile-frame">
              {overlap > 0 && (
                <span
                  className="overlap-mark"
                  style={{ width: `${(overlap * 100) / (to - from)}%` }}
                  aria-hidden
                />
              )}
              <LifelineSvg state={state} lang={lang} from={from} to={to} className="lifeline-tile" />
            </div>
          </section>
        );
      })}

      <section className="page">
        <h2 className="good">{t('report.goodHelp')}</h2>
        <Markers markers={model.goodHelp} lang={lang} factors={t('report.factorsGood')} />
        <h2 className="bad">{t('report.noGoodHelp')}</h2>
        <Markers markers={model.noGoodHelp} lang={lang} factors={t('report.factorsBad')} />
      </section>

      <section className="page">
        <h2>{t('report.priorities')}</h2>
        {(['strengths', 'improvements'] as const).map((list) => {
          const ranked = model.ranked[list];
          const max = Math.max(1, ...ranked.map((r) => r.votes));
          const total = model.totals[list];
          return (
            <div key={list} className="priority-list">
              <h3>{listName(list)}</h3>
              <p className="muted">
                {t('report.split', total)} <i className="legend family" aria-hidden />{' '}
                {tr.session.perspective.family} <i className="legend professional" aria-hidden />{' '}
                {tr.session.perspective.professional}
              </p>
              <ol className="bars">
                {ranked.map((r) => (
                  <li key={r.card.id}>
                    <span className="rank">
                      {r.rank}.{r.tied ? ` (${tr.session.tie})` : ''}
                    </span>
                    <span className="text" dir="auto">
                      {r.card.text}
                    </span>
                    <span className="bar" aria-hidden>
                      <span
                        className="family"
                        style={{ width: `${(r.byPerspective.family / max) * 100}%` }}
                      />
                      <span
                        className="professional"
                        style={{ width: `${(r.byPerspective.professional / max) * 100}%` }}
                      />
                    </span>
                    <span className="count">
                      {r.votes} {t('report.votes')}
                    </span>
                  </li>
                ))}
              </ol>
            </div>
          );
        })}
      </section>

      <section className="page findings">
        <h2>{t('report.findingsTree')}</h2>
        <FindingsTree tree={model.tree} t={t} variant="report" />
      </section>

      <section className="page">
        <h2>{t('report.recommendations')}</h2>
        {model.recommendations.length === 0 ? (
          <p>{t('report.noRecommendations')}</p>
        ) : (
          <ol className="recommendations">
            {model.recommendations.map((r, i) => (
              <li key={i} dir="auto">
                {r}
              </li>
            ))}
          </ol>
        )}
        {model.quotes.length > 0 && (
          <>
            <h2>{t('report.quotes')}</h2>
            {model.quotes.map(({ card, by }) => (
              <blockquote key={card.id} className="quote">
                <p dir="auto">“{card.text}”</p>
                <footer>
                  —{' '}
                  {by
                    ? t('report.quoteBy', { role: tr.session.roles[by.role], name: by.pseudonym })
                    : tr.analysis.theGroup}
                </footer>
              </blockquote>
            ))}
          </>
        )}
        {model.followUpNotes && (
          <>
            <h2>{t('report.followUp')}</h2>
            <p className="follow-up" dir="auto">
              {model.followUpNotes}
            </p>
          </>
        )}
      </section>

      <section className="page">
        <h2>
          {t('report.appendix')}: {t('report.corrections')}
        </h2>
        {model.changes.length === 0 ? (
          <p>{t('report.noCorrections')}</p>
        ) : (
          <ul>
            {model.changes.map((c) => (
              <li key={c.id} dir="auto">
                {c.title} — {tr.session.changeActions[c.action]}
              </li>
            ))}
          </ul>
        )}
        <h2>{t('report.allCards')}</h2>
        <table className="all-cards">
          <thead>
            <tr>
              {[0, 1, 2, 3, 5].map((i) => (
                <th key={i}>{tr.report.csvHeader[i]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.allCards.map((c) => (
              <tr key={c.card.id}>
                <td>{listName(c.card.list)}</td>
                <td dir="auto">{c.card.text}</td>
                <td>{c.votes}</td>
                <td dir="auto">{c.by}</td>
                <td className="codes">{c.codes.join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>{t('report.items')}</h2>
        <ul className="items">
          {model.items.map((i) => (
            <li key={i.id} dir="auto">
              {formatFuzzyDate(i.start, lang)}
              {i.shape === 'period'
                ? ` – ${i.end ? formatFuzzyDate(i.end, lang) : tr.item.ongoing}`
                : ''}: {i.title}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** A CSS string literal for any text (quotes, backslashes and line breaks escaped). */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n\f]/g, ' ')}"`;
}

function Markers({
  markers,
  lang,
  factors,
}: {
  markers: readonly ReportMarker[];
  lang: Language;
  factors: string;
}) {
  const tr = LOCALES[lang];
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(lang);
  if (markers.length === 0) return <p>{t('report.noMarkers')}</p>;
  return (
    <>
      {markers.map(({ marker, by, contributors, cards }) => (
        <article key={marker.id} className={`marker ${marker.valence}`}>
          <h3 dir="auto">
            {formatPointSpan(marker.start, marker.end, marker.precision, lang)}
            {marker.title ? ` · ${marker.title}` : ''}
          </h3>
          <p className="muted">
            {t('report.placedBy', { name: by?.pseudonym ?? '?', role: by ? tr.session.roles[by.role] : '' })}
            {contributors.length > 0 && `; ${t('report.withOthers', { names: contributors.join(', ') })}`}
          </p>
          {marker.explanation && (
            <p dir="auto">
              <strong>{t('report.why')}:</strong> {marker.explanation}
            </p>
          )}
          {cards.length > 0 && (
            <>
              <p>
                <strong>{factors}:</strong>
              </p>
              <ul>
                {cards.map((c) => (
                  <li key={c.id} dir="auto">
                    {c.text}
                  </li>
                ))}
              </ul>
            </>
          )}
        </article>
      ))}
    </>
  );
}
