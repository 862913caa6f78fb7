import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCaseState } from '@shared/model';
import { openDatabase, type LevenslijnDb } from './database';
import { executeCommand, executeStudyCommand } from './executor';
import { CaseKeyring, memoryKeyStore } from './keyring';
import {
  createCase,
  createStudy,
  deleteCase,
  deleteStudy,
  getCaseRecords,
  listCases,
  listStudies,
  purgeDeletedCases,
  secureStoredCases,
} from './library';
import { undo } from './undo';

const MARKER = 'ZQX-geheim-7731';
let n = 0;
const open: LevenslijnDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.keyring?.close();
    await db.delete();
  }
});

function fresh(store = memoryKeyStore(), name = `enc-${++n}`) {
  const keyring = new CaseKeyring(store, { broadcast: false });
  const db = openDatabase(name, { keyring });
  open.push(db);
  return { db, keyring, store };
}

/** Every row of a table as IndexedDB holds it (below Dexie's layers), as text. */
async function rawText(db: LevenslijnDb, table: 'records' | 'history'): Promise<string> {
  await db.open();
  const rows = await new Promise<unknown[]>((resolve, reject) => {
    const req = db.backendDB().transaction(table).objectStore(table).getAll();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  return JSON.stringify(rows, (_k, v: unknown) =>
    v instanceof Uint8Array ? new TextDecoder().decode(v) : v,
  );
}

async function caseWithMarker(db: LevenslijnDb): Promise<string> {
  const id = await createCase(db, { title: `Gezin ${MARKER}`, language: 'nl' });
  const lane = buildCaseState(await getCaseRecords(db, id)).lanes[0]!;
  const r = await executeCommand(db, id, 'item.add', {
    shape: 'moment',
    kind: 'life',
    title: `Verhuizing ${MARKER}`,
    description: `Beschrijving ${MARKER} 👨‍👩‍👧`,
    start: { precision: 'year', year: 2015 },
    laneId: lane.id,
  });
  expect(r.ok).toBe(true);
  return id;
}

describe('case contents are encrypted in IndexedDB with a key per case', () => {
  it('stores no text of a case in plain, neither its records nor its undo history, and reads it back', async () => {
    const { db } = fresh();
    const id = await caseWithMarker(db);
    expect(await rawText(db, 'records')).not.toContain(MARKER);
    expect(await rawText(db, 'history')).not.toContain(MARKER);
    expect(await rawText(db, 'records')).toContain(id); // ids stay in plain, for the indexes
    const state = buildCaseState(await getCaseRecords(db, id));
    expect(state.case.title).toBe(`Gezin ${MARKER}`);
    expect(state.items[0]!.description).toContain('👨‍👩‍👧');
    expect(await undo(db, id)).toBe(true);
    expect(buildCaseState(await getCaseRecords(db, id)).items).toHaveLength(0);
  });

  it('another window with the same key store reads the case once it has the key', async () => {
    const store = memoryKeyStore();
    const name = `enc-shared-${++n}`;
    const a = fresh(store, name);
    const id = await caseWithMarker(a.db);
    const b = new CaseKeyring(store, { broadcast: false });
    const other = openDatabase(name, { keyring: b });
    // Not loaded yet: the case reads as absent, and the keyring reads the store again.
    expect(await getCaseRecords(other, id)).toEqual([]);
    await b.refresh();
    expect(buildCaseState(await getCaseRecords(other, id)).case.title).toBe(`Gezin ${MARKER}`);
    other.close();
    b.close();
  });

  it('purging a case destroys its key, its rows and its history', async () => {
    const { db, store } = fresh();
    const id = await caseWithMarker(db);
    const keep = await createCase(db, { title: 'Gezin Blijft', language: 'nl' });
    await deleteCase(db, id, 1_000);
    expect(store.keys.has(id)).toBe(true);
    expect(await purgeDeletedCases(db, 30_000, 60_000)).toEqual([id]);
    expect(store.keys.has(id)).toBe(false);
    expect(db.keyring!.has(id)).toBe(false);
    expect(await db.records.where('caseId').equals(id).count()).toBe(0);
    expect(await db.history.where('caseId').equals(id).count()).toBe(0);
    expect((await listCases(db)).map((c) => c.id)).toEqual([keep]);
  });

  it('a study has a key of its own: encrypted, readable after a restart, and purged without its cases', async () => {
    const store = memoryKeyStore();
    const name = `enc-study-${++n}`;
    const { db } = fresh(store, name);
    const caseId = await caseWithMarker(db);
    const studyId = await createStudy(db, { name: `Onderzoek ${MARKER}`, caseIds: [caseId] });
    const r = await executeStudyCommand(db, studyId, 'element.add', { name: `Element ${MARKER}` });
    expect(r.ok).toBe(true);
    expect(store.keys.has(studyId)).toBe(true);
    expect(await rawText(db, 'records')).not.toContain(MARKER);
    expect(await rawText(db, 'history')).not.toContain(MARKER);
    // A restart (keys loaded from the store) reads the study, and the start-up step keeps it.
    const restarted = new CaseKeyring(store, { broadcast: false });
    await restarted.loadAll();
    const again = openDatabase(name, { keyring: restarted });
    expect(await secureStoredCases(again)).toEqual({ removed: [], encrypted: [] });
    expect((await listStudies(again)).map((s) => s.name)).toEqual([`Onderzoek ${MARKER}`]);
    again.close();
    restarted.close();
    // Deleted and purged: its key and rows go, its case stays readable with its key.
    await deleteStudy(db, studyId, 1_000);
    expect(await purgeDeletedCases(db, 30_000, 60_000)).toEqual([studyId]);
    expect(store.keys.has(studyId)).toBe(false);
    expect(await db.records.where('caseId').equals(studyId).count()).toBe(0);
    expect(await db.history.where('caseId').equals(studyId).count()).toBe(0);
    expect(store.keys.has(caseId)).toBe(true);
    expect(buildCaseState(await getCaseRecords(db, caseId)).case.title).toBe(`Gezin ${MARKER}`);
  });

  it('rows left by a purge interrupted after the key was destroyed are removed at the next start', async () => {
    const { db, store } = fresh();
    const id = await caseWithMarker(db);
    const keep = await createCase(db, { title: 'Gezin Blijft', language: 'nl' });
    await store.destroyCaseKey(id); // the crash came right after this step
    const restarted = new CaseKeyring(store, { broadcast: false });
    await restarted.loadAll();
    const again = openDatabase(db.name, { keyring: restarted });
    expect(await secureStoredCases(again)).toEqual({ removed: [id], encrypted: [] });
    expect(await again.records.where('caseId').equals(id).count()).toBe(0);
    expect((await listCases(again)).map((c) => c.id)).toEqual([keep]);
    again.close();
    restarted.close();
  });

  it('rows an older version stored in plain are encrypted at start and stay readable', async () => {
    const name = `enc-legacy-${++n}`;
    const plainDb = openDatabase(name); // no keyring: writes as the version before encryption did
    const id = await caseWithMarker(plainDb);
    expect(await rawText(plainDb, 'records')).toContain(MARKER);
    plainDb.close();
    const { db } = fresh(memoryKeyStore(), name);
    await db.keyring!.loadAll();
    expect(await secureStoredCases(db)).toEqual({ removed: [], encrypted: [id] });
    expect(await rawText(db, 'records')).not.toContain(MARKER);
    expect(await rawText(db, 'history')).not.toContain(MARKER);
    expect(buildCaseState(await getCaseRecords(db, id)).items[0]!.title).toBe(`Verhuizing ${MARKER}`);
    // Nothing left to do at the next start.
    expect(await secureStoredCases(db)).toEqual({ removed: [], encrypted: [] });
  });

  it('a row sealed for one place does not open in another (its ids are authenticated)', async () => {
    const { db } = fresh();
    const id = await caseWithMarker(db);
    await db.open();
    const idb = db.backendDB();
    const rows = await new Promise<{ id: string; type: string; e: Uint8Array }[]>((resolve) => {
      const req = idb.transaction('records').objectStore('records').getAll();
      req.onsuccess = () => resolve(req.result as never);
    });
    const item = rows.find((r) => r.type === 'item')!;
    const caseRow = rows.find((r) => r.type === 'case')!;
    await new Promise<void>((resolve) => {
      const tx = idb.transaction('records', 'readwrite');
      tx.objectStore('records').put({ ...caseRow, e: item.e });
      tx.oncomplete = () => resolve();
    });
    await expect(db.records.get(id)).rejects.toThrow();
  });
});

afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) if (name.startsWith('enc-')) await Dexie.delete(name);
});
