import type { Platform } from '@shared/platform/types';
import { serializeScope } from '@shared/study/file';
import type { AnyRecord } from '@shared/model';
import { encodeJournalLine } from '@shared/store/journal';
import { isEmptyPatch, touchedIds, type Patch } from '@shared/store/patch';
import type { LevenslijnDb } from './database';
import { trackSave } from './saveStatus';

/** What the journal needs of the platform. */
export type JournalPlatform = Pick<Platform, 'appendJournal' | 'writeBackup' | 'deleteBackups'>;

/** Runs `fn` while holding the named lock; no other holder (in any window of the app) runs meanwhile. */
export type LockRunner = <T>(name: string, fn: () => Promise<T>) => Promise<T>;

/**
 * A write of a case, planned but not yet done: what it will change, and how to commit it to the
 * database. Planned (read) and committed under the case's lock, so nothing changes in between.
 */
export interface PlannedWrite<T> {
  readonly value: T;
  /** The records it will write (null or empty: nothing to journal). */
  readonly patch: Patch | null;
  /** For a case written whole (created, imported, restored): all its records, kept as a snapshot. */
  readonly wholeCase?: readonly AnyRecord[];
  /** Writes it to the database in one transaction; absent when there is nothing to write. */
  readonly commit?: () => Promise<void>;
}

/** The journal could not be written (a full disk): nothing was changed, and nothing is shown as done. */
export class JournalWriteError extends Error {
  readonly messageKey = 'app.notSafelyStored';
  constructor(override readonly cause: unknown) {
    super(`the safety journal could not be written: ${String((cause as Error)?.message ?? cause)}`);
    this.name = 'JournalWriteError';
  }
}

/**
 * Keeps every change of a case in the platform's safety journal (outside IndexedDB) before the
 * database has it: a write-ahead log. One writer per case at a time across every window of the
 * app (console and wall), through a Web Lock: a write is planned (read), journaled and committed
 * under the lock, so the journal's order is the database's order, and a snapshot taken under the
 * same lock holds exactly what the journal held.
 *
 * Journal first, then the database: the views (which follow the database) never show a change
 * the journal lacks, and the journal's file write does not queue behind the redraw a database
 * commit sets off.
 */
export class CaseJournal {
  constructor(
    private readonly platform: JournalPlatform,
    private readonly appVersion: string,
    private readonly lock: LockRunner = crossWindowLock(),
  ) {}

  /**
   * Plans a write, journals it, commits it. Resolves with the plan's value after all three;
   * rejects with JournalWriteError (and writes nothing) when the journal could not be written.
   * When the commit fails after the journal took the change, the journal is brought back in line
   * with the database (`readCase`: the case's records as the database has them).
   */
  record<T>(
    caseId: string,
    plan: () => Promise<PlannedWrite<T>>,
    readCase: () => Promise<AnyRecord[]>,
  ): Promise<T> {
    // The autosave indicator sees every write of a case start and end.
    return trackSave(() => this.recordUnderLock(caseId, plan, readCase));
  }

  private recordUnderLock<T>(
    caseId: string,
    plan: () => Promise<PlannedWrite<T>>,
    readCase: () => Promise<AnyRecord[]>,
  ): Promise<T> {
    return this.lock(lockName(caseId), async () => {
      const planned = await plan();
      if (!planned.commit) return planned.value;
      try {
        if (planned.wholeCase) await this.writeSnapshot(caseId, planned.wholeCase);
        else if (planned.patch && !isEmptyPatch(planned.patch))
          await this.platform.appendJournal(caseId, encodeJournalLine(planned.patch, Date.now()));
      } catch (err) {
        throw new JournalWriteError(err);
      }
      try {
        await planned.commit();
      } catch (err) {
        await this.realign(caseId, planned, readCase).catch((e: unknown) =>
          console.error('could not realign the safety journal', e),
        );
        throw err;
      }
      return planned.value;
    });
  }

  /** Writes a snapshot of the case (which starts the journal afresh) with no change committed in between. */
  snapshot(caseId: string, caseFileText: () => Promise<string>): Promise<void> {
    return this.lock(lockName(caseId), async () => this.platform.writeBackup(caseId, await caseFileText()));
  }

  private writeSnapshot(caseId: string, records: readonly AnyRecord[]): Promise<void> {
    return this.platform.writeBackup(caseId, serializeScope(records, { appVersion: this.appVersion }));
  }

  /** After a failed commit: the journal says again what the database has for what the write touched. */
  private async realign<T>(
    caseId: string,
    planned: PlannedWrite<T>,
    readCase: () => Promise<AnyRecord[]>,
  ): Promise<void> {
    const inDb = await readCase();
    if (planned.wholeCase) {
      if (inDb.some((r) => r.type === 'case' || r.type === 'study')) await this.writeSnapshot(caseId, inDb);
      else await this.platform.deleteBackups(caseId);
      return;
    }
    const byId = new Map(inDb.map((r) => [r.id, r]));
    const touched = touchedIds(planned.patch!);
    const put = touched.flatMap((id) => byId.get(id) ?? []);
    const remove = touched.filter((id) => !byId.has(id));
    await this.platform.appendJournal(caseId, encodeJournalLine({ put, remove }, Date.now()));
  }
}

function lockName(caseId: string): string {
  return `levenslijn-journal:${caseId}`;
}

/** Web Locks where the engine has them (Chromium, Electron); otherwise one queue per name in this window. */
export function crossWindowLock(): LockRunner {
  const locks =
    typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
  if (locks) return <T>(name: string, fn: () => Promise<T>) => locks.request(name, fn) as Promise<T>;
  return inWindowLock();
}

export function inWindowLock(): LockRunner {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const run = (tails.get(name) ?? Promise.resolve()).then(fn, fn);
    const tail = run.catch(() => undefined);
    tails.set(name, tail);
    void tail.then(() => {
      if (tails.get(name) === tail) tails.delete(name);
    });
    return run;
  };
}

/**
 * The one way case data is written: plans the write, journals it when the database has a
 * journal, then commits it. Without a journal (unit tests of the database alone) it plans and commits.
 */
export function journaled<T>(
  db: LevenslijnDb,
  caseId: string,
  plan: () => Promise<PlannedWrite<T>>,
): Promise<T> {
  // The case's key is stored before anything of the case is written (encryption.ts seals with it).
  if (db.keyring) return db.keyring.ensure(caseId).then(() => journaledWithKey(db, caseId, plan));
  return journaledWithKey(db, caseId, plan);
}

function journaledWithKey<T>(
  db: LevenslijnDb,
  caseId: string,
  plan: () => Promise<PlannedWrite<T>>,
): Promise<T> {
  if (db.journal)
    return db.journal.record(caseId, plan, () => db.records.where('caseId').equals(caseId).toArray());
  return plan().then(async (planned) => {
    await planned.commit?.();
    return planned.value;
  });
}
