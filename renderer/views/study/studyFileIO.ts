import {
  buildCaseState,
  newId,
  type AnyRecord,
  type CaseState,
  type Language,
  type StudyRecord,
} from '@shared/model';
import { encryptFileText, fileError, formatBytes, type CaseFileError } from '@shared/file';
import { parseStudyFile, planStudyImport, serializeStudy, STUDY_FILE_EXTENSION } from '@shared/study/file';
import { buildRefiProject, qdpxBytes } from '@shared/refi';
import type { StudyState } from '@shared/study/state';
import type { Platform, SaveFileResult } from '@shared/platform/types';
import type { LevenslijnDb } from '../../db/database';
import { getCaseRecords, importRecords } from '../../db/library';
import { caseFileName, MAX_CASE_FILE_BYTES } from '../library/caseFileIO';

/** A study file holds its cases: up to five times the size of one case file. */
export const MAX_STUDY_FILE_BYTES = 5 * MAX_CASE_FILE_BYTES;

export function studyFileName(name: string, extension = STUDY_FILE_EXTENSION): string {
  return caseFileName(name).replace(/\.levenslijn$/, `.${extension}`);
}

/** The study file of a stored study: its own records and every member case still in the library. */
export async function studyFileText(db: LevenslijnDb, studyId: string, appVersion: string): Promise<string> {
  const records = await getCaseRecords(db, studyId);
  const study = records.find((r): r is StudyRecord => r.type === 'study');
  if (!study) throw new Error('study not found');
  const cases: AnyRecord[][] = [];
  for (const id of study.caseIds) {
    const caseRecords = await getCaseRecords(db, id);
    const c = caseRecords.find((r) => r.type === 'case');
    if (c && c.type === 'case' && c.deletedAt === null) cases.push(caseRecords);
  }
  return serializeStudy(records, cases, { appVersion });
}

/**
 * Saves a study with its cases as a study file; with a passphrase, encrypted like a case file
 * (shared/file/encrypted.ts, content "study"): the import recognises it and asks for it.
 */
export async function exportStudyToFile(
  db: LevenslijnDb,
  platform: Platform,
  study: StudyRecord,
  appVersion: string,
  passphrase?: string,
): Promise<SaveFileResult> {
  const plain = await studyFileText(db, study.id, appVersion);
  return platform.saveFile({
    suggestedName: studyFileName(study.name),
    mimeType: 'application/json',
    data: passphrase === undefined ? plain : await encryptFileText(plain, passphrase, { content: 'study' }),
    extensions: [STUDY_FILE_EXTENSION, 'json'],
  });
}

export type StudyImportOutcome =
  | { kind: 'cancelled' }
  | { kind: 'imported'; study: StudyRecord; cases: number; copies: number }
  | { kind: 'refused'; error: CaseFileError };

export type OpenedStudyFile =
  { kind: 'cancelled' } | { kind: 'refused'; error: CaseFileError } | { kind: 'text'; text: string };

/** Asks for a study file (read as UTF-8 or UTF-16, as a case file is). */
export async function openStudyFile(platform: Platform): Promise<OpenedStudyFile> {
  const file = await platform.openFile({
    extensions: [STUDY_FILE_EXTENSION, 'json'],
    maxBytes: MAX_STUDY_FILE_BYTES,
  });
  if (file.opened) return { kind: 'text', text: file.text };
  if (file.reason === 'cancelled') return { kind: 'cancelled' };
  return {
    kind: 'refused',
    error: fileError('tooLarge', { size: formatBytes(file.bytes), max: formatBytes(MAX_STUDY_FILE_BYTES) }),
  };
}

/**
 * Checks the whole study file first (every case inside as a case file), then writes each case
 * (skipping one the library already holds unchanged, copying one it holds in another version)
 * and finally the study, whose references follow the copies.
 */
export async function importStudyText(db: LevenslijnDb, text: string): Promise<StudyImportOutcome> {
  const parsed = parseStudyFile(text, { maxBytes: MAX_STUDY_FILE_BYTES });
  if (!parsed.ok) return { kind: 'refused', error: parsed.error };
  const existing = new Map<string, AnyRecord[]>();
  for (const records of parsed.cases) {
    const id = records.find((r) => r.type === 'case')!.id;
    existing.set(id, await getCaseRecords(db, id));
  }
  const studyId = parsed.records.find((r) => r.type === 'study')!.id;
  const studyExists = (await getCaseRecords(db, studyId)).length > 0;
  const plan = planStudyImport(
    parsed,
    { caseRecords: (id) => existing.get(id) ?? null, studyExists: () => studyExists },
    newId,
  );
  for (const c of plan.cases) if (c.action !== 'same') await importRecords(db, c.records);
  await importRecords(db, plan.study);
  return {
    kind: 'imported',
    study: plan.study.find((r): r is StudyRecord => r.type === 'study')!,
    cases: plan.cases.length,
    copies: plan.cases.filter((c) => c.action === 'copy').length,
  };
}

/** Saves a REFI-QDA project (.qdpx) of cases (one case, or a study's cases with its elements). */
export async function exportQdpx(
  platform: Platform,
  input: {
    name: string;
    cases: readonly CaseState[];
    study?: StudyState;
    lang: Language;
    appVersion: string;
  },
): Promise<SaveFileResult> {
  const project = buildRefiProject({ ...input, now: Date.now() });
  return platform.saveFile({
    suggestedName: studyFileName(input.name, 'qdpx'),
    mimeType: 'application/zip',
    data: qdpxBytes(project),
    extensions: ['qdpx'],
  });
}

/** The stored records of a case as its state (for exporting one case). */
export async function caseStateOf(db: LevenslijnDb, caseId: string): Promise<CaseState> {
  return buildCaseState(await getCaseRecords(db, caseId));
}
