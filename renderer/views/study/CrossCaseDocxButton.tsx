import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudyState } from '@shared/study/state';
import { useServices } from '../../app/services';
import { errorMessage } from '../../app/errorMessage';
import { useToast } from '../../components/Toasts';

/**
 * "Word (.docx)" for the cross-case report: busy (disabled, "Making…") from the click until the
 * file is saved or the save is cancelled, so a second click cannot start a second document.
 */
export function CrossCaseDocxButton({ study, className }: { study: StudyState; className?: string }) {
  const { t } = useTranslation();
  const { platform } = useServices();
  const toast = useToast();
  const [making, setMaking] = useState(false);
  const make = async () => {
    setMaking(true);
    try {
      // The Word writer is loaded on first use (it is large).
      const { saveCrossCaseDocx } = await import('./crossCaseDocx');
      const r = await saveCrossCaseDocx(platform, study);
      if (r.saved) toast({ message: t('library.exported', { location: r.location }) });
    } catch (err) {
      toast({ tone: 'error', message: errorMessage(t, err) });
    } finally {
      setMaking(false);
    }
  };
  return (
    <button
      type="button"
      className={className}
      disabled={making}
      aria-busy={making}
      onClick={() => void make()}
    >
      {making ? t('crossReport.making') : t('crossReport.saveDocx')}
    </button>
  );
}
