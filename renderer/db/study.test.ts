import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseJournal } from '@shared/store/journal';
import { analysedCaseRecords, CASE_VEENSTRA, CASE_ZEELAND } from '@shared/fixtures/analysed';
import { openDatabase, type LevenslijnDb } from './database';
import { executeStudyCommand } from './executor';
import { CaseJournal, inWindowLock } from './journal';
import {
  createStudy,
  deleteStudy,
  getCaseRecords,
  importRecords,
  listStudies,
  purgeDeletedCases,
} from './library';
import { recoverFromSafetyCopies } from './recovery';
import { redo, undo } from './undo';
import { MemorySafetyStore } from './memorySafetyStore';

let db: LevenslijnDb;
let store: MemorySafetyStore;
let n = 0;
const zl = analysedCaseRecords(CASE_ZEELAND);
const vs = analysedCaseRecords(CASE_VEENSTRA);
const idOf = (records: typeof zl) => records.find((r) => r.type === 'case')!.id;

beforeEach(async () => {
  store = new MemorySafetyStore();
  db = openDatabase(`study-test-${++n}`);
  db.journal = new CaseJournal(store, 'test', inWindowLock());
  await db.open();
  await importRecords(db, zl);
  await importRecords(db, vs);
});
afterEach(async () => {
  await db.delete();
});

describe('studies in the store', () => {
  it('study commands go the case path: journaled under the study id, undoable, never touching a case', async () => {
    const studyId = await createStudy(db, { name: 'Onderzoek', caseIds: [idOf(zl)] });
    expect(store.snapshots.get(studyId)).toHaveLength(1);
    const before = await getCaseRecords(db, idOf(vs));
    expect(await executeStudyCommand(db, studyId, 'study.addCase', { caseId: idOf(vs) })).toEqual({
      ok: true,
    });
    expect(
      await executeStudyCommand(db, studyId, 'element.add', {
        id: 'element_x',
        name: 'Vaste gezichten',
        support: [
          { caseId: idOf(zl), groupId: 'group_zl0' },
          { caseId: idOf(vs), groupId: 'group_vs0' },
        ],
      }),
    ).toEqual({ ok: true });
    const refused = await executeStudyCommand(db, studyId, 'study.addCase', { caseId: 'case_nope' });
    expect(refused).toMatchObject({ ok: false, refusal: { reasonKey: 'refusal.notFound' } });
    expect(parseJournal(store.journals.get(studyId)!).entries).toHaveLength(2);
    expect(await getCaseRecords(db, idOf(vs))).toEqual(before);
    expect(await undo(db, studyId)).toEqual({ ok: true, done: true });
    expect((await getCaseRecords(db, studyId)).some((r) => r.id === 'element_x')).toBe(false);
    expect(await redo(db, studyId)).toEqual({ ok: true, done: true });
    expect((await getCaseRecords(db, studyId)).some((r) => r.id === 'element_x')).toBe(true);
    expect(parseJournal(store.journals.get(studyId)!).entries).toHaveLength(4);
  });

  it('a study is rebuilt from its snapshot and journal when the database is lost', async () => {
    const studyId = await createStudy(db, { name: 'Onderzoek', caseIds: [idOf(zl), idOf(vs)] });
    await executeStudyCommand(db, studyId, 'study.update', { description: 'Twee gezinnen.' });
    const confirmed = await getCaseRecords(db, studyId);
    await db.delete();
    db = openDatabase(`study-test-${++n}`);
    db.journal = new CaseJournal(store, 'test', inWindowLock());
    await db.open();
    const report = await recoverFromSafetyCopies(db, store);
    expect(report.failed).toEqual([]);
    expect(report.restored.map((r) => r.title)).toContain('Onderzoek');
    expect(await getCaseRecords(db, studyId)).toEqual(confirmed);
  });

  it('a deleted study is purged with its copies; its cases stay', async () => {
    const studyId = await createStudy(db, { name: 'Weg', caseIds: [idOf(zl)] });
    await deleteStudy(db, studyId, 1000);
    expect(await listStudies(db)).toEqual([]);
    expect(await purgeDeletedCases(db, 30_000, 40_000, (id) => store.deleteBackups(id))).toEqual([studyId]);
    expect(await getCaseRecords(db, studyId)).toEqual([]);
    expect(store.snapshots.has(studyId)).toBe(false);
    expect((await getCaseRecords(db, idOf(zl))).length).toBe(zl.length);
  });
});
