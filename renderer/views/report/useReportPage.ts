import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/model';

/**
 * The page set-up of a printable report (a case's or a study's cross-case report): the window
 * title stays "Levenslijn" — browsers keep page titles in their history and session files, where
 * a deleted case's title or study's name would outlive it — while the PDF's title and author go
 * into meta tags, which the PDF writers read (desktop, the web server and the command line:
 * scripts/lib/reportPdf.mjs). `body[data-report-ready]` tells them the report is drawn.
 */
export function useReportPage({
  lang,
  pdfTitle,
  author,
}: {
  lang: Language;
  pdfTitle: string;
  author: string;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.name');
    document.documentElement.lang = lang;
    const meta = (name: string, content: string) => {
      const m = document.createElement('meta');
      m.name = name;
      m.content = content;
      document.head.append(m);
      return m;
    };
    const tags = [meta('author', author), meta('levenslijn:pdf-title', pdfTitle)];
    document.body.dataset.reportReady = 'true';
    return () => {
      for (const m of tags) m.remove();
      delete document.body.dataset.reportReady;
    };
  }, [t, pdfTitle, author, lang]);
}
