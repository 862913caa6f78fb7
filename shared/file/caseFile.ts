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
import { checkCase, describeViolation, RECORD_LIMITS, violation, type RuleViolation } from '../rules';
import { LOCALES } from '../i18n';

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

  // Counted before the schema check: a file far above the limits is refused at once, by the rule.
  const overLimit = limitViolation(migrated.records);
  if (overLimit) return { ok: false, error: ruleError([overLimit]) };

  const parsed = fileSchema.safeParse(migrated);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const details = issues
      .slice(0, MAX_ERROR_DETAILS)
      .map((i) => `${formatPath(i.path, migrated)}: ${i.message}`);
    return fail('invalid', { count: issues.length }, details);
  }
  const records = parsed.data.records;
  // The same rules the commands keep (shared/rules): every reference resolves, votes within
  // budget, one session and one analysis, real dates, limits the views can draw.
  const violations = checkCase(records, MAX_ERROR_DETAILS);
  if (violations.length) return { ok: false, error: ruleError(violations) };
  return { ok: true, records, migratedFrom: version < CURRENT_FORMAT_VERSION ? version : null };
}

/**
 * A file refused by the rule set (shared/rules): `inconsistent`, naming the first rule and its
 * record (the message is localised where it is shown), with every violation in the details.
 */
export function ruleError(violations: readonly RuleViolation[]): CaseFileError {
  const first = violations[0]!;
  return {
    ...fileError(
      'inconsistent',
      { rule: first.rule, record: first.recordId },
      violations.map((v) => `${v.rule} · ${v.recordId}: ${describeViolation(LOCALES.en, v)}`),
    ),
    rule: first,
  };
}

/** The first record type a raw record list holds more of than RECORD_LIMITS allows. */
function limitViolation(records: unknown): RuleViolation | null {
  if (!Array.isArray(records)) return null;
  const counts = new Map<string, number>();
  for (const r of records) {
    const type = isJsonObject(r) && typeof r.type === 'string' ? r.type : '';
    const n = (counts.get(type) ?? 0) + 1;
    counts.set(type, n);
    const max = Object.hasOwn(RECORD_LIMITS, type) ? RECORD_LIMITS[type as keyof typeof RECORD_LIMITS] : null;
    if (max !== null && n > max) {
      const total = records.filter((x) => isJsonObject(x) && x.type === type).length;
      const id = isJsonObject(r) && typeof r.id === 'string' ? r.id : `records[${records.indexOf(r)}]`;
      return violation('case.limits', id, { type, count: total, max });
    }
  }
  return null;
}

function fail(
  code: CaseFileError['code'],
  values: Record<string, string | number> = {},
  details: string[] = [],
): ParseResult {
  return { ok: false, error: fileError(code, values, details) };
}

/**
 * `records[3] (item_abc).start.year`, as shown in the details of an "invalid" error: the path,
 * and the id of the record it is in where the document has one.
 */
export function formatPath(path: readonly PropertyKey[], doc?: unknown): string {
  let out = '';
  let node: unknown = doc;
  for (const [i, seg] of path.entries()) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
    node =
      typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[seg] : undefined;
    if (i === 1 && path[0] === 'records' && typeof node === 'object' && node !== null) {
      const id = (node as { id?: unknown }).id;
      if (typeof id === 'string') out += ` (${id.length > 60 ? `${id.slice(0, 60)}…` : id})`;
    }
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
 * The first rule of the app (shared/rules) the records break, in English, or null. For tests
 * and messages outside the app; the importer itself reports the violation with its rule.
 */
export function consistencyProblem(records: readonly AnyRecord[]): string | null {
  const v = checkCase(records, 1)[0];
  return v ? `${v.rule} · ${v.recordId}: ${describeViolation(LOCALES.en, v)}` : null;
}
