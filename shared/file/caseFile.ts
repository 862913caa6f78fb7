import { z } from 'zod';
import { anyRecordSchema, type AnyRecord } from '../model/records';
import { CASE_FILE_FORMAT, CURRENT_FORMAT_VERSION, fileError, formatBytes, type CaseFileError } from './format';
import { MIGRATIONS } from './migrations';

export const MAX_NESTING_DEPTH = 64;

export type ParseResult =
  | { readonly ok: true; readonly records: AnyRecord[]; readonly migratedFrom: number | null }
  | { readonly ok: false; readonly error: CaseFileError };

const TYPE_ORDER: Record<AnyRecord['type'], number> = { case: 0, lane: 1, member: 2, participant: 3, item: 4 };

/** The case file text for a case's records: deterministic order, pretty-printed. */
export function serializeCase(records: readonly AnyRecord[], opts: { appVersion: string; now?: Date }): string {
  const sorted = [...records].sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return `${JSON.stringify(
    {
      format: CASE_FILE_FORMAT,
      formatVersion: CURRENT_FORMAT_VERSION,
      exportedAt: (opts.now ?? new Date()).toISOString(),
      app: { name: 'Levenslijn', version: opts.appVersion },
      records: sorted,
    },
    null,
    2,
  )}\n`;
}

const envelopeSchema = z.object({
  format: z.literal(CASE_FILE_FORMAT),
  formatVersion: z.number().int().min(0),
});

const fileSchema = z.object({
  format: z.literal(CASE_FILE_FORMAT),
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  exportedAt: z.string().max(64),
  app: z.object({ name: z.string().max(100), version: z.string().max(50) }),
  records: z.array(anyRecordSchema).max(200_000),
});

/**
 * Reads a case file: size, JSON, nesting depth, format, version (migrating older ones), schema
 * and consistency. Never throws; every failure is a CaseFileError naming what is wrong.
 */
export function parseCaseFile(text: string, opts: { maxBytes: number }): ParseResult {
  try {
    return parseUnsafe(text, opts);
  } catch (err) {
    return { ok: false, error: fileError('invalid', { count: 1 }, [String((err as Error)?.message ?? err).slice(0, 200)]) };
  }
}

function parseUnsafe(text: string, opts: { maxBytes: number }): ParseResult {
  // Length in UTF-16 units is at most the UTF-8 byte length; check cheaply first, then exactly.
  const bytes = text.length > opts.maxBytes ? text.length : new TextEncoder().encode(text).length;
  if (bytes > opts.maxBytes) return fail(fileError('tooLarge', { size: formatBytes(bytes), max: formatBytes(opts.maxBytes) }));
  if (nestingDepth(text) > MAX_NESTING_DEPTH) return fail(fileError('invalid', { count: 1 }, [`nesting deeper than ${MAX_NESTING_DEPTH} levels`]));
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return fail(fileError('notJson', { where: jsonErrorWhere(text, err) }));
  }
  const envelope = envelopeSchema.safeParse(doc);
  if (!envelope.success) {
    // Version 0 used `version` instead of `formatVersion`.
    const legacy = z.object({ format: z.literal(CASE_FILE_FORMAT), version: z.literal(0) }).safeParse(doc);
    if (!legacy.success) return fail(fileError('notACaseFile'));
    doc = { ...(doc as object), formatVersion: 0 };
  }
  let version = (doc as { formatVersion: number }).formatVersion;
  if (version > CURRENT_FORMAT_VERSION) return fail(fileError('tooNew', { version, supported: CURRENT_FORMAT_VERSION }));
  const migratedFrom = version < CURRENT_FORMAT_VERSION ? version : null;
  while (version < CURRENT_FORMAT_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return fail(fileError('invalid', { count: 1 }, [`no migration from format version ${version}`]));
    doc = step(doc as Record<string, unknown>);
    version += 1;
  }
  const parsed = fileSchema.safeParse(doc);
  if (!parsed.success) {
    const details = parsed.error.issues.slice(0, 20).map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
    return fail(fileError('invalid', { count: parsed.error.issues.length }, details));
  }
  const problem = consistencyProblem(parsed.data.records);
  if (problem) return fail(fileError('inconsistent', { problem }));
  return { ok: true, records: parsed.data.records, migratedFrom };
}

const fail = (error: CaseFileError): ParseResult => ({ ok: false, error });

/** Deepest bracket nesting outside strings; iterative, so a million '[' cannot overflow the stack. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 93 || c === 125) depth--;
  }
  return max;
}

function jsonErrorWhere(text: string, err: unknown): string {
  const m = /position (\d+)/.exec(String((err as Error)?.message ?? ''));
  if (!m) return '';
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const col = pos - before.lastIndexOf('\n');
  return ` (regel ${line}, kolom ${col})`;
}

/** What does not add up between the records of a file, or null. (Dutch, shown in the message.) */
export function consistencyProblem(records: readonly AnyRecord[]): string | null {
  const cases = records.filter((r) => r.type === 'case');
  if (cases.length === 0) return 'geen casus in het bestand';
  if (cases.length > 1) return 'meer dan één casus in het bestand';
  const caseId = cases[0]!.id;
  const ids = new Set<string>();
  const lanes = new Set<string>();
  const members = new Set<string>();
  for (const r of records) {
    if (ids.has(r.id)) return `dubbele id ${r.id}`;
    ids.add(r.id);
    if (r.caseId !== caseId) return `${r.id} hoort bij een andere casus`;
    if (r.type === 'lane') lanes.add(r.id);
    if (r.type === 'member') members.add(r.id);
  }
  if (lanes.size === 0) return 'geen enkele baan';
  for (const r of records) {
    if (r.type !== 'item') continue;
    if (!lanes.has(r.laneId)) return `${r.id} verwijst naar onbekende baan ${r.laneId}`;
    for (const m of r.memberIds) if (!members.has(m)) return `${r.id} verwijst naar onbekend gezinslid ${m}`;
  }
  return null;
}
