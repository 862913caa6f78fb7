import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '@shared/platform/types';
import { useServices } from '../../app/services';
import { useToast } from '../../components/Toasts';
import { importCaseText } from './caseFileIO';

/**
 * Cases that have a backup outside IndexedDB but are missing from the library (the browser
 * cleared its storage, the database was lost or corrupted): offered for restore.
 */
export function LostCaseBackups({ knownCaseIds }: { knownCaseIds: ReadonlySet<string> | null }) {
  const { t, i18n } = useTranslation();
  const { db, platform } = useServices();
  const toast = useToast();
  const [backups, setBackups] = useState<BackupEntry[]>([]);
  useEffect(() => {
    let live = true;
    platform
      .listBackups()
      .then((list) => live && setBackups(list))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [platform]);
  if (!knownCaseIds) return null;
  const newestPerCase = new Map<string, BackupEntry>();
  for (const b of backups) if (!knownCaseIds.has(b.caseId) && !newestPerCase.has(b.caseId)) newestPerCase.set(b.caseId, b);
  if (newestPerCase.size === 0) return null;
  const restore = async (b: BackupEntry) => {
    try {
      const outcome = await importCaseText(db, await platform.readBackup(b.file));
      if (outcome.kind === 'imported') toast({ message: t('library.imported', { title: outcome.caseRecord.title }) });
      else if (outcome.kind === 'refused') toast({ tone: 'error', message: t(outcome.error.messageKey, outcome.error.values) });
    } catch (err) {
      toast({ tone: 'error', message: t('app.errorDetail', { message: String((err as Error)?.message ?? err) }) });
    }
  };
  return (
    <section className="card-panel stack" aria-labelledby="lost-backups">
      <h2 id="lost-backups">{t('library.backups')}</h2>
      <p>{t('library.backupsHint')}</p>
      <ul className="case-list">
        {[...newestPerCase.values()].map((b) => (
          <li key={b.caseId} className="row">
            <span className="grow">
              {b.caseId} · {new Date(b.savedAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL')}
            </span>
            <button type="button" className="primary" onClick={() => void restore(b)}>
              {t('library.restoreBackup')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
