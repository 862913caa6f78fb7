import {
  buildCaseState,
  newId,
  type AnyRecord,
  type CaseRecord,
  type Language,
  type StudyRecord,
} from '@shared/model';
import { createStudyRecords } from '@shared/study/state';
import { createCaseRecords } from '@shared/commands';
import { reassignIds } from '@shared/file';
import { LOCALES } from '@shared/i18n';
import type { LevenslijnDb } from './database';
import { journaled } from './journal';

/** Titles compared without case or accents: "Gezin Özdemir" is found by "ozd". */
export function searchKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl').trim();
}

/** Cases not in the bin, most recently changed first, optionally filtered by title. */
export async function listCases(db: LevenslijnDb, query = ''): Promise<CaseRecord[]> {
  const all = (await db.records.where('type').equals('case').toArray()) as CaseRecord[];
  const q = searchKey(query);
  return all
    .filter((c) => c.deletedAt === null && (!q || searchKey(c.title).includes(q)))
    .sort((a, b) => b.updatedAt - a.updatedAt || a.title.localeCompare(b.title, 'nl'));
}

export async function createCase(
  db: LevenslijnDb,
  input: { title: string; language: Language },
): Promise<string> {
  const records = createCaseRecords(
    { ...input, familyLaneName: LOCALES[input.language].lane.kinds.family },
    { now: Date.now(), newId },
  );
  await importRecords(db, records);
  return records[0]!.id;
}

export async function getCaseRecords(db: LevenslijnDb, caseId: string): Promise<AnyRecord[]> {
  return db.records.where('caseId').equals(caseId).toArray();
}

/** All records of a case, for the case file. */
export async function exportRecords(db: LevenslijnDb, caseId: string): Promise<AnyRecord[]> {
  const records = await getCaseRecords(db, caseId);
  if (!records.some((r) => r.type === 'case')) throw new Error(`case ${caseId} not found`);
  return records;
}

/** Writes a whole, already validated case (or study) in one transaction. */
export async function importRecords(db: LevenslijnDb, records: readonly AnyRecord[]): Promise<void> {
  const caseId = records.find((r) => r.type === 'case' || r.type === 'study')?.id;
  if (!caseId) throw new Error('a case file without its case');
  await journaled(db, caseId, async () => ({
    value: undefined,
    patch: null,
    wholeCase: records,
    commit: () => db.transaction('rw', db.records, async () => void (await db.records.bulkPut([...records]))),
  }));
}

/** A full copy with new ids and a new title; the copy has no undo history. */
export async function duplicateCase(db: LevenslijnDb, caseId: string, title: string): Promise<string> {
  const records = await exportRecords(db, caseId);
  const copy = reassignIds(records, newId).map((r) =>
    r.type === 'case'
      ? { ...r, title: title.slice(0, 200), createdAt: Date.now(), updatedAt: Date.now(), deletedAt: null }
      : r,
  );
  buildCaseState(copy);
  await importRecords(db, copy);
  return copy.find((r) => r.type === 'case')!.id;
}

/** Moves a case to the bin; it can be restored until it is purged. */
export async function deleteCase(db: LevenslijnDb, caseId: string, now = Date.now()): Promise<void> {
  await setDeletedAt(db, caseId, now);
}

export async function restoreCase(db: LevenslijnDb, caseId: string): Promise<void> {
  await setDeletedAt(db, caseId, null);
}

async function setDeletedAt(db: LevenslijnDb, caseId: string, deletedAt: number | null) {
  await journaled(db, caseId, async () => {
    const c = await db.records.get(caseId);
    if (!c || (c.type !== 'case' && c.type !== 'study')) throw new Error(`case ${caseId} not found`);
    const next = { ...c, deletedAt };
    return {
      value: undefined,
      patch: { put: [next], remove: [] },
      commit: async () => void (await db.records.put(next)),
    };
  });
}

/**
 * Deletes for real every case that has been in the bin longer than `windowMs`, with its history;
 * returns their ids. Its copies outside the database go first (`removeCopies`): a crash in
 * between leaves a binned case that the next purge deletes, never a copy that would bring a
 * deleted case back at the next start.
 */
export async function purgeDeletedCases(
  db: LevenslijnDb,
  windowMs: number,
  now = Date.now(),
  removeCopies: (caseId: string) => Promise<void> = async () => undefined,
): Promise<string[]> {
  // Studies in the bin go the same way (their records are scoped by the study's id).
  const cases = (await db.records.where('type').anyOf('case', 'study').toArray()) as (
    CaseRecord | StudyRecord
  )[];
  const expired = cases.filter((c) => c.deletedAt !== null && c.deletedAt <= now - windowMs);
  for (const c of expired) {
    await removeCopies(c.id);
    await db.transaction('rw', db.records, db.history, async () => {
      await db.records.where('caseId').equals(c.id).delete();
      await db.history.where('caseId').equals(c.id).delete();
    });
  }
  return expired.map((c) => c.id);
}

/** Studies not in the bin, most recently changed first. */
export async function listStudies(db: LevenslijnDb): Promise<StudyRecord[]> {
  const all = (await db.records.where('type').equals('study').toArray()) as StudyRecord[];
  return all
    .filter((s) => s.deletedAt === null)
    .sort((a, b) => b.updatedAt - a.updatedAt || a.name.localeCompare(b.name, 'nl'));
}

/** A new study (onderzoek), empty or with the given cases; returns its id. */
export async function createStudy(
  db: LevenslijnDb,
  input: { name: string; caseIds?: readonly string[]; language?: Language },
): Promise<string> {
  const records = createStudyRecords(input, { now: Date.now(), newId });
  await importRecords(db, records);
  return records[0]!.id;
}

/** Moves a study to the bin (its cases stay in the library); restorable until purged. */
export const deleteStudy = deleteCase;
export const restoreStudy = restoreCase;
