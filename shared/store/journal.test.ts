import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sampleRecords } from '../file/testSupport';
import type { AnyRecord } from '../model/records';
import { applyJournal, encodeJournalLine, journalOutcome, parseJournal } from './journal';

const records = sampleRecords();
const item = records.find((r) => r.type === 'item')!;

describe('safety journal', () => {
  it('round-trips changes in order', () => {
    const a = { ...item, title: 'Eerste' } as AnyRecord;
    const b = { ...item, title: 'Tweede — 👩‍👧 שָׁלוֹם' } as AnyRecord;
    const text =
      encodeJournalLine({ put: [a], remove: [] }, 1) +
      encodeJournalLine({ put: [b], remove: [] }, 2) +
      encodeJournalLine({ put: [], remove: ['x'] }, 3);
    const parsed = parseJournal(text);
    expect(parsed.skipped).toBe(0);
    expect(parsed.entries.map((e) => e.at)).toEqual([1, 2, 3]);
    const applied = applyJournal(records, parsed.entries);
    expect(applied.find((r) => r.id === item.id)).toEqual(b);
    expect(applied).toHaveLength(records.length);
  });

  it('skips a line torn at any point by a crash, and keeps every whole line before it', () => {
    const lines = [0, 1, 2].map((n) =>
      encodeJournalLine({ put: [{ ...item, title: `T${n}` } as AnyRecord], remove: [] }, n),
    );
    const whole = lines[0]! + lines[1]!;
    for (let cut = 1; cut < lines[2]!.length - 1; cut++) {
      const parsed = parseJournal(whole + lines[2]!.slice(0, cut));
      expect(parsed.entries.map((e) => e.at)).toEqual([0, 1]);
      expect(parsed.skipped).toBe(1);
    }
  });

  it('never throws on arbitrary text and never returns a malformed entry', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const parsed = parseJournal(text);
        for (const e of parsed.entries) expect(Array.isArray(e.put) && Array.isArray(e.remove)).toBe(true);
      }),
    );
    expect(parseJournal('L1 5 {"at"\nL1 2 {}\nrubbish\n').entries).toEqual([]);
  });

  it('journalOutcome gives the last write per id; a removal after a put wins', () => {
    const entries = parseJournal(
      encodeJournalLine({ put: [item], remove: [] }, 1) +
        encodeJournalLine({ put: [], remove: [item.id] }, 2) +
        encodeJournalLine({ put: [records[0]!], remove: [] }, 3),
    ).entries;
    const out = journalOutcome(entries);
    expect(out.get(item.id)).toBeNull();
    expect(out.get(records[0]!.id)).toEqual(records[0]);
  });
});
