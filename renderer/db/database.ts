import Dexie, { type Table } from 'dexie';
import type { AnyRecord } from '@shared/model';
import { upgradeDatabaseTo3 } from './upgrades';
import type { Patch } from '@shared/store/patch';
import type { CaseJournal } from './journal';
import { encryptionMiddleware, RowCipher } from './encryption';
import type { CaseKeyring } from './keyring';
import { completeRecord } from '@shared/file';

/** One undoable step of a case: what the command wrote, and what restores the state before it. */
export interface HistoryEntry {
  seq?: number;
  caseId: string;
  name: string;
  labelKey: string;
  forward: Patch;
  backward: Patch;
  /** 0 = done (on the undo stack), 1 = undone (on the redo stack). Numbers, because IndexedDB cannot index booleans. */
  undone: 0 | 1;
  at: number;
}

export interface PrefRow {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'levenslijn';

/**
 * The local database. Every schema version stays listed with its upgrade function, so a
 * database from any released version opens in a newer one (Dexie runs the upgrades in order,
 * inside one versionchange transaction: an interrupted upgrade rolls back and runs again on the
 * next start).
 *
 * Writes use strict durability: Chromium's default ("relaxed") may keep a committed transaction
 * in the OS buffer for seconds, and a confirmed sticker must survive a power cut.
 */
export class LevenslijnDb extends Dexie {
  records!: Table<AnyRecord, string>;
  history!: Table<HistoryEntry, number>;
  prefs!: Table<PrefRow, string>;
  /**
   * Where committed changes are also written outside the database (set by the app at start;
   * unit tests of the database alone run without one).
   */
  journal: CaseJournal | null = null;
  /**
   * The per-case keys that encrypt records and undo history (renderer/db/encryption.ts); null
   * only for a database opened to read old, plain rows (tests of released schema versions).
   */
  readonly keyring: CaseKeyring | null;

  constructor(name: string = DATABASE_NAME, opts: { keyring?: CaseKeyring | null } = {}) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.keyring = opts.keyring ?? null;
    if (this.keyring) {
      const keyring = this.keyring;
      this.use(encryptionMiddleware(new RowCipher(keyring)));
      // Keys that arrive late (a case made in another window): views read the database again.
      const previous = keyring.onKeysAdded;
      keyring.onKeysAdded = () => {
        previous();
        Dexie.on.storagemutated.fire({ all: true } as never);
      };
    }
    // Version 1 (app 0.1): records of all types in one table, undo history, device preferences.
    this.version(1).stores({
      records: 'id, caseId, type, [caseId+type]',
      history: '++seq, caseId, [caseId+undone]',
      prefs: 'key',
    });
    // Version 2 (app 0.2): same tables; records and undo steps stored by version 1 get the fields
    // added since (session steering, participant icons, marker precision), as case files do.
    this.version(2)
      .stores({
        records: 'id, caseId, type, [caseId+type]',
        history: '++seq, caseId, [caseId+undone]',
        prefs: 'key',
      })
      .upgrade(async (tx) => {
        await tx
          .table('records')
          .toCollection()
          .modify((r: AnyRecord, ref: { value: AnyRecord }) => {
            ref.value = completeRecord(r) as AnyRecord;
          });
        await tx
          .table('history')
          .toCollection()
          .modify((h: HistoryEntry) => {
            h.forward = completePatch(h.forward);
            h.backward = completePatch(h.backward);
          });
      });
    // Version 3 (case file format 4): the same tables; records and the undo history get the
    // report's fields (display roles, quotes as records, recommendations by audience…).
    this.version(3)
      .stores({
        records: 'id, caseId, type, [caseId+type]',
        history: '++seq, caseId, [caseId+undone]',
        prefs: 'key',
      })
      .upgrade((tx) => upgradeDatabaseTo3(tx));
    // Next schema version: add `this.version(4).stores({...}).upgrade(tx => ...)` here and keep the
    // versions above. renderer/db/fixtures/db-v1.json is a v1 database as released; add db-v2.json when v2
    // ships, and list it in migrations.test.ts (which also proves an interrupted upgrade rolls back).
  }
}

function completePatch(patch: Patch): Patch {
  return { put: patch.put.map((r) => completeRecord(r) as AnyRecord), remove: patch.remove };
}

export function openDatabase(name?: string, opts: { keyring?: CaseKeyring | null } = {}): LevenslijnDb {
  return new LevenslijnDb(name, opts);
}
