import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { decryptFileText, fileError, isEncryptedFile, type CaseFileError } from '@shared/file';
import { isStudyFileText } from '@shared/study/file';
import { useServices } from '../../app/services';
import { errorMessage } from '../../app/errorMessage';
import { navigate } from '../../app/router';
import { useToast } from '../../components/Toasts';
import { importCaseText, openCaseFile, type ImportOutcome } from './caseFileIO';
import { importStudyText, openStudyFile, type StudyImportOutcome } from '../study/studyFileIO';
import { ImportErrorDialog } from './ImportErrorDialog';
import { ImportPassphraseDialog } from './PassphraseDialogs';
import { copyTitle } from './copyTitle';

/**
 * The import of a case file or a study file (with its cases), however it arrives (the import
 * buttons, a file opened from the file manager): checked completely, then stored, then shown
 * (`#/case/<id>`, `#/study/<id>`). An encrypted file asks for its passphrase first; a plain one
 * imports without any further question. What the file is, is read from the file, not its name.
 */
export function useCaseImport(): {
  importFile: (kind?: 'case' | 'study') => Promise<void>;
  importText: (text: string) => Promise<void>;
  dialogs: ReactNode;
} {
  const { t } = useTranslation();
  const { db, platform } = useServices();
  const toast = useToast();
  const [encrypted, setEncrypted] = useState<string | null>(null);
  const [error, setError] = useState<CaseFileError | null>(null);

  const finishCase = useCallback(
    (outcome: ImportOutcome) => {
      if (outcome.kind === 'refused') setError(outcome.error);
      if (outcome.kind !== 'imported') return;
      toast({
        message: t(outcome.asCopy ? 'library.importedCopy' : 'library.imported', {
          title: outcome.caseRecord.title,
        }),
      });
      navigate({ name: 'case', caseId: outcome.caseRecord.id });
    },
    [t, toast],
  );

  const finishStudy = useCallback(
    (outcome: StudyImportOutcome) => {
      if (outcome.kind === 'refused') setError(outcome.error);
      if (outcome.kind !== 'imported') return;
      toast({ message: t('study.imported', { name: outcome.study.name, count: outcome.cases }) });
      if (outcome.copies) toast({ message: t('study.importedCopies', { count: outcome.copies }) });
      navigate({ name: 'study', studyId: outcome.study.id });
    },
    [t, toast],
  );

  const copySuffix = useCallback(
    (n: number) => (n === 1 ? t('library.copySuffix') : t('library.copySuffixN', { n })),
    [t],
  );

  const importText = useCallback(
    async (text: string) => {
      if (isEncryptedFile(text)) return setEncrypted(text);
      try {
        if (isStudyFileText(text)) finishStudy(await importStudyText(db, text));
        else
          finishCase(
            await importCaseText(db, text, {
              copyTitle: (title, taken) => copyTitle(title, taken, copySuffix),
            }),
          );
      } catch (err) {
        toast({ tone: 'error', message: errorMessage(t, err) });
      }
    },
    [db, finishCase, finishStudy, t, toast, copySuffix],
  );

  const importFile = useCallback(
    async (kind: 'case' | 'study' = 'case') => {
      try {
        const opened = kind === 'study' ? await openStudyFile(platform) : await openCaseFile(platform);
        if (opened.kind === 'refused') setError(opened.error);
        if (opened.kind === 'text') await importText(opened.text);
      } catch (err) {
        toast({ tone: 'error', message: errorMessage(t, err) });
      }
    },
    [platform, importText, t, toast],
  );

  const openEncrypted = async (passphrase: string): Promise<string | null> => {
    if (encrypted === null) return null;
    const r = await decryptFileText(encrypted, passphrase);
    if (!r.ok) return `library.passphrase.${r.reason === 'wrongPassphrase' ? 'wrong' : r.reason}`;
    setEncrypted(null);
    const fits = r.content === 'case' || (r.content === 'study' && isStudyFileText(r.text));
    if (!fits || isEncryptedFile(r.text)) setError(fileError('notACaseFile'));
    else await importText(r.text);
    return null;
  };

  const dialogs = (
    <>
      {encrypted !== null && (
        <ImportPassphraseDialog onOpen={openEncrypted} onCancel={() => setEncrypted(null)} />
      )}
      {error && <ImportErrorDialog error={error} onClose={() => setError(null)} />}
    </>
  );
  return { importFile, importText, dialogs };
}
