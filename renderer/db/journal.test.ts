import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCaseState } from '@shared/model';
import { parseJournal } from '@shared/store/journal';
import { openDatabase, type LevenslijnDb } from './database';
import { testKeyring } from './keyring';
import { executeCommand } from './executor';
import { CaseJournal, JournalWriteError, inWindowLock } from './journal';
import { createCase, deleteCase, getCaseRecords, purgeDeletedCases } from './library';
import { recoverFromSafetyCopies, repairFromJournal, restoreFromSafetyCopy } from './recovery';
import { redo, undo } from './undo';
import { MemorySafetyStore } from './memorySafetyStore';

let db: LevenslijnDb;
let store: MemorySafetyStore;
let n = 0;
beforeEach(async () => {
  store = new MemorySafetyStore();
  db = openDatabase(`journal-test-${++n}`, { keyring: testKeyring() });
  db.journal = new CaseJournal(store, 'test', inWindowLock());
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function addMoment(caseId: string, title: string, year = 2015) {
  const s = buildCaseState(await getCaseRecords(db, caseId));
  return executeCommand(db, caseId, 'item.add', {
    shape: 'moment',
    kind: 'life',
    title,
    start: { precision: 'year', year },
    laneId: s.lanes[0]!.id,
  });
}

const sorted = <T extends { id: string }>(rs: T[]) => [...rs].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('safety journal', () => {
  it('a new case starts with a snapshot; each confirmed change (also undo and redo) is one journal line, in order', async () => {
    const id = await createCase(db, { title: 'Gezin Journaal', language: 'nl' });
    expect(store.snapshots.get(id)).toHaveLength(1);
    expect(await store.readJournal(id)).toBe('');
    await addMoment(id, 'Een');
    await addMoment(id, 'Twee');
    await undo(db, id);
    await redo(db, id);
    const { entries, skipped } = parseJournal(await store.readJournal(id));
    expect(skipped).toBe(0);
    expect(entries).toHaveLength(4);
    expect(entries[2]!.remove).toHaveLength(1); // the undo of "Twee"
    // A refused command writes nothing.
    expect((await executeCommand(db, id, 'item.update', { id: 'item_missing', title: 'x' })).ok).toBe(false);
    expect(parseJournal(await store.readJournal(id)).entries).toHaveLength(4);
  });

  it('concurrent commands are journalled in the order they committed', async () => {
    const id = await createCase(db, { title: 'Gezin Gelijktijdig', language: 'nl' });
    await Promise.all(Array.from({ length: 12 }, (_, i) => addMoment(id, `M${i}`, 2000 + i)));
    const journalTitles = parseJournal(await store.readJournal(id)).entries.map(
      (e) => (e.put.find((r) => r.type === 'item') as { title: string }).title,
    );
    expect(journalTitles).toHaveLength(12);
    // Replaying the journal on the snapshot gives exactly the database.
    const report = await recoverAfterWipe();
    expect(report.restored).toHaveLength(1);
    expect(buildCaseState(await getCaseRecords(db, id)).items).toHaveLength(12);
  });

  it('a wiped database is rebuilt from snapshot + journal, identical to what was confirmed', async () => {
    const id = await createCase(db, { title: 'Gezin Hersteld', language: 'nl' });
    await addMoment(id, 'Een');
    await addMoment(id, 'Twee');
    await deleteCase(db, id); // in the bin: that is confirmed too
    const before = sorted(await getCaseRecords(db, id));
    const report = await recoverAfterWipe();
    expect(report).toEqual({
      restored: [{ caseId: id, title: 'Gezin Hersteld', changes: 3 }],
      repaired: [],
      failed: [],
    });
    expect(sorted(await getCaseRecords(db, id))).toEqual(before);
    // Restoring wrote a fresh snapshot, so the journal starts empty again.
    expect(await store.readJournal(id)).toBe('');
  });

  it('console and wall rebuilding a lost case at once: one rebuild writes it, the other finds it there and writes nothing over later changes', async () => {
    const id = await createCase(db, { title: 'Gezin Twee Vensters', language: 'nl' });
    await addMoment(id, 'Een');
    await addMoment(id, 'Twee');
    await recoverAfterWipe().then(() => db.records.where('caseId').equals(id).delete());
    const [backup] = await store.listBackups();
    // Both windows start together and find the case missing.
    const first = restoreFromSafetyCopy(db, store, backup!);
    const second = restoreFromSafetyCopy(db, store, backup!);
    expect(await first).toEqual({ title: 'Gezin Twee Vensters', changes: 0 });
    expect(await second).toBeNull();
    // A moment deleted after the rebuild stays deleted when a late rebuild comes.
    const twee = (await getCaseRecords(db, id)).find(
      (r) => r.type === 'item' && (r as { title: string }).title === 'Twee',
    )!;
    expect((await executeCommand(db, id, 'item.delete', { ids: [twee.id] })).ok).toBe(true);
    expect(await restoreFromSafetyCopy(db, store, backup!)).toBeNull();
    expect((await getCaseRecords(db, id)).some((r) => r.id === twee.id)).toBe(false);
  });

  it('changes the database lost are put back from the journal; an intact database is left alone', async () => {
    const id = await createCase(db, { title: 'Gezin Gat', language: 'nl' });
    await addMoment(id, 'Een');
    await addMoment(id, 'Twee');
    const before = sorted(await getCaseRecords(db, id));
    expect(await repairFromJournal(db, store, id)).toBe(0);
    // The database loses its latest write (the engine dropped it).
    const lost = before.find((r) => r.type === 'item' && (r as { title: string }).title === 'Twee')!;
    await db.records.delete(lost.id);
    const caseRecord = before.find((r) => r.type === 'case')!;
    await db.records.put({ ...caseRecord, updatedAt: 1 } as never);
    const report = await recoverFromSafetyCopies(db, store);
    expect(report.repaired).toEqual([{ caseId: id, title: 'Gezin Gat', records: 2 }]);
    expect(sorted(await getCaseRecords(db, id))).toEqual(before);
  });

  it('when the journal cannot be written the command rejects with a clear error instead of reporting success', async () => {
    const id = await createCase(db, { title: 'Gezin Vol', language: 'nl' });
    store.failAppends = true;
    const attempt = addMoment(id, 'Niet veilig');
    await expect(attempt).rejects.toBeInstanceOf(JournalWriteError);
    await expect(attempt).rejects.toThrow(/ENOSPC/);
    // The change was taken back out: not in the database, no undo step for it.
    const state = buildCaseState(await getCaseRecords(db, id));
    expect(state.items).toEqual([]);
    expect(await db.history.where('caseId').equals(id).count()).toBe(0);
  });

  it('an undo or redo whose journal line fails is taken back too', async () => {
    const id = await createCase(db, { title: 'Gezin Vol Terug', language: 'nl' });
    await addMoment(id, 'Blijft');
    store.failAppends = true;
    await expect(undo(db, id)).rejects.toBeInstanceOf(JournalWriteError);
    expect(buildCaseState(await getCaseRecords(db, id)).items.map((i) => i.title)).toEqual(['Blijft']);
    expect(await db.history.where('[caseId+undone]').equals([id, 0]).count()).toBe(1);
    store.failAppends = false;
    await undo(db, id);
    store.failAppends = true;
    await expect(redo(db, id)).rejects.toBeInstanceOf(JournalWriteError);
    expect(buildCaseState(await getCaseRecords(db, id)).items).toEqual([]);
    expect(await db.history.where('[caseId+undone]').equals([id, 1]).count()).toBe(1);
  });

  it('a change the database refuses after the journal took it is taken back out of the journal', async () => {
    const id = await createCase(db, { title: 'Gezin Geweigerd', language: 'nl' });
    await addMoment(id, 'Een');
    // The database fails this one write (as on a full disk, after the journal line was written).
    // Hooks see rows as stored (encrypted: only id, caseId and type in plain).
    const refuse = (_key: unknown, record: { type?: string }) => {
      if (record.type === 'item') throw new Error('QuotaExceededError');
    };
    db.records.hook('creating', refuse);
    await expect(addMoment(id, 'Geweigerd')).rejects.toThrow(/QuotaExceededError/);
    db.records.hook('creating').unsubscribe(refuse);
    expect(parseJournal(await store.readJournal(id)).entries).toHaveLength(3); // Een, Geweigerd, its correction
    await recoverAfterWipe();
    expect(buildCaseState(await getCaseRecords(db, id)).items.map((i) => i.title)).toEqual(['Een']);
  });

  it('a repair started while another window is storing a change does not undo that change', async () => {
    const id = await createCase(db, { title: 'Gezin Gelijktijdig', language: 'nl' });
    await addMoment(id, 'Een');
    const itemId = buildCaseState(await getCaseRecords(db, id)).items[0]!.id;
    // The console renames the moment while the wall, just opened, checks the journal.
    const rename = executeCommand(db, id, 'item.update', { id: itemId, title: 'Een (hernoemd)' });
    const repair = repairFromJournal(db, store, id);
    expect((await rename).ok).toBe(true);
    expect(await repair).toBe(0);
    expect(buildCaseState(await getCaseRecords(db, id)).items[0]!.title).toBe('Een (hernoemd)');
  });

  it('a case deleted for good stays deleted at the next start; if its copies cannot go, it stays in the bin', async () => {
    const id = await createCase(db, { title: 'Gezin Weg', language: 'nl' });
    await deleteCase(db, id, 1_000);
    await expect(
      purgeDeletedCases(db, 30_000, 40_000, () => Promise.reject(new Error('EACCES'))),
    ).rejects.toThrow(/EACCES/);
    expect(await getCaseRecords(db, id)).not.toEqual([]);
    expect(await purgeDeletedCases(db, 30_000, 40_000, (caseId) => store.deleteBackups(caseId))).toEqual([
      id,
    ]);
    const report = await recoverAfterWipe();
    expect(report.restored).toEqual([]);
    expect(await db.records.count()).toBe(0);
  });

  it('a journal with a torn last line restores every whole line', async () => {
    const id = await createCase(db, { title: 'Gezin Gescheurd', language: 'nl' });
    await addMoment(id, 'Een');
    await addMoment(id, 'Twee');
    const text = store.journals.get(id)!;
    store.journals.set(id, text.slice(0, text.length - 20)); // the second line was cut by a crash
    await recoverAfterWipe();
    expect(buildCaseState(await getCaseRecords(db, id)).items.map((i) => i.title)).toEqual(['Een']);
  });

  it('an unusable snapshot is reported, and nothing is written', async () => {
    const id = await createCase(db, { title: 'Gezin Kapot', language: 'nl' });
    store.snapshots.get(id)![0]!.json = '{"format": "something else"}';
    const report = await recoverAfterWipe();
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]!.caseId).toBe(id);
    expect(await db.records.count()).toBe(0);
  });
});

/** The engine threw the database away: a new, empty one is opened and the app starts. */
async function recoverAfterWipe() {
  await db.delete();
  db = openDatabase(`journal-test-${++n}`, { keyring: testKeyring() });
  db.journal = new CaseJournal(store, 'test', inWindowLock());
  await db.open();
  return recoverFromSafetyCopies(db, store);
}
