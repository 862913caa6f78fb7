import { useTranslation } from 'react-i18next';
import type { CaseFileError } from '@shared/file';
import { Dialog } from '../../components/Dialog';
import { fileErrorMessage } from '../../app/errorMessage';

/** Says what is wrong with a refused file, and that nothing was changed. */
export function ImportErrorDialog({ error, onClose }: { error: CaseFileError; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('library.importFailed')} onClose={onClose}>
      <p className="error-text" data-testid="import-error">
        {fileErrorMessage(t, error)}
      </p>
      {error.details.length > 0 && (
        <ul className="details">
          {error.details.slice(0, 10).map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      )}
      <p>{t('file.error.unchanged')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('app.close')}
        </button>
      </div>
    </Dialog>
  );
}
