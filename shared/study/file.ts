import { z } from 'zod';
import { APP_NAME, fileError, MAX_ERROR_DETAILS, type CaseFileError } from '../file/format';
import {
  compareRecordsForFile,
  describeThrown,
  formatPath,
  parseCaseDocument,
  parseCaseFile,
  readJsonDocument,
  ruleError,
  serializeCase,
} from '../file/caseFile';
import { isJsonObject, type Migration } from '../file/migrations';
import { reassignIds } from '../file/reassignIds';
import { sameJson } from '../store/equality';
import type { IdPrefix } from '../model/ids';
import { elementRecordSchema, studyRecordSchema, type AnyRecord, type StudyRecord } from '../model';
import { checkStudy, violation, type RuleViolation } from '../rules';

/**
 * The study file (`.levenslijn-onderzoek`): one JSON document with the study's own records and
 * every member case as a complete case file inside it. Each case inside is checked (and, when
 * older, migrated) exactly as a case file on its own is; the study part has its own version and
 * migrations. The same document without cases is the study's snapshot in the safety copies.
 */
export const STUDY_FILE_FORMAT = 'levenslijn-study';
export const CURRENT_STUDY_FORMAT_VERSION = 1;
export const STUDY_FILE_EXTENSION = 'levenslijn-onderzoek';

/**
 * Upgrades of the study part, in order (`from: n` turns version n into n+1). None yet: version 1
 * is the first. Adding version N: bump CURRENT_STUDY_FORMAT_VERSION, append `{ from: N-1, … }`
 * and add `fixtures/study-vN.json` (file.test.ts fails until all three exist).
 */
export const STUDY_MIGRATIONS: readonly Migration[] = [];

export type StudyParseResult =
  | {
      readonly ok: true;
      readonly records: AnyRecord[];
      /** The member cases, each a case's records. */
      readonly cases: AnyRecord[][];
      /** The study format version the file was migrated from, or null when current. */
      readonly migratedFrom: number | null;
      /** The oldest case file format among its cases when any was migrated, or null. */
      readonly casesMigratedFrom: number | null;
    }
  | { readonly ok: false; readonly error: CaseFileError };

export function serializeStudy(
  studyRecords: readonly AnyRecord[],
  cases: readonly (readonly AnyRecord[])[],
  opts: { appVersion: string; now?: Date },
): string {
  const study = studyRecords.find((r): r is StudyRecord => r.type === 'study');
  if (!study) throw new Error('serializeStudy: no study record');
  const included = new Set(cases.map((c) => c.find((r) => r.type === 'case')?.id));
  const file = {
    format: STUDY_FILE_FORMAT,
    formatVersion: CURRENT_STUDY_FORMAT_VERSION,
    exportedAt: (opts.now ?? new Date()).toISOString(),
    app: { name: APP_NAME, version: opts.appVersion },
    // The study first, then its elements (by id): a stable order, easy to read.
    records: [...studyRecords].sort((a, b) =>
      a.type === 'study' ? -1 : b.type === 'study' ? 1 : compareRecordsForFile(a, b),
    ),
    cases: cases.map((records) => JSON.parse(serializeCase(records, { ...opts, now: opts.now })) as unknown),
    // A study written with its cases lists only the cases it holds; a snapshot keeps every id.
    ...(cases.length ? {} : { snapshot: true }),
  };
  if (cases.length) {
    const records = file.records.map((r) =>
      r.type === 'study' ? { ...r, caseIds: r.caseIds.filter((id) => included.has(id)) } : r,
    );
    return `${JSON.stringify({ ...file, records }, null, 2)}\n`;
  }
  return `${JSON.stringify(file, null, 2)}\n`;
}

const studyFileSchema = z.object({
  format: z.literal(STUDY_FILE_FORMAT),
  formatVersion: z.literal(CURRENT_STUDY_FORMAT_VERSION),
  exportedAt: z.string().max(64),
  app: z.object({ name: z.string().max(100), version: z.string().max(50) }),
  records: z.array(z.discriminatedUnion('type', [studyRecordSchema, elementRecordSchema])).max(2000),
  cases: z.array(z.unknown()).max(100),
  snapshot: z.boolean().optional(),
});

/** Reads a study file: size, JSON, format, version, every case inside as a case file, consistency. Never throws. */
export function parseStudyFile(text: string, opts: { maxBytes: number }): StudyParseResult {
  try {
    return parseUnchecked(text, opts);
  } catch (err) {
    return { ok: false, error: fileError('invalid', { count: 1 }, [describeThrown(err)]) };
  }
}

function parseUnchecked(text: string, opts: { maxBytes: number }): StudyParseResult {
  const fail = (...a: Parameters<typeof fileError>): StudyParseResult => ({
    ok: false,
    error: fileError(...a),
  });
  const read = readJsonDocument(text, opts);
  if (!read.ok) return read;
  const doc = read.doc;
  if (!isJsonObject(doc) || doc.format !== STUDY_FILE_FORMAT) return fail('notACaseFile');
  const version = doc.formatVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1)
    return fail('notACaseFile');
  if (version > CURRENT_STUDY_FORMAT_VERSION)
    return fail('tooNew', { version, supported: CURRENT_STUDY_FORMAT_VERSION });
  let migrated = doc;
  for (let v = version; v < CURRENT_STUDY_FORMAT_VERSION; v++) {
    const step = STUDY_MIGRATIONS.find((m) => m.from === v);
    if (!step) return fail('invalid', { count: 1 }, [`(bestand): geen omzetting vanaf versie ${v}`]);
    migrated = step.migrate(migrated);
  }
  const parsed = studyFileSchema.safeParse(migrated);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    return fail(
      'invalid',
      { count: issues.length },
      issues.slice(0, MAX_ERROR_DETAILS).map((i) => `${formatPath(i.path)}: ${i.message}`),
    );
  }
  const cases: AnyRecord[][] = [];
  let casesMigratedFrom: number | null = null;
  for (const [i, caseDoc] of parsed.data.cases.entries()) {
    const c = parseCaseDocument(caseDoc);
    if (!c.ok)
      return fail(c.error.code, c.error.values, [
        `cases[${i}]: ${c.error.messageKey}`,
        ...c.error.details.map((d) => `cases[${i}].${d}`),
      ]);
    if (c.migratedFrom !== null) casesMigratedFrom = Math.min(casesMigratedFrom ?? Infinity, c.migratedFrom);
    cases.push(c.records);
  }
  const records = parsed.data.records as AnyRecord[];
  // The study's own rules (shared/rules), then that the file holds exactly the study's cases;
  // each case inside was checked by the case rules above.
  const violations = studyViolations(records, cases, parsed.data.snapshot === true);
  if (violations.length) return { ok: false, error: ruleError(violations) };
  return {
    ok: true,
    records,
    cases,
    migratedFrom: version < CURRENT_STUDY_FORMAT_VERSION ? version : null,
    casesMigratedFrom,
  };
}

/**
 * What breaks the rules in a study file: the study's own rules (shared/rules: one study, unique
 * ids, its own scope, limits, members once, elements drawing on member cases only) and, unless
 * it is a snapshot (which holds no cases), `study.files`: the cases in the file are exactly the
 * study's cases, each once.
 */
export function studyViolations(
  records: readonly AnyRecord[],
  cases: readonly (readonly AnyRecord[])[],
  snapshot: boolean,
): RuleViolation[] {
  const own = checkStudy(records, MAX_ERROR_DETAILS);
  if (own.length || snapshot) return own;
  const study = records.find((r): r is StudyRecord => r.type === 'study')!;
  const inFile = cases.map((c) => c.find((r) => r.type === 'case')!.id);
  const listed = new Set(study.caseIds);
  const seen = new Set<string>();
  for (const id of inFile) {
    if (seen.has(id) || !listed.has(id)) return [violation('study.files', study.id, { ref: id })];
    seen.add(id);
  }
  const missing = study.caseIds.find((id) => !seen.has(id));
  return missing ? [violation('study.files', study.id, { ref: missing })] : [];
}

/** Whether a (plain) file's text is a study file rather than a case file (read from its start). */
export function isStudyFileText(text: string): boolean {
  return text.slice(0, 200).includes(`"${STUDY_FILE_FORMAT}"`);
}

/** The snapshot text of a scope (a case or a study) for the safety copies outside the database. */
export function serializeScope(records: readonly AnyRecord[], opts: { appVersion: string }): string {
  return records.some((r) => r.type === 'study')
    ? serializeStudy(records, [], opts)
    : serializeCase(records, opts);
}

/** Reads a scope snapshot back: a case file or a study snapshot. */
export function parseScopeSnapshot(
  text: string,
  opts: { maxBytes: number },
): { ok: true; records: AnyRecord[] } | { ok: false; error: CaseFileError } {
  if (isStudyFileText(text)) {
    const s = parseStudyFile(text, opts);
    return s.ok ? { ok: true, records: s.records } : s;
  }
  const c = parseCaseFile(text, opts);
  return c.ok ? { ok: true, records: c.records } : c;
}

/**
 * What importing a study file writes: each case as it is (new to this library), not at all (the
 * library holds the very same case), or as a copy with new ids (the library holds another
 * version of it); the study under its own id or, when that exists, a new one; every reference of
 * the study (member cases, supporting main factors, quotes) following the ids. Pure.
 */
export interface StudyImportPlan {
  readonly cases: readonly { readonly records: AnyRecord[]; readonly action: 'new' | 'same' | 'copy' }[];
  readonly study: AnyRecord[];
}

export function planStudyImport(
  parsed: { records: readonly AnyRecord[]; cases: readonly (readonly AnyRecord[])[] },
  library: {
    caseRecords(caseId: string): readonly AnyRecord[] | null;
    studyExists(studyId: string): boolean;
  },
  newId: (prefix: IdPrefix) => string,
): StudyImportPlan {
  const ids = new Map<string, string>();
  const cases = parsed.cases.map((records) => {
    const caseId = records.find((r) => r.type === 'case')!.id;
    const existing = library.caseRecords(caseId);
    if (!existing || existing.length === 0) return { records: [...records], action: 'new' as const };
    if (sameRecords(existing, records)) return { records: [...records], action: 'same' as const };
    const copy = reassignIds(records, newId);
    records.forEach((r, i) => ids.set(r.id, copy[i]!.id));
    return { records: copy, action: 'copy' as const };
  });
  const study = parsed.records.find((r): r is StudyRecord => r.type === 'study')!;
  const fresh = library.studyExists(study.id);
  const studyId = fresh ? newId('study') : study.id;
  const to = (id: string) => ids.get(id) ?? id;
  const records = parsed.records.map((r): AnyRecord => {
    if (r.type === 'study')
      return { ...r, id: studyId, caseId: studyId, caseIds: r.caseIds.map(to), deletedAt: null };
    if (r.type === 'element')
      return {
        ...r,
        id: fresh ? newId('element') : r.id,
        caseId: studyId,
        support: r.support.map((s) => ({ caseId: to(s.caseId), groupId: to(s.groupId) })),
        quotes: r.quotes.map((q) => ({ caseId: to(q.caseId), quoteId: to(q.quoteId) })),
      };
    return r;
  });
  return { cases, study: records };
}

function sameRecords(a: readonly AnyRecord[], b: readonly AnyRecord[]): boolean {
  if (a.length !== b.length) return false;
  const byId = new Map(a.map((r) => [r.id, r]));
  return b.every((r) => sameJson(byId.get(r.id), r));
}
