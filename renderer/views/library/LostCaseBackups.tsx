import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '@shared/platform/types';
import { useServices } from '../../app/services';
import { errorMessage } from '../../app/errorMessage';
import { useToast } from '../../components/Toasts';
import { newestPerCase, restoreFromSafetyCopy } from '../../db/recovery';

/**
 * Cases that have a backup outside IndexedDB but are missing from the library and were not
 * restored automatically at start (they went missing while the app ran, or their backup could
 * not be used then): offered for restore, with the journal kept since the backup.
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
  const missing = newestPerCase(backups).filter((b) => !knownCaseIds.has(b.caseId));
  if (missing.length === 0) return null;
  const restore = async (b: BackupEntry) => {
    try {
      const restored = await restoreFromSafetyCopy(db, platform, b);
      if (restored)
        toast({ message: t('app.recovered', { title: restored.title, count: restored.changes }) });
    } catch (err) {
      toast({ tone: 'error', message: errorMessage(t, err) });
    }
  };
  return (
    <section className="card-panel stack" aria-labelledby="lost-backups">
      <h2 id="lost-backups">{t('library.backups')}</h2>
      <p>{t('library.backupsHint')}</p>
      <ul className="case-list">
        {missing.map((b) => (
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
