import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '@shared/model';

export function CaseRow({
  caseRecord,
  onOpen,
  onRename,
  onDuplicate,
  onExport,
  onExportEncrypted,
  onDelete,
}: {
  caseRecord: CaseRecord;
  onOpen: () => void;
  onRename: () => void;
  onDuplicate: () => void;
  onExport: () => void;
  onExportEncrypted: () => void;
  onDelete: () => void;
}) {
  const { t, i18n } = useTranslation();
  const when = new Date(caseRecord.updatedAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <li className="case-row card-panel" data-case-id={caseRecord.id}>
      <button type="button" className="case-open ghost" onClick={onOpen}>
        <span className="case-title" dir="auto">
          {caseRecord.title}
        </span>
        <span className="muted">{t('library.updated', { when })}</span>
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
