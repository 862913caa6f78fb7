import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildCrossCaseDocument } from '@shared/crosscase/document';
import type { StudyState } from '@shared/study/state';
import { useServices } from '../../app/services';
import { errorMessage } from '../../app/errorMessage';
import { navigate } from '../../app/router';
import { useToast } from '../../components/Toasts';
import { useStudyState } from '../../db/hooks';
import { BlockView, cssString } from '../report/ReportView';
import { useReportPage } from '../report/useReportPage';
import { StudyExportButton } from './StudyExportButton';
import { studyFileText } from './studyFileIO';
import { BusyButton } from '../../components/BusyButton';
import '../../styles/report.css';
import '../../styles/crossReport.css';

/**
 * The cross-case report as one printable view, rendered from the cross-case document model
 * (shared/crosscase/document.ts), which the Word document is written from as well. Its PDF goes
 * the case report's way: the desktop prints this page; the browser build posts the study file to
 * the local server, which renders this same view.
 */
export function StudyReportView({ studyId }: { studyId: string }) {
  const { t } = useTranslation();
  const state = useStudyState(studyId);
  if (state === undefined) return <p className="wall-message">{t('app.loading')}</p>;
  if (state === null) return <p className="wall-message">{t('study.notFound')}</p>;
  return <CrossCaseReport state={state} />;
}

function CrossCaseReport({ state }: { state: StudyState }) {
  const { t } = useTranslation();
  // The study's own language, as a case report uses the case's: the PDF reads the same on every machine.
  const lang = state.study.language;
  const { platform, db, appVersion } = useServices();
  const toast = useToast();
  const [generatedAt] = useState(() => Date.now());
  const doc = useMemo(() => buildCrossCaseDocument(state, lang, generatedAt), [state, lang, generatedAt]);
  useReportPage({ lang, pdfTitle: doc.documentTitle, author: doc.author });

  const savePdf = async () => {
    const name = `${doc.title.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'rapport'}.pdf`;
    try {
      const r = await platform.printReportToPdf(
        { suggestedName: name, title: doc.documentTitle, author: doc.author },
        { caseFileText: () => studyFileText(db, state.study.id, appVersion) },
      );
      if (r.saved) toast({ message: t('library.exported', { location: r.location }) });
    } catch (err) {
      toast({ tone: 'error', message: errorMessage(t, err) });
    }
  };

  return (
    <div className="report cross-report" lang={lang}>
      <style>{`@page { @top-right { content: ${cssString(doc.title)}; font-family: 'Atkinson Hyperlegible', sans-serif; font-size: 9pt; color: #4a5360; } }`}</style>
      <nav className="report-toolbar no-print">
        <button type="button" onClick={() => navigate({ name: 'study', studyId: state.study.id })}>
          ← {t('crossReport.back')}
        </button>
        <BusyButton className="primary" run={savePdf}>
          {t('crossReport.savePdf')}
        </BusyButton>
        <StudyExportButton study={state} format="docx" />
      </nav>

      <section className="page cover">
        <p className="kicker">{doc.titlePage.kicker}</p>
        <h1 dir="auto">{doc.title}</h1>
        <p className="subtitle">{doc.titlePage.subtitle}</p>
        {doc.titlePage.lines.map((l, i) => (
          <p key={i} dir="auto">
            {l}
          </p>
        ))}
      </section>

      {doc.sections.map((section) => (
        <section
          key={section.id}
          className={section.landscape ? 'page landscape' : 'page'}
          data-section={section.id}
        >
          <h2>{section.title}</h2>
          {section.blocks.map((block, i) =>
            block.kind === 'tree' || block.kind === 'lifeline' ? null : (
              <BlockView key={i} block={block} lang={lang} />
            ),
          )}
        </section>
      ))}
    </div>
  );
}
