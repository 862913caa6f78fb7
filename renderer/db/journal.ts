import type { Platform } from '@shared/platform/types';
import { serializeCase } from '@shared/file';
import type { AnyRecord } from '@shared/model';
import { encodeJournalLine } from '@shared/store/journal';
import { isEmptyPatch, type Patch } from '@shared/store/patch';
import type { LevenslijnDb } from './database';

/** What the journal needs of the platform. */
export type JournalPlatform = Pick<Platform, 'appendJournal' | 'writeBackup'>;

/** Runs `fn` while holding the named lock; no other holder (in any window of the app) runs meanwhile. */
export type LockRunner = <T>(name: string, fn: () => Promise<T>) => Promise<T>;

/** What a write committed: the changed records, or (for a case written whole) all its records. */
export interface JournaledWrite<T> {
  readonly value: T;
  readonly patch: Patch | null;
  readonly wholeCase?: readonly AnyRecord[];
  /** Takes the write back out of the database when its journal line could not be written. */
  readonly revert?: () => Promise<void>;
}

/**
 * The journal could not be written (a full disk): the change is not safely stored, so it was
 * taken back out of the database where it could be, and is not shown as done.
 */
export class JournalWriteError extends Error {
  readonly messageKey = 'app.notSafelyStored';
  constructor(override readonly cause: unknown) {
    super(`the safety journal could not be written: ${String((cause as Error)?.message ?? cause)}`);
    this.name = 'JournalWriteError';
  }
}

/**
 * Keeps every committed change of a case in the platform's safety journal (outside IndexedDB),
 * in commit order. One writer per case at a time across every window of the app (console and
 * wall), through a Web Lock: the database write and its journal line happen under the lock, so
 * the journal's order is the database's order, and a snapshot taken under the same lock holds
 * exactly what the journal held.
 */
export class CaseJournal {
  constructor(
    private readonly platform: JournalPlatform,
    private readonly appVersion: string,
    private readonly lock: LockRunner = crossWindowLock(),
  ) {}

  /**
   * Runs a database write for a case, then appends what it committed. Resolves with the write's
   * value only after both; when the journal could not be written, reverts the write (if it can)
   * and rejects with JournalWriteError.
   */
  record<T>(caseId: string, write: () => Promise<JournaledWrite<T>>): Promise<T> {
    return this.lock(lockName(caseId), async () => {
      const { value, patch, wholeCase, revert } = await write();
      try {
        // A whole case (created, imported, restored) starts with a snapshot rather than a huge line.
        if (wholeCase) await this.platform.writeBackup(caseId, serializeCase(wholeCase, { appVersion: this.appVersion }));
        else if (patch && !isEmptyPatch(patch)) await this.platform.appendJournal(caseId, encodeJournalLine(patch, Date.now()));
      } catch (err) {
        // Best effort: on a full disk the revert may fail too; the error is shown either way.
        await revert?.().catch((revertErr: unknown) => console.error('could not revert an unjournaled write', revertErr));
        throw new JournalWriteError(err);
      }
      return value;
    });
  }

  /** Writes a snapshot of the case (which starts the journal afresh) with no change committed in between. */
  snapshot(caseId: string, caseFileText: () => Promise<string>): Promise<void> {
    return this.lock(lockName(caseId), async () => this.platform.writeBackup(caseId, await caseFileText()));
  }
}

function lockName(caseId: string): string {
  return `levenslijn-journal:${caseId}`;
}

/** Web Locks where the engine has them (Chromium, Electron); otherwise one queue per name in this window. */
export function crossWindowLock(): LockRunner {
  const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
  if (locks) return <T,>(name: string, fn: () => Promise<T>) => locks.request(name, fn) as Promise<T>;
  return inWindowLock();
}

export function inWindowLock(): LockRunner {
  const tails = new Map<string, Promise<unknown>>();
  return <T,>(name: string, fn: () => Promise<T>): Promise<T> => {
    const run = (tails.get(name) ?? Promise.resolve()).then(fn, fn);
    const tail = run.catch(() => undefined);
    tails.set(name, tail);
    void tail.then(() => {
      if (tails.get(name) === tail) tails.delete(name);
    });
    return run;
  };
}

/** Runs a write of a case through the database's journal when it has one (the one way case data is written). */
export function journaled<T>(db: LevenslijnDb, caseId: string, write: () => Promise<JournaledWrite<T>>): Promise<T> {
  if (db.journal) return db.journal.record(caseId, write);
  return write().then((r) => r.value);
}
