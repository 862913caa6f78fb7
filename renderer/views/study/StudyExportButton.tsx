import { useTranslation } from 'react-i18next';
import type { SaveFileResult } from '@shared/platform/types';
import type { StudyState } from '@shared/study/state';
import { useServices } from '../../app/services';
import { errorMessage } from '../../app/errorMessage';
import { useToast } from '../../components/Toasts';
import { BusyButton } from '../../components/BusyButton';

/**
 * A study export that takes a moment (the cross-case report as Word, every case's cards as
 * Excel): a BusyButton, so it says "Bezig…" from the click until the file is saved or the save
 * is cancelled, and a second click cannot start a second file.
 */
export function StudyExportButton({
  study,
  format,
  className,
}: {
  study: StudyState;
  format: 'docx' | 'xlsx';
  className?: string;
}) {
  const { t, i18n } = useTranslation();
  const { platform } = useServices();
  const toast = useToast();
  const make = async () => {
    try {
      // The Word and Excel writers are loaded on first use (they are large).
      const x = await import('./crossCaseExports');
      const r: SaveFileResult =
        format === 'docx'
          ? await x.saveCrossCaseDocx(platform, study)
          : await x.saveStudyCardsXlsx(platform, study, i18n.language === 'en' ? 'en' : 'nl');
      if (r.saved) toast({ message: t('library.exported', { location: r.location }) });
    } catch (err) {
      toast({ tone: 'error', message: errorMessage(t, err) });
    }
  };
  return (
    <BusyButton className={className} run={make}>
      {t(format === 'docx' ? 'crossReport.saveDocx' : 'crossReport.saveXlsx')}
    </BusyButton>
  );
}
