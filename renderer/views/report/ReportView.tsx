import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseState, Language } from '@shared/model';
import { buildReportDocument, type Block, type ReportSection } from '@shared/report';
import { hyphenate } from '@shared/text/hyphenate';
import { useCaseState } from '../../db/hooks';
import { useServices } from '../../app/services';
import { errorMessage } from '../../app/errorMessage';
import { navigate } from '../../app/router';
import { useDispatch } from '../../app/useDispatch';
import { useToast } from '../../components/Toasts';
import { SectionEditor } from './SectionEditor';
import { useReportPage } from './useReportPage';
import { caseFileText, exportCaseToFile } from '../library/caseFileIO';
import { BusyButton } from '../../components/BusyButton';
import '../../styles/report.css';

/**
 * The case-study report as one printable view, built from the report document model
 * (shared/report/document.ts) that the DOCX export renders too. A4 or A3 pages with print
 * styles; the lifeline and the findings trees as vector graphics. On screen each section can be
 * switched off or its text rewritten (stored with the case); the same view gives the PDF in
 * Electron (printToPDF), in the browser (local server or print) and on the command line.
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
  const { t: tUi, i18n } = useTranslation();
  const uiLang: Language = i18n.language === 'en' ? 'en' : 'nl';
  const t = i18n.getFixedT(lang);
  const { platform, db, appVersion } = useServices();
  const toast = useToast();
  const dispatch = useDispatch(state.case.id);
  const [generatedAt] = useState(() => Date.now());
  const doc = useMemo(() => buildReportDocument(state, generatedAt), [state, generatedAt]);
  const [editing, setEditing] = useState<ReportSection | null>(null);
  const pdfTitle = t('report.documentTitle', { title: state.case.title });
  useReportPage({ lang, pdfTitle, author: doc.author });

  const done = (r: { saved: boolean; location?: string }) =>
    r.saved && toast({ message: tUi('library.exported', { location: r.location ?? '' }) });
  const failed = (err: unknown) => toast({ tone: 'error', message: errorMessage(tUi, err) });
  const savePdf = async () => {
    try {
      const r = await platform.printReportToPdf(
        { suggestedName: pdfName(state), title: pdfTitle, author: doc.author },
        { caseFileText: () => caseFileText(db, state.case.id, appVersion) },
      );
      done(r);
      // For the study view's "report made".
      if (r.saved) void dispatch('analysis.markReported', {});
    } catch (err) {
      failed(err);
    }
  };
  // The Word and Excel writers load on first use (they are large).
  const exports = () => import('./exports');
  const run =
    (job: (x: Awaited<ReturnType<typeof exports>>) => Promise<{ saved: boolean; location?: string }>) => () =>
      exports().then(job).then(done, failed);

  // Pages: a section that starts a new page opens one; trees and the lifeline get their own.
  const pages: { key: string; className: string; children: ReactNode[] }[] = [];
  const newPage = (key: string, className = 'page') => {
    const page = { key, className, children: [] as ReactNode[] };
    pages.push(page);
    return page;
  };
  let page = newPage('title', 'page cover');
  page.children.push(<TitlePage key="title" doc={doc} />);
  for (const section of doc.sections) {
    if (!section.on) {
      page.children.push(
        <SectionOff
          key={section.id}
          section={section}
          onOn={() => void dispatch('report.setSection', { section: section.id, on: true })}
        />,
      );
      continue;
    }
    if (section.newPage) page = newPage(section.id);
    page.children.push(
      <SectionHeading
        key={`${section.id}-h`}
        section={section}
        onEdit={() => setEditing(section)}
        onOff={() => void dispatch('report.setSection', { section: section.id, on: false })}
      />,
    );
    section.blocks.forEach((block, i) => {
      const key = `${section.id}-${i}`;
      if (block.kind === 'tree') {
        const fig = newPage(
          key,
          `page tree-page ${block.drawing.orientation === 'landscape' ? 'landscape' : ''}`,
        );
        fig.children.push(<TreeFigure key={key} block={block} />);
        page = newPage(`${key}-after`);
      } else if (block.kind === 'lifeline') {
        // the overview joins the section's heading on a landscape page; the tiles follow
        const [overview, ...tiles] = lifelinePages(block);
        page.className = 'page landscape';
        page.children.push(...overview!.children);
        pages.push(...tiles);
        page = newPage(`${key}-after`);
      } else page.children.push(<BlockView key={key} block={block} lang={lang} />);
    });
  }

  return (
    <div className={doc.paper === 'A3' ? 'report a3' : 'report'} lang={lang}>
      {/* Running header with the (pseudonymous) case title on every printed page. */}
      <style>{`@page { @top-right { content: ${cssString(state.case.title)}; font-family: 'Atkinson Hyperlegible', sans-serif; font-size: 9pt; color: #4a5360; } }`}</style>
      {doc.paper === 'A3' && (
        <style>{'@page { size: A3; } @page landscape-page { size: A3 landscape; }'}</style>
      )}
      <nav className="report-toolbar no-print" aria-label={tUi('report.open')}>
        <button type="button" onClick={() => navigate({ name: 'analysis', caseId: state.case.id })}>
          ← {tUi('report.back')}
        </button>
        {/* Each file takes seconds: its button says "Bezig…" meanwhile, the rest stays usable. */}
        <BusyButton className="primary" run={savePdf}>
          {tUi('report.savePdf')}
        </BusyButton>
        <BusyButton run={run((x) => x.saveExport(platform, state, 'docx', uiLang))}>
          {tUi('reportUi.saveDocx')}
        </BusyButton>
        <BusyButton run={run((x) => x.saveExport(platform, state, 'xlsx', uiLang))}>
          {tUi('reportUi.saveXlsx')}
        </BusyButton>
        <BusyButton run={run((x) => x.saveExport(platform, state, 'csv', uiLang))}>
          {tUi('report.exportCsv')}
        </BusyButton>
        <BusyButton run={run((x) => x.saveTree(platform, state, 'strengths', 'svg'))}>
          {tUi('reportUi.treeSvg')}
        </BusyButton>
        <BusyButton run={run((x) => x.saveTree(platform, state, 'strengths', 'png'))}>
          {tUi('reportUi.treePng')}
        </BusyButton>
        <BusyButton run={() => exportCaseToFile(db, platform, state.case.id, appVersion).then(done, failed)}>
          {tUi('report.exportCase')}
        </BusyButton>
      </nav>
      <p className="report-hint no-print">{tUi('reportUi.sectionsHint')}</p>
      {pages
        .filter((p) => p.children.length > 0)
        .map((p) => (
          <section key={p.key} className={p.className}>
            {p.children}
          </section>
        ))}
      {editing && (
        <SectionEditor
          section={editing}
          onClose={() => setEditing(null)}
          onSave={(text) => dispatch('report.setSection', { section: editing.id, text })}
        />
      )}
    </div>
  );
}

/** The PDF's file name: the case title, letters, digits, spaces and dashes only. */
function pdfName(state: CaseState): string {
  return `${state.case.title.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'rapport'}.pdf`;
}

/** A CSS string literal for any text (quotes, backslashes and line breaks escaped). */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n\f]/g, ' ')}"`;
}

function TitlePage({ doc }: { doc: ReturnType<typeof buildReportDocument> }) {
  return (
    <>
      <p className="kicker">{doc.titlePage.kicker}</p>
      <h1 dir="auto">{doc.title}</h1>
      <p className="subtitle">{doc.titlePage.subtitle}</p>
      {doc.titlePage.lines.map((l) => (
        <p key={l} dir="auto">
          {l}
        </p>
      ))}
    </>
  );
}

function SectionHeading({
  section,
  onEdit,
  onOff,
}: {
  section: ReportSection;
  onEdit: () => void;
  onOff: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="section-heading" data-section={section.id}>
      <h2>{section.title}</h2>
      <span className="section-tools no-print">
        {section.ownText !== null && <small className="edited">{t('reportUi.edited')}</small>}
        <button type="button" onClick={onEdit} aria-label={`${t('reportUi.edit')}: ${section.title}`}>
          {t('reportUi.edit')}
        </button>
        <label className="check">
          <input type="checkbox" checked onChange={onOff} />
          {t('reportUi.include')}
        </label>
      </span>
    </div>
  );
}

/** A switched-off section: a slim bar on screen (to switch it back on), nothing in print. */
function SectionOff({ section, onOn }: { section: ReportSection; onOn: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="section-off no-print" data-section={section.id}>
      <span>
        {section.title} — {t('reportUi.off')}
      </span>
      <label className="check">
        <input type="checkbox" checked={false} onChange={onOn} />
        {t('reportUi.include')}
      </label>
    </div>
  );
}

export function BlockView({
  block,
  lang,
}: {
  block: Exclude<Block, { kind: 'tree' | 'lifeline' }>;
  lang: Language;
}) {
  switch (block.kind) {
    case 'heading':
      return <h3 dir="auto">{block.text}</h3>;
    case 'paragraph':
      return (
        <p className={block.tone ?? undefined} dir="auto">
          {block.text}
        </p>
      );
    case 'bullets': {
      const items = block.items.map((text, i) => (
        <li key={i} dir="auto">
          {text}
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'quote':
      return (
        <blockquote className="quote">
          <p dir="auto">{block.text}</p>
          <footer>— {block.by}</footer>
        </blockquote>
      );
    case 'table':
      return (
        <table className={`doc-table table-${block.name}`}>
          <colgroup>
            {block.widths.map((w, i) => (
              <col key={i} style={{ width: `${(w / block.widths.reduce((s, x) => s + x, 0)) * 100}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {block.header.map((h) => (
                <th key={h}>{hyphenate(h, lang)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c} dir="auto">
                    {hyphenate(cell, lang)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'ranking':
      return <RankingBars block={block} lang={lang} />;
  }
}

function RankingBars({ block, lang }: { block: Extract<Block, { kind: 'ranking' }>; lang: Language }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(lang);
  const max = Math.max(1, ...block.rows.map((r) => r.votes));
  const total = block.rows.reduce(
    (s, r) => ({ family: s.family + r.family, professional: s.professional + r.professional }),
    { family: 0, professional: 0 },
  );
  return (
    <div className="priority-list">
      <h3>{block.title}</h3>
      <p className="muted">
        {t('report.split', total)} <i className="legend family" aria-hidden />{' '}
        {t('session.perspective.family')} <i className="legend professional" aria-hidden />{' '}
        {t('session.perspective.professional')}
      </p>
      <ol className="bars">
        {block.rows.map((r, i) => (
          <li key={i}>
            <span className="rank">
              {r.rank}.{r.tied ? ` (${block.tieLabel})` : ''}
            </span>
            <span className="text" dir="auto">
              {r.text}
            </span>
            <span className="bar" aria-hidden>
              <span className="family" style={{ width: `${(r.family / max) * 100}%` }} />
              <span className="professional" style={{ width: `${(r.professional / max) * 100}%` }} />
            </span>
            <span className="count">{t('session.votes', { count: r.votes })}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

function TreeFigure({ block }: { block: Extract<Block, { kind: 'tree' }> }) {
  return (
    <figure className={`tree-figure tree-${block.list}`} data-testid={`tree-${block.list}`}>
      {/* The drawing is built by shared/report/treeSvg.ts with every text escaped. */}
      <div className="tree-svg" dangerouslySetInnerHTML={{ __html: block.drawing.svg }} />
      <figcaption>{block.caption}</figcaption>
    </figure>
  );
}

/** The lifeline pages of the report document: the overview (joins the section's page), then the tiles. */
function lifelinePages(block: Extract<Block, { kind: 'lifeline' }>) {
  return block.pages.map((p, i) => ({
    key: `lifeline-${i}`,
    className: p.kind === 'overview' ? 'page landscape' : 'page landscape tile',
    children: [
      <h3 key="h">{p.caption}</h3>,
      ...(p.note
        ? [
            <p key="n" className="muted lifeline-note">
              {p.note}
            </p>,
          ]
        : []),
      <div
        key="f"
        className={p.kind === 'overview' ? 'lifeline-overview' : 'tile-frame lifeline-tile'}
        data-testid={p.kind === 'overview' ? 'lifeline-overview' : `lifeline-tile-${i}`}
      >
        {p.overlap > 0 && (
          <span className="overlap-mark" style={{ width: `${p.overlap * 100}%` }} aria-hidden />
        )}
        {/* The drawing is built by shared/report/lifelineSvg.ts with every text escaped. */}
        <div className="lifeline-svg" dangerouslySetInnerHTML={{ __html: p.svg }} />
      </div>,
    ],
  }));
}
