import { z } from 'zod';
import { anyRecordSchema, type AnyRecord } from '../model/records';
import {
  APP_NAME,
  CASE_FILE_FORMAT,
  CURRENT_FORMAT_VERSION,
  fileError,
  formatBytes,
  MAX_ERROR_DETAILS,
  MAX_NESTING_DEPTH,
  utf8ByteLength,
  type CaseFileError,
} from './format';
import { documentVersion, isJsonObject, migrateDocument } from './migrations';

export type ParseResult =
  | { readonly ok: true; readonly records: AnyRecord[]; readonly migratedFrom: number | null }
  | { readonly ok: false; readonly error: CaseFileError };

export interface ParseOptions {
  /** Largest accepted file, in UTF-8 bytes. */
  readonly maxBytes: number;
}

/** Deterministic record order in a file: the case first, then by type name, then by id. */
export function compareRecordsForFile(a: AnyRecord, b: AnyRecord): number {
  if (a.type !== b.type) {
    if (a.type === 'case') return -1;
    if (b.type === 'case') return 1;
    return a.type < b.type ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The case file text for a case's records: deterministic order, pretty-printed, ends in a newline. */
export function serializeCase(
  records: readonly AnyRecord[],
  opts: { appVersion: string; now?: Date },
): string {
  const file = {
    format: CASE_FILE_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    exportedAt: (opts.now ?? new Date()).toISOString(),
    app: { name: APP_NAME, version: opts.appVersion },
    records: [...records].sort(compareRecordsForFile),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const fileSchema = z.object({
  format: z.literal(CASE_FILE_FORMAT),
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  exportedAt: z.string().max(64),
  app: z.object({ name: z.string().max(100), version: z.string().max(50) }),
  records: z.array(anyRecordSchema).max(200_000),
});

/**
 * Reads a case file: size, nesting depth, JSON, format, version (migrating older ones), schema
 * and consistency. Never throws; every failure is a CaseFileError naming what is wrong.
 * The records returned are fresh plain objects holding only known fields.
 */
export function parseCaseFile(text: string, opts: ParseOptions): ParseResult {
  try {
    return parseUnchecked(text, opts);
  } catch (err) {
    // Not expected to happen; a safety net so the importer can never crash the app.
    return fail('invalid', { count: 1 }, [describeThrown(err)]);
  }
}

function parseUnchecked(text: string, opts: ParseOptions): ParseResult {
  const read = readJsonDocument(text, opts);
  return read.ok ? parseCaseDocument(read.doc) : read;
}

/**
 * The first checks of any file the app reads (case file, study file): size, nesting depth and
 * JSON. Never throws.
 */
export function readJsonDocument(
  text: string,
  opts: ParseOptions,
): { readonly ok: true; readonly doc: unknown } | { readonly ok: false; readonly error: CaseFileError } {
  const failed = (...a: Parameters<typeof fileError>) => ({ ok: false as const, error: fileError(...a) });
  if (typeof text !== 'string') return failed('notJson', { where: '' });
  const bytes = utf8ByteLength(text);
  if (bytes > opts.maxBytes)
    return failed('tooLarge', { size: formatBytes(bytes), max: formatBytes(opts.maxBytes) });

  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const depth = nestingDepth(body, MAX_NESTING_DEPTH);
  if (depth > MAX_NESTING_DEPTH) {
    return failed('invalid', { count: 1 }, [`(bestand): dieper genest dan ${MAX_NESTING_DEPTH} niveaus`]);
  }

  try {
    return { ok: true, doc: JSON.parse(body) };
  } catch (err) {
    return failed('notJson', { where: jsonErrorWhere(body, err) }, [describeThrown(err)]);
  }
}

/**
 * Checks a case file already read as JSON (e.g. one of the cases inside a study file): format,
 * version (migrating older ones), schema and consistency. Never throws.
 */
export function parseCaseDocument(doc: unknown): ParseResult {
  const version = documentVersion(doc);
  if (version === null || !isJsonObject(doc)) return fail('notACaseFile');
  if (version > CURRENT_FORMAT_VERSION) return fail('tooNew', { version, supported: CURRENT_FORMAT_VERSION });

  const migrated = migrateDocument(doc, version, CURRENT_FORMAT_VERSION);
  if (!migrated)
    return fail('invalid', { count: 1 }, [`(bestand): geen omzetting vanaf bestandsversie ${version}`]);

  const parsed = fileSchema.safeParse(migrated);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const details = issues.slice(0, MAX_ERROR_DETAILS).map((i) => `${formatPath(i.path)}: ${i.message}`);
    return fail('invalid', { count: issues.length }, details);
  }
  const records = parsed.data.records;
  const problem = consistencyProblem(records);
  if (problem) return fail('inconsistent', { problem });
  return { ok: true, records, migratedFrom: version < CURRENT_FORMAT_VERSION ? version : null };
}

function fail(
  code: CaseFileError['code'],
  values: Record<string, string | number> = {},
  details: string[] = [],
): ParseResult {
  return { ok: false, error: fileError(code, values, details) };
}

/** `records[3].start.year`, as shown in the details of an "invalid" error. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out || '(bestand)';
}

/**
 * Deepest array/object nesting outside strings. Iterative (a million '[' cannot overflow the
 * stack) and stops counting once `stopAbove` is exceeded.
 */
export function nestingDepth(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > stopAbove) return max;
      }
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return max;
}

/** " (regel 3, kolom 5)" for the Dutch message, or "" when the position is unknown. */
function jsonErrorWhere(text: string, err: unknown): string {
  const message = err instanceof Error ? err.message : '';
  let pos: number | null = null;
  const m = /position (\d+)/.exec(message);
  if (m) pos = Number(m[1]);
  else if (/end of JSON input/i.test(message)) pos = text.length;
  if (pos === null || !Number.isFinite(pos)) return '';
  pos = Math.min(pos, text.length);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < pos; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return ` (regel ${line}, kolom ${pos - lineStart + 1})`;
}

export function describeThrown(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.slice(0, 200);
}

/**
 * What does not add up between the records of a file, or null. Dutch, shown inside the
 * message "Het bestand klopt niet met zichzelf: {{problem}}.".
 * Rules: exactly one case; every record belongs to it; ids are unique; items point at an
 * existing lane and existing family members. (Period end ≥ start is not checked here.)
 */
export function consistencyProblem(records: readonly AnyRecord[]): string | null {
  let caseId: string | null = null;
  for (const r of records) {
    // Studies are files of their own (shared/study/file.ts); a case file never holds them.
    if (r.type === 'study' || r.type === 'element')
      return `onderzoeksgegevens (${shortId(r.id)}) in een casusbestand`;
    if (r.type !== 'case') continue;
    if (caseId !== null) return 'meer dan één casus';
    caseId = r.id;
  }
  if (caseId === null) return 'geen casus';
  const ids = new Set<string>();
  const lanes = new Set<string>();
  const members = new Set<string>();
  for (const r of records) {
    if (ids.has(r.id)) return `dubbele id ${shortId(r.id)}`;
    ids.add(r.id);
    if (r.caseId !== caseId) return `record ${shortId(r.id)} hoort bij een andere casus`;
    if (r.type === 'lane') lanes.add(r.id);
    else if (r.type === 'member') members.add(r.id);
  }
  for (const r of records) {
    if (r.type !== 'item') continue;
    if (!lanes.has(r.laneId)) return `${shortId(r.id)} verwijst naar onbekende baan ${shortId(r.laneId)}`;
    for (const m of r.memberIds)
      if (!members.has(m)) return `${shortId(r.id)} verwijst naar onbekend gezinslid ${shortId(m)}`;
  }
  return null;
}

/** Ids are free-length strings in a foreign file; keep messages readable. */
function shortId(id: string): string {
  return id.length > 60 ? `${id.slice(0, 60)}…` : id;
}
