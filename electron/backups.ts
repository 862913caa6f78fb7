/**
 * Rotating, crash-safe backups of case files outside IndexedDB.
 *
 * Layout: <dir>/<caseId>-<timestamp>.levenslijn  (timestamp = ms since epoch).
 * Every write is atomic: temp file in the same folder → fsync → rename → fsync folder.
 * A crash between temp write and rename leaves the previous backups untouched; the stray
 * temp file is removed on the next write or list. All operations run one at a time.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

import { SCOPE_ID_RE } from '../shared/model/ids';

/**
 * The one scope id shape (shared/model/ids.ts: a case or a study), the same the browser build and
 * case files use; backups and journals are named by it.
 */
export const CASE_ID_RE = SCOPE_ID_RE;
export const BACKUP_EXT = '.levenslijn';
export const JOURNAL_EXT = '.journal';
const BACKUP_FILE_RE = /^((?:case|study)_[a-z0-9]{1,40})-(\d{1,16})\.levenslijn$/;
const TEMP_FILE_RE = /^\..+\.tmp$/;
export const DEFAULT_KEEP = 5;

export interface BackupEntry {
  readonly caseId: string;
  /** Base name only; the renderer never sees or sends full paths. */
  readonly file: string;
  readonly savedAt: number;
}

export function assertCaseId(caseId: unknown): asserts caseId is string {
  if (typeof caseId !== 'string' || !CASE_ID_RE.test(caseId)) {
    throw new Error(`Invalid caseId: ${JSON.stringify(caseId)?.slice(0, 60)}`);
  }
}

export function backupFileName(caseId: string, savedAt: number): string {
  assertCaseId(caseId);
  return `${caseId}-${savedAt}${BACKUP_EXT}`;
}

export function parseBackupFileName(file: string): BackupEntry | null {
  const m = BACKUP_FILE_RE.exec(file);
  if (!m || !m[1] || !m[2]) return null;
  return { caseId: m[1], file, savedAt: Number(m[2]) };
}

/** Step 1 of an atomic write: a synced temp file next to `finalPath`. Returns its path. */
export async function writeTempSynced(finalPath: string, data: string | Uint8Array): Promise<string> {
  const dir = path.dirname(finalPath);
  const tmp = path.join(
    dir,
    `.${path.basename(finalPath)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`,
  );
  const fh = await fs.open(tmp, 'wx', 0o600);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
  return tmp;
}

async function syncDir(dir: string): Promise<void> {
  // Makes the rename durable on POSIX; directories cannot be opened for sync on Windows.
  if (process.platform === 'win32') return;
  try {
    const fh = await fs.open(dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    /* best effort */
  }
}

/** Atomic write: temp file in the same folder, fsync, rename over the target, fsync folder. */
export async function atomicWriteFile(
  finalPath: string,
  data: string | Uint8Array,
  hooks: { beforeRename?: (tmp: string) => void | Promise<void> } = {},
): Promise<void> {
  const tmp = await writeTempSynced(finalPath, data);
  try {
    await hooks.beforeRename?.(tmp);
    await fs.rename(tmp, finalPath);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
  await syncDir(path.dirname(finalPath));
}

export interface BackupStoreOptions {
  readonly dir: string;
  readonly keep?: number;
  readonly now?: () => number;
  /** Test hook, see atomicWriteFile. */
  readonly beforeRename?: (tmp: string) => void | Promise<void>;
}

export class BackupStore {
  readonly dir: string;
  readonly keep: number;
  private readonly now: () => number;
  private readonly beforeRename: BackupStoreOptions['beforeRename'];
  private queue: Promise<unknown> = Promise.resolve();
  private lastStamp = 0;

  constructor(opts: BackupStoreOptions) {
    if (!path.isAbsolute(opts.dir)) throw new Error('Backup folder must be an absolute path.');
    this.dir = opts.dir;
    this.keep = Math.max(1, Math.floor(opts.keep ?? DEFAULT_KEEP));
    this.now = opts.now ?? Date.now;
    this.beforeRename = opts.beforeRename;
  }

  /** Runs operations one after another so cleanup never races a write in flight. */
  private serial<T>(op: () => Promise<T>): Promise<T> {
    const run = this.queue.then(op, op);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async ensureDir(): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
  }

  private async names(): Promise<string[]> {
    try {
      return await fs.readdir(this.dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
  }

  private async cleanupTempsUnlocked(): Promise<number> {
    let removed = 0;
    for (const name of await this.names()) {
      if (TEMP_FILE_RE.test(name)) {
        await fs.rm(path.join(this.dir, name), { force: true });
        removed++;
      }
    }
    return removed;
  }

  private async listUnlocked(caseId?: string): Promise<BackupEntry[]> {
    const entries: BackupEntry[] = [];
    for (const name of await this.names()) {
      const e = parseBackupFileName(name);
      if (e && (caseId === undefined || e.caseId === caseId)) entries.push(e);
    }
    return entries.sort((a, b) => b.savedAt - a.savedAt || (a.file < b.file ? -1 : 1));
  }

  private async pruneUnlocked(caseId: string): Promise<string[]> {
    const old = (await this.listUnlocked(caseId)).slice(this.keep);
    for (const e of old) await fs.rm(path.join(this.dir, e.file), { force: true });
    return old.map((e) => e.file);
  }

  /** Removes temp files left behind by an interrupted write. */
  cleanupTemps(): Promise<number> {
    return this.serial(() => this.cleanupTempsUnlocked());
  }

  write(caseId: string, json: string): Promise<BackupEntry> {
    assertCaseId(caseId);
    if (typeof json !== 'string') throw new Error('Backup data must be a string.');
    return this.serial(async () => {
      await this.ensureDir();
      await this.cleanupTempsUnlocked();
      // Strictly increasing stamps so two writes in one millisecond never collide.
      const savedAt = Math.max(this.now(), this.lastStamp + 1);
      this.lastStamp = savedAt;
      const file = backupFileName(caseId, savedAt);
      await atomicWriteFile(path.join(this.dir, file), json, { beforeRename: this.beforeRename });
      // The snapshot now holds everything the journal held: start it afresh.
      await fs.rm(this.journalPath(caseId), { force: true });
      await this.pruneUnlocked(caseId);
      return { caseId, file, savedAt };
    });
  }

  /** Newest first. Also removes stray temp files. */
  list(caseId?: string): Promise<BackupEntry[]> {
    if (caseId !== undefined) assertCaseId(caseId);
    return this.serial(async () => {
      await this.cleanupTempsUnlocked();
      return this.listUnlocked(caseId);
    });
  }

  read(file: string): Promise<string> {
    if (typeof file !== 'string' || !parseBackupFileName(file)) {
      return Promise.reject(new Error(`Invalid backup file name: ${String(file).slice(0, 80)}`));
    }
    return this.serial(() => fs.readFile(path.join(this.dir, file), 'utf8'));
  }

  /** Deletes every backup of a case (when the case itself is deleted for real). */
  deleteAll(caseId: string): Promise<number> {
    assertCaseId(caseId);
    return this.serial(async () => {
      const all = await this.listUnlocked(caseId);
      for (const e of all) await fs.rm(path.join(this.dir, e.file), { force: true });
      await fs.rm(this.journalPath(caseId), { force: true });
      return all.length;
    });
  }

  private journalPath(caseId: string): string {
    return path.join(this.dir, `${caseId}${JOURNAL_EXT}`);
  }

  /**
   * Appends a line to the case's safety journal and syncs it to disk before resolving, so a
   * change the app shows as done survives a crash even when the browser database does not.
   * Rejects (e.g. ENOSPC) when it could not be written.
   */
  async appendJournal(caseId: string, line: string): Promise<void> {
    assertCaseId(caseId);
    if (typeof line !== 'string' || !line.endsWith('\n'))
      throw new Error('Journal line must be a string ending in a newline.');
    return this.serial(async () => {
      await this.ensureDir();
      const fh = await fs.open(this.journalPath(caseId), 'a', 0o600);
      try {
        await fh.writeFile(line, 'utf8');
        await fh.datasync();
      } finally {
        await fh.close();
      }
    });
  }

  /** The journal's text ('' when the case has none). */
  readJournal(caseId: string): Promise<string> {
    assertCaseId(caseId);
    return this.serial(async () => {
      try {
        return await fs.readFile(this.journalPath(caseId), 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return '';
        throw err;
      }
    });
  }

  /** Keeps the `keep` newest backups of a case; returns the removed file names. */
  prune(caseId: string): Promise<string[]> {
    assertCaseId(caseId);
    return this.serial(() => this.pruneUnlocked(caseId));
  }

  /** Resolves when every queued operation has finished (used before quit). */
  flush(): Promise<void> {
    return this.queue.then(() => undefined);
  }
}
