import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '@shared/model';
import type { CaseSummary } from './caseSummary';

export function CaseRow({
  caseRecord,
  summary,
  onOpen,
  onRename,
  onDuplicate,
  onExport,
  onExportEncrypted,
  onDelete,
}: {
  caseRecord: CaseRecord;
  summary: CaseSummary | undefined;
  onOpen: () => void;
  onRename: () => void;
  onDuplicate: () => void;
  onExport: () => void;
  onExportEncrypted: () => void;
  onDelete: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL';
  const when = new Date(caseRecord.updatedAt).toLocaleString(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const session =
    summary?.sessionAt != null
      ? t('library.sessionOn', {
          date: new Date(summary.sessionAt).toLocaleDateString(locale, { dateStyle: 'long' }),
        })
      : t('library.noSession');
  return (
    <li className="case-row card-panel" data-case-id={caseRecord.id}>
      <button type="button" className="case-open ghost" onClick={onOpen}>
        <span className="case-title" dir="auto">
          {caseRecord.title}
        </span>
        <span className="case-facts">
          {summary && (
            <>
              <span data-testid="case-moments">{t('library.moments', { count: summary.moments })}</span>
              <span data-testid="case-session">{session}</span>
            </>
          )}
          <span className="muted">{t('library.updated', { when })}</span>
        </span>
      </button>
      <div className="row case-actions">
        <button type="button" className="primary" onClick={onOpen}>
          {t('library.open')}
        </button>
        <button type="button" onClick={onRename}>
          {t('library.rename')}
        </button>
        <button type="button" onClick={onDuplicate}>
          {t('library.duplicate')}
        </button>
        <button type="button" onClick={onExport}>
          {t('library.export')}
        </button>
        <button type="button" onClick={onExportEncrypted}>
          {t('library.exportEncrypted')}
        </button>
        <button type="button" className="danger" onClick={onDelete}>
          {t('library.delete')}
        </button>
      </div>
    </li>
  );
}
