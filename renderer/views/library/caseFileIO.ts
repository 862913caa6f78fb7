import {
  CASE_FILE_EXTENSION,
  fileError,
  reassignIds,
  formatBytes,
  parseCaseFile,
  serializeCase,
  encryptFileText,
  type CaseFileError,
} from '@shared/file';
import type { AnyRecord, CaseRecord } from '@shared/model';
import type { Platform } from '@shared/platform/types';
import { exportRecords, getCaseRecords, importRecords, listCases } from '../../db/library';
import type { LevenslijnDb } from '../../db/database';
import { newId } from '@shared/model';

export const MAX_CASE_FILE_BYTES = 20 * 1024 * 1024;

export type ImportOutcome =
  | { kind: 'cancelled' }
  | { kind: 'imported'; caseRecord: CaseRecord; asCopy: boolean }
  | { kind: 'refused'; error: CaseFileError };

/** File name for an exported case: a slug of its (pseudonymous) title. */
export function caseFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'casus'}.${CASE_FILE_EXTENSION}`;
}

/** The case file text of a stored case (what export writes). */
export async function caseFileText(db: LevenslijnDb, caseId: string, appVersion: string): Promise<string> {
  return serializeCase(await exportRecords(db, caseId), { appVersion });
}

/**
 * Saves a case as a case file; with a passphrase, encrypted (shared/file/encrypted.ts): same
 * extension, the import recognises it and asks for the passphrase.
 */
export async function exportCaseToFile(
  db: LevenslijnDb,
  platform: Platform,
  caseId: string,
  appVersion: string,
  passphrase?: string,
) {
  const records = await exportRecords(db, caseId);
  const caseRecord = records.find((r): r is CaseRecord => r.type === 'case');
  if (!caseRecord) throw new Error('case not found');
  const plain = serializeCase(records, { appVersion });
  const json =
    passphrase === undefined ? plain : await encryptFileText(plain, passphrase, { content: 'case' });
  return platform.saveFile({
    suggestedName: caseFileName(caseRecord.title),
    mimeType: 'application/json',
    data: json,
    extensions: [CASE_FILE_EXTENSION, 'json'],
  });
}

/** How an imported copy of a case that is already in the library is named (see copyTitle). */
export interface ImportOptions {
  readonly copyTitle?: (title: string, takenTitles: string[]) => string;
}

export type OpenedCaseFile =
  { kind: 'cancelled' } | { kind: 'refused'; error: CaseFileError } | { kind: 'text'; text: string };

/** Asks for a case file (the platform reads it as UTF-8 or UTF-16, shared/file/decode.ts). */
export async function openCaseFile(platform: Platform): Promise<OpenedCaseFile> {
  const file = await platform.openFile({
    extensions: [CASE_FILE_EXTENSION, 'json'],
    maxBytes: MAX_CASE_FILE_BYTES,
  });
  if (file.opened) return { kind: 'text', text: file.text };
  if (file.reason === 'cancelled') return { kind: 'cancelled' };
  return {
    kind: 'refused',
    error: fileError('tooLarge', { size: formatBytes(file.bytes), max: formatBytes(MAX_CASE_FILE_BYTES) }),
  };
}

export async function importCaseText(
  db: LevenslijnDb,
  text: string,
  opts: ImportOptions = {},
): Promise<ImportOutcome> {
  const parsed = parseCaseFile(text, { maxBytes: MAX_CASE_FILE_BYTES });
  if (!parsed.ok) return { kind: 'refused', error: parsed.error };
  let records: AnyRecord[] = parsed.records;
  const original = records.find((r) => r.type === 'case');
  const exists = original ? (await getCaseRecords(db, original.caseId)).length > 0 : false;
  if (exists) {
    // A second copy of a case must be told apart from the first one in the library.
    const taken = (await listCases(db)).map((c) => c.title);
    records = reassignIds(records, newId).map((r) =>
      r.type === 'case' && opts.copyTitle ? { ...r, title: opts.copyTitle(r.title, taken) } : r,
    );
  }
  await importRecords(db, records);
  const caseRecord = records.find((r): r is CaseRecord => r.type === 'case');
  if (!caseRecord) throw new Error('import without case record');
  return { kind: 'imported', caseRecord, asCopy: exists };
}
