import type { AnyRecord } from '../model/records';
import type { Patch } from './patch';
import { completeRecord } from '../file/migrations';

/**
 * The safety journal: every committed change of a case, in commit order, kept outside the
 * browser database next to the case's latest backup (its snapshot). Snapshot + journal is the
 * case as last confirmed, even when the browser engine throws its database away (it deletes an
 * IndexedDB it finds corrupted, e.g. after the disk ran full, and may evict a site's storage
 * when the disk is nearly full).
 *
 * One line per change: `L1 <length> <json>\n`, where length is the json's UTF-16 length, so a
 * line torn by a crash in the middle of an append is recognised and dropped.
 */
export const JOURNAL_LINE_PREFIX = 'L1 ';

export interface JournalEntry {
  readonly at: number;
  readonly put: readonly AnyRecord[];
  readonly remove: readonly string[];
}

export function encodeJournalLine(patch: Patch, at: number): string {
  const json = JSON.stringify({ at, put: patch.put, remove: patch.remove });
  return `${JOURNAL_LINE_PREFIX}${json.length} ${json}\n`;
}

export interface ParsedJournal {
  readonly entries: JournalEntry[];
  /** Lines that were not whole (a torn last append) or not readable; they are skipped. */
  readonly skipped: number;
}

/** Reads a journal; never throws. Unreadable lines are counted and skipped. */
export function parseJournal(text: string): ParsedJournal {
  const entries: JournalEntry[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const entry = parseLine(line);
    if (entry) entries.push(entry);
    else skipped++;
  }
  return { entries, skipped };
}

function parseLine(line: string): JournalEntry | null {
  if (!line.startsWith(JOURNAL_LINE_PREFIX)) return null;
  const space = line.indexOf(' ', JOURNAL_LINE_PREFIX.length);
  if (space < 0) return null;
  const length = Number(line.slice(JOURNAL_LINE_PREFIX.length, space));
  const json = line.slice(space + 1);
  if (!Number.isInteger(length) || json.length !== length) return null;
  try {
    const value: unknown = JSON.parse(json);
    if (!isEntry(value)) return null;
    // A line written before an upgrade holds records without the fields added since.
    return { ...value, put: value.put.map((r) => completeRecord(r) as AnyRecord) };
  } catch {
    return null;
  }
}

function isEntry(v: unknown): v is JournalEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return (
    typeof e.at === 'number' &&
    Array.isArray(e.put) &&
    e.put.every(
      (r) => typeof r === 'object' && r !== null && typeof (r as { id?: unknown }).id === 'string',
    ) &&
    Array.isArray(e.remove) &&
    e.remove.every((id) => typeof id === 'string')
  );
}

/** The records of a snapshot with the journal's changes applied in order. */
export function applyJournal(records: readonly AnyRecord[], entries: readonly JournalEntry[]): AnyRecord[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const e of entries) {
    for (const id of e.remove) byId.delete(id);
    for (const r of e.put) byId.set(r.id, r);
  }
  return [...byId.values()];
}

/**
 * What the journal says the touched records must be now: the last write of each id (a record,
 * or null where it was removed). Compared with the database it shows changes the database lost.
 */
export function journalOutcome(entries: readonly JournalEntry[]): Map<string, AnyRecord | null> {
  const out = new Map<string, AnyRecord | null>();
  for (const e of entries) {
    for (const id of e.remove) out.set(id, null);
    for (const r of e.put) out.set(r.id, r);
  }
  return out;
}
