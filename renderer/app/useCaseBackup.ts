import { useEffect, useRef } from 'react';
import { serializeScope } from '@shared/study/file';
import { useServices } from './services';
import { getCaseRecords } from '../db/library';
import { useLatest } from './useLatest';

/** How often an open, changed case is copied outside IndexedDB. */
export const BACKUP_EVERY_MS = 60_000;

/**
 * Keeps a backup (snapshot) of the open case outside IndexedDB (desktop: rotating files in the
 * app data folder; browser: the origin private file system): when opened, every minute after a
 * change, and when the page is hidden or closed. Between snapshots every confirmed change is in
 * the case's safety journal (renderer/db/journal.ts); each snapshot starts that journal afresh.
 */
export function useCaseBackup(caseId: string, updatedAt: number): void {
  const { db, platform, appVersion } = useServices();
  const latest = useLatest(updatedAt);
  const saved = useRef<number | null>(null);
  useEffect(() => {
    let running = false;
    const save = async () => {
      if (running || saved.current === latest.current) return;
      running = true;
      try {
        const version = latest.current;
        // A case or a study: both are scopes with a snapshot and a journal.
        const snapshot = async () => {
          const records = await getCaseRecords(db, caseId);
          if (records.length === 0) throw new Error(`${caseId} not found`);
          return serializeScope(records, { appVersion });
        };
        // Through the journal: no change commits between reading the case and starting a fresh journal.
        if (db.journal) await db.journal.snapshot(caseId, snapshot);
        else await platform.writeBackup(caseId, await snapshot());
        saved.current = version;
      } catch (err) {
        console.warn('backup failed', err);
      } finally {
        running = false;
      }
    };
    void save();
    const timer = setInterval(() => void save(), BACKUP_EVERY_MS);
    const onHide = () => void save();
    window.addEventListener('pagehide', onHide);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pagehide', onHide);
      void save();
    };
  }, [db, platform, appVersion, caseId, latest]);
}
