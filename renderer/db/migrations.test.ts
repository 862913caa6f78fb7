import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { anyRecordSchema, buildCaseState } from '@shared/model';
import { consistencyProblem } from '@shared/file';
import { LevenslijnDb } from './database';
import { getCaseRecords, listCases } from './library';
import { getPref } from './prefs';
import { readUndoState } from './undo';
import { executeCommand } from './executor';
import { CaseKeyring, memoryKeyStore } from './keyring';
import { secureStoredCases } from './library';

/**
 * A database of every released schema version (renderer/db/fixtures/db-vN.json) is written as
 * that version wrote it, then opened by the current app: everything must be there and usable.
 */
interface DbFixture {
  schemaVersion: number;
  stores: Record<string, string>;
  tables: Record<string, unknown[]>;
}
const fixtureDir = join(import.meta.dirname, 'fixtures');
const fixture = (version: number): DbFixture =>
  JSON.parse(readFileSync(join(fixtureDir, `db-v${version}.json`), 'utf8'));
const RELEASED_VERSIONS = [1];

/** Writes a fixture with a plain Dexie declaring only that old version's stores. */
async function writeOldDatabase(name: string, f: DbFixture): Promise<void> {
  const old = new Dexie(name);
  old.version(f.schemaVersion).stores(f.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(f.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

let n = 0;
const names: string[] = [];
const freshName = () => {
  const name = `migrate-${++n}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('databases of every released schema version open in this version', () => {
  for (const version of RELEASED_VERSIONS) {
    it(`version ${version}: cases, session, undo history and preferences are all there and usable`, async () => {
      const f = fixture(version);
      const name = freshName();
      await writeOldDatabase(name, f);
      const db = new LevenslijnDb(name);
      await db.open();
      expect(db.verno).toBeGreaterThanOrEqual(version);
      const cases = await listCases(db, '');
      expect(cases.map((c) => c.title)).toEqual(['Gezin Zeeland (voorbeeld)']);
      const records = await getCaseRecords(db, cases[0]!.id);
      expect(records).toHaveLength(f.tables.records!.length);
      for (const r of records) expect(anyRecordSchema.safeParse(r).success, `${r.type} ${r.id}`).toBe(true);
      expect(consistencyProblem(records)).toBeNull();
      const state = buildCaseState(records);
      expect([
        state.participants.length,
        state.markers.length,
        state.cards.length,
        state.stickers.length,
      ]).toEqual([2, 1, 1, 1]);
      expect(state.session?.phase).toBe(4);
      expect((await readUndoState(db, cases[0]!.id)).undoLabelKey).toBe('cmd.sticker.place');
      expect(await getPref(db, 'language')).toBe('nl');
      // and it keeps working: a new command on the migrated case
      const r = await executeCommand(db, cases[0]!.id, 'analysis.setSuccess', { text: 'Rust in het gezin.' });
      expect(r.ok).toBe(true);
      db.close();
    });

    it(`version ${version}, opened with encryption: upgraded, then every case encrypted at start and still usable`, async () => {
      const f = fixture(version);
      const name = freshName();
      await writeOldDatabase(name, f);
      const keyring = new CaseKeyring(memoryKeyStore(), { broadcast: false });
      await keyring.loadAll();
      const db = new LevenslijnDb(name, { keyring });
      const secured = await secureStoredCases(db);
      expect(secured.encrypted).toHaveLength(1);
      const caseId = secured.encrypted[0]!;
      expect(keyring.has(caseId)).toBe(true);
      const raw = await new Promise<unknown[]>((resolve) => {
        const req = db.backendDB().transaction('records').objectStore('records').getAll();
        req.onsuccess = () => resolve(req.result);
      });
      expect(raw.every((r) => (r as { e?: unknown }).e instanceof Uint8Array)).toBe(true);
      expect(JSON.stringify(raw)).not.toContain('Zeeland');
      expect((await listCases(db, '')).map((c) => c.title)).toEqual(['Gezin Zeeland (voorbeeld)']);
      expect((await readUndoState(db, caseId)).undoLabelKey).toBe('cmd.sticker.place');
      expect((await executeCommand(db, caseId, 'analysis.setSuccess', { text: 'Rust.' })).ok).toBe(true);
      db.close();
      keyring.close();
    });
  }
});

describe('an upgrade interrupted half-way', () => {
  /** A future schema version whose upgrade rewrites every record; `fail` stops it half-way. */
  class NextVersionDb extends LevenslijnDb {
    constructor(name: string, fail: boolean) {
      super(name);
      this.version(4)
        .stores({ records: 'id, caseId, type, [caseId+type], updatedAt' })
        .upgrade(async (tx) => {
          let done = 0;
          await tx
            .table('records')
            .toCollection()
            .modify((r: { migratedTo?: number }) => {
              if (fail && ++done > 10) throw new Error('power cut during the upgrade');
              r.migratedTo = 3;
            });
        });
    }
  }

  it('leaves the old database untouched, and the next start completes it', async () => {
    const f = fixture(1);
    const name = freshName();
    await writeOldDatabase(name, f);

    await expect(new NextVersionDb(name, true).open()).rejects.toThrow();
    // Nothing half-done: still version 1, every record as it was.
    const raw = new Dexie(name);
    await raw.open();
    expect(raw.verno).toBe(1);
    const rows = (await raw.table('records').toArray()) as { migratedTo?: number }[];
    expect(rows).toHaveLength(f.tables.records!.length);
    expect(rows.filter((r) => r.migratedTo !== undefined)).toEqual([]);
    raw.close();

    const next = new NextVersionDb(name, false);
    await next.open();
    expect(next.verno).toBe(4);
    const migrated = (await next.records.toArray()) as { migratedTo?: number }[];
    expect(migrated).toHaveLength(f.tables.records!.length);
    expect(migrated.every((r) => r.migratedTo === 3)).toBe(true);
    next.close();
  });
});

describe('versions 1 → 3: the report’s fields', () => {
  it('gives stored participants a display role, turns key quote cards into quotes, and upgrades the undo history', async () => {
    const f = fixture(1);
    const caseId = (f.tables.records!.find((r) => (r as { type: string }).type === 'case') as { id: string })
      .id;
    const card = f.tables.records!.find((r) => (r as { type: string }).type === 'card') as Record<
      string,
      unknown
    >;
    const oldAnalysis = {
      type: 'analysis',
      id: `analysis_${caseId.slice(5)}`,
      caseId,
      successStatement: '',
      groups: [{ id: 'group_1', list: card.list, name: 'Eén gezicht', cardIds: [card.id] }],
      recommendations: ['Blijf bereikbaar.'],
      quoteCardIds: [card.id],
      codes: {},
      followUpNotes: '',
      facilitators: '',
      paper: 'A4',
      showOnWall: false,
      customCodes: [],
    };
    const withAnalysis: DbFixture = {
      ...f,
      tables: {
        ...f.tables,
        records: [...f.tables.records!, oldAnalysis],
        history: [
          ...f.tables.history!,
          {
            caseId,
            name: 'analysis.setRecommendations',
            labelKey: 'cmd.analysis.setRecommendations',
            forward: { put: [oldAnalysis], remove: [] },
            backward: { put: [{ ...oldAnalysis, recommendations: [] }], remove: [] },
            undone: 0,
            at: 1,
          },
        ],
      },
    };
    const name = freshName();
    await writeOldDatabase(name, withAnalysis);
    const db = new LevenslijnDb(name);
    await db.open();
    const state = buildCaseState(await getCaseRecords(db, caseId));
    for (const p of state.participants) expect(p.displayRole).toBe('');
    expect(state.analysis!.recommendations).toEqual([
      { audience: 'professionals', text: 'Blijf bereikbaar.' },
    ]);
    expect(state.quotes.map((q) => [q.cardId, q.groupIds])).toEqual([[card.id, ['group_1']]]);
    for (const r of await getCaseRecords(db, caseId))
      expect(anyRecordSchema.safeParse(r).success, r.id).toBe(true);
    // undoing the old step writes the new shape
    const r = await executeCommand(db, caseId, 'analysis.setSuccess', { text: 'x' });
    expect(r.ok).toBe(true);
    const history = await db.history.toArray();
    for (const h of history)
      for (const rec of [...h.forward.put, ...h.backward.put])
        expect(anyRecordSchema.safeParse(rec).success, h.name).toBe(true);
    db.close();
  });
});
