import type { BackupEntry } from '@shared/platform/types';

/**
 * For tests: the platform's side of the safety copies, kept in memory: snapshots per case (newest last)
 * and one journal per case, with the same contract as the OPFS and desktop implementations
 * (a snapshot starts the journal afresh).
 */
export class MemorySafetyStore {
  snapshots = new Map<string, { file: string; json: string; savedAt: number }[]>();
  journals = new Map<string, string>();
  failAppends = false;
  private clock = 1;
  async writeBackup(caseId: string, json: string) {
    const savedAt = this.clock++;
    const list = this.snapshots.get(caseId) ?? [];
    list.push({ file: `${caseId}-${savedAt}.levenslijn`, json, savedAt });
    this.snapshots.set(caseId, list);
    this.journals.delete(caseId);
  }
  async appendJournal(caseId: string, line: string) {
    if (this.failAppends) throw new Error('ENOSPC: no space left on device');
    this.journals.set(caseId, (this.journals.get(caseId) ?? '') + line);
  }
  async deleteBackups(caseId: string) {
    this.snapshots.delete(caseId);
    this.journals.delete(caseId);
  }
  async readJournal(caseId: string) {
    return this.journals.get(caseId) ?? '';
  }
  async listBackups(): Promise<BackupEntry[]> {
    return [...this.snapshots.entries()]
      .flatMap(([caseId, list]) => list.map((s) => ({ caseId, file: s.file, savedAt: s.savedAt })))
      .sort((a, b) => b.savedAt - a.savedAt);
  }
  async readBackup(file: string) {
    for (const list of this.snapshots.values()) for (const s of list) if (s.file === file) return s.json;
    throw new Error('no such backup');
  }
}
