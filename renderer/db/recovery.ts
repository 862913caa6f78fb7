import { parseScopeSnapshot, serializeScope } from '@shared/study/file';
import type { AnyRecord, CaseRecord, StudyRecord } from '@shared/model';
import type { BackupEntry, Platform } from '@shared/platform/types';
import { applyJournal, journalOutcome, parseJournal } from '@shared/store/journal';
import { sameJson } from '@shared/store/equality';
import { applyPatch, isEmptyPatch, type Patch } from '@shared/store/patch';
import type { LevenslijnDb } from './database';
import { writePatch } from './executor';
import { journaled } from './journal';
import { writeWholeCase } from './library';

/** Case files larger than this are not read back from a backup (the import limit). */
const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

export type RecoveryPlatform = Pick<Platform, 'listBackups' | 'readBackup' | 'readJournal'>;

export interface RecoveryReport {
  /** Cases missing from the database, rebuilt from their snapshot and journal. */
  readonly restored: { caseId: string; title: string; changes: number }[];
  /** Cases whose database lacked confirmed changes the journal still had. */
  readonly repaired: { caseId: string; title: string; records: number }[];
  /** Safety copies that could not be used (shown to the user; the files stay). */
  readonly failed: { caseId: string; message: string }[];
}

export const EMPTY_RECOVERY: RecoveryReport = { restored: [], repaired: [], failed: [] };

/**
 * Runs at start, before any view: compares the database with the safety copies kept outside it.
 * A case that has a snapshot but is missing from the database (the browser engine deleted a
 * database it found corrupted, or evicted it on a full disk) is rebuilt from the snapshot plus
 * its journal; a case whose database lost its latest confirmed changes gets them back.
 */
export async function recoverFromSafetyCopies(
  db: LevenslijnDb,
  platform: RecoveryPlatform,
): Promise<RecoveryReport> {
  const report: RecoveryReport = { restored: [], repaired: [], failed: [] };
  for (const backup of newestPerCase(await platform.listBackups())) {
    try {
      const inDb = await db.records.where('caseId').equals(backup.caseId).toArray();
      if (!inDb.some((r) => r.type === 'case' || r.type === 'study')) {
        const restored = await restoreFromSafetyCopy(db, platform, backup);
        if (restored)
          report.restored.push({
            caseId: backup.caseId,
            title: restored.title,
            changes: restored.changes,
          });
      } else {
        const repaired = await repairFromJournal(db, platform, backup.caseId);
        if (repaired > 0)
          report.repaired.push({ caseId: backup.caseId, title: titleOf(inDb), records: repaired });
      }
    } catch (err) {
      report.failed.push({ caseId: backup.caseId, message: String((err as Error)?.message ?? err) });
    }
  }
  return report;
}

export function newestPerCase(backups: readonly BackupEntry[]): BackupEntry[] {
  const newest = new Map<string, BackupEntry>();
  for (const b of backups) {
    const seen = newest.get(b.caseId);
    if (!seen || b.savedAt > seen.savedAt) newest.set(b.caseId, b);
  }
  return [...newest.values()];
}

/**
 * Rebuilds a case from its latest snapshot and the journal kept since, validated as an import
 * is, and writes it (which starts a new snapshot). Throws with a readable message when unusable.
 * Snapshot and journal are read under the case's journal lock, and only while the case is still
 * missing: the other window (console and wall start together) may have rebuilt it meanwhile and
 * committed changes since, which a second, older rebuild must never write over. Returns null when
 * the case was there by the time the lock was held.
 */
export async function restoreFromSafetyCopy(
  db: LevenslijnDb,
  platform: RecoveryPlatform,
  backup: BackupEntry,
): Promise<{ title: string; changes: number } | null> {
  return journaled(db, backup.caseId, async () => {
    const inDb = await db.records.where('caseId').equals(backup.caseId).toArray();
    if (inDb.some((r) => r.type === 'case' || r.type === 'study')) return { value: null, patch: null };
    const snapshot = parseScopeSnapshot(await platform.readBackup(backup.file), {
      maxBytes: MAX_BACKUP_BYTES,
    });
    if (!snapshot.ok)
      throw new Error(
        `backup ${backup.file}: ${snapshot.error.details.join('; ') || snapshot.error.messageKey}`,
      );
    const { entries } = parseJournal(await platform.readJournal(backup.caseId));
    const checked = checkedCase(applyJournal(snapshot.records, entries), backup.caseId);
    const scope = checked.find((r): r is CaseRecord | StudyRecord => r.type === 'case' || r.type === 'study');
    if (!scope || scope.id !== backup.caseId) throw new Error(`backup ${backup.file} holds another case`);
    return {
      value: { title: scope.type === 'study' ? scope.name : scope.title, changes: entries.length },
      patch: null,
      wholeCase: checked,
      commit: () => writeWholeCase(db, checked),
    };
  });
}

/** Writes back what the journal says a case's records must be where the database differs; returns how many. */
export async function repairFromJournal(
  db: LevenslijnDb,
  platform: RecoveryPlatform,
  caseId: string,
): Promise<number> {
  // Journal and database are read under the case's lock: another window (the console, while
  // the wall starts) may be appending and committing meanwhile.
  return journaled(db, caseId, async () => {
    const { entries } = parseJournal(await platform.readJournal(caseId));
    if (entries.length === 0) return { value: 0, patch: null };
    const wanted = journalOutcome(entries);
    const records = await db.records.where('caseId').equals(caseId).toArray();
    const current = new Map(records.map((r) => [r.id, r]));
    const put: AnyRecord[] = [];
    const remove: string[] = [];
    for (const [id, record] of wanted) {
      const now = current.get(id);
      if (record === null) {
        if (now) remove.push(id);
      } else if (record.caseId === caseId && !sameJson(now, record)) put.push(record);
    }
    const patch: Patch = { put, remove };
    if (isEmptyPatch(patch)) return { value: 0, patch: null };
    checkedCase([...applyPatch(current, patch).values()], caseId);
    return {
      value: put.length + remove.length,
      patch,
      commit: () => db.transaction('rw', db.records, () => writePatch(db, patch)),
    };
  });
}

/** A case rebuilt with its journal passes the same checks as any imported file; throws naming what is wrong. */
function checkedCase(records: readonly AnyRecord[], caseId: string): AnyRecord[] {
  const checked = parseScopeSnapshot(serializeScope(records, { appVersion: 'recovery' }), {
    maxBytes: MAX_BACKUP_BYTES * 2,
  });
  if (!checked.ok)
    throw new Error(`journal of ${caseId}: ${checked.error.details.join('; ') || checked.error.messageKey}`);
  return checked.records;
}

function titleOf(records: readonly AnyRecord[]): string {
  const scope = records.find((r): r is CaseRecord | StudyRecord => r.type === 'case' || r.type === 'study');
  return scope?.type === 'study' ? scope.name : (scope?.title ?? '');
}
