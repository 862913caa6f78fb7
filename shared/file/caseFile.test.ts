import { describe, expect, it } from 'vitest';
import type { AnyRecord, ItemRecord } from '../model';
import {
  CASE_FILE_FORMAT,
  consistencyProblem,
  CURRENT_FORMAT_VERSION,
  formatBytes,
  formatPath,
  MAX_NESTING_DEPTH,
  nestingDepth,
  parseCaseFile,
  serializeCase,
  utf8ByteLength,
  type ParseResult,
} from './index';
import { byId, outcomeProblem, sampleRecords, TEST_MAX_BYTES as MAX } from './testSupport';

const opts = { maxBytes: MAX };
const serialize = (records: readonly AnyRecord[]) =>
  serializeCase(records, { appVersion: '0.1.0', now: new Date('2025-03-01T10:00:00Z') });

function expectError(r: ParseResult, code: string) {
  expect(r.ok, JSON.stringify(r).slice(0, 300)).toBe(false);
  if (!r.ok) {
    expect(r.error.code).toBe(code);
    expect(outcomeProblem(r)).toBeNull();
  }
  return r.ok ? null : r.error;
}

type MutableDoc = { records?: Record<string, unknown>[]; [k: string]: unknown };

function mutated(edit: (doc: MutableDoc & { records: Record<string, unknown>[] }) => void): string {
  const doc = JSON.parse(serialize(sampleRecords()));
  edit(doc);
  return JSON.stringify(doc);
}

describe('serializeCase', () => {
  it('writes the versioned envelope', () => {
    const doc = JSON.parse(serialize(sampleRecords()));
    expect(doc).toMatchObject({
      format: CASE_FILE_FORMAT,
      formatVersion: CURRENT_FORMAT_VERSION,
      exportedAt: '2025-03-01T10:00:00.000Z',
      app: { name: 'Levenslijn', version: '0.1.0' },
    });
    expect(Object.keys(doc)).toEqual(['format', 'formatVersion', 'exportedAt', 'app', 'records']);
  });

  it('is deterministic: case first, then by type, then by id, whatever the input order', () => {
    const records = sampleRecords();
    const shuffled = [...records].reverse();
    const a = serialize(records);
    expect(serialize(shuffled)).toBe(a);
    const out: AnyRecord[] = JSON.parse(a).records;
    expect(out[0]!.type).toBe('case');
    const types = out.slice(1).map((r) => r.type);
    expect(types).toEqual([...types].sort());
    expect(new Set(types).size).toBeGreaterThanOrEqual(9);
    const items = out.filter((r) => r.type === 'item').map((r) => r.id);
    expect(items).toEqual([...items].sort());
    expect(a.endsWith('}\n')).toBe(true);
    expect(a).toContain('\n  "records": [');
  });
});

describe('parseCaseFile', () => {
  it('round-trips a case exactly (serialize → parse is deep-equal)', () => {
    const records = sampleRecords();
    const r = parseCaseFile(serialize(records), opts);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBeNull();
    expect([...r.records].sort(byId)).toEqual([...records].sort(byId));
    // and serializing the result again gives the same text
    expect(serialize(r.records)).toBe(serialize(records));
  });

  it('accepts a byte-order mark', () => {
    expect(parseCaseFile(`\uFEFF${serialize(sampleRecords())}`, opts).ok).toBe(true);
  });

  it('tooLarge: counts UTF-8 bytes, before parsing', () => {
    const e = expectError(parseCaseFile('x'.repeat(101), { maxBytes: 100 }), 'tooLarge');
    expect(e?.values).toEqual({ size: '101 B', max: '100 B' });
    // 60 characters but 120 bytes
    expect(expectError(parseCaseFile('é'.repeat(60), { maxBytes: 100 }), 'tooLarge')?.values.size).toBe(
      '120 B',
    );
    expect(parseCaseFile('é'.repeat(50), { maxBytes: 100 }).ok).toBe(false);
    expect(expectError(parseCaseFile('é'.repeat(50), { maxBytes: 100 }), 'notJson')).not.toBeNull();
    const big = expectError(parseCaseFile('a'.repeat(21 * 1024 * 1024), opts), 'tooLarge');
    expect(big?.values).toEqual({ size: '21.0 MB', max: '20.0 MB' });
  });

  it('tooLarge: a 50 MB string is refused quickly', () => {
    const text = `"${'a'.repeat(50 * 1024 * 1024)}"`;
    const t0 = performance.now();
    expectError(parseCaseFile(text, opts), 'tooLarge');
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('notJson: says where, in Dutch', () => {
    const e = expectError(
      parseCaseFile('{\n  "format": "levenslijn-case",\n  "formatVersion": 1,,\n}', opts),
      'notJson',
    );
    expect(e?.values.where).toMatch(/^ \(regel 3, kolom \d+\)$/);
    expectError(parseCaseFile('{"format": "levenslijn-case", ', opts), 'notJson');
    expectError(parseCaseFile('', opts), 'notJson');
    expectError(parseCaseFile('<html>', opts), 'notJson');
    const where = expectError(parseCaseFile('{"format": "levenslijn-case", ', opts), 'notJson')?.values.where;
    expect(typeof where).toBe('string');
  });

  it('notACaseFile: JSON that is not ours', () => {
    for (const text of [
      '{"hello": "world"}',
      '[1,2,3]',
      'null',
      '42',
      '"levenslijn-case"',
      '{"format": "other", "formatVersion": 1}',
    ]) {
      expectError(parseCaseFile(text, opts), 'notACaseFile');
    }
    for (const v of ['-1', '1.5', '"1"', 'null', 'true', '1e400']) {
      expectError(
        parseCaseFile(`{"format": "levenslijn-case", "formatVersion": ${v}, "records": []}`, opts),
        'notACaseFile',
      );
    }
    expectError(parseCaseFile('{"format": "levenslijn-case", "version": 3}', opts), 'notACaseFile');
  });

  it('tooNew: names the file version and the supported one', () => {
    const e = expectError(
      parseCaseFile(JSON.stringify({ format: CASE_FILE_FORMAT, formatVersion: 7, records: [] }), opts),
      'tooNew',
    );
    expect(e?.values).toEqual({ version: 7, supported: CURRENT_FORMAT_VERSION });
  });

  it('invalid: counts the problems and lists field paths (at most 20)', () => {
    const e = expectError(
      parseCaseFile(
        mutated((doc) => {
          doc.records.find((r) => r.type === 'lane')!.name = 'x'.repeat(500);
        }),
        opts,
      ),
      'invalid',
    );
    expect(e?.values.count).toBe(1);
    const laneIndex = doc0().records.findIndex((r) => r.type === 'lane');
    expect(e?.details).toEqual([
      expect.stringMatching(new RegExp(`^records\\[${laneIndex}\\] \\(lane_\\w+\\)\\.name: Too big`)),
    ]);

    const many = expectError(
      parseCaseFile(
        mutated((doc) => {
          for (const r of doc.records) if (r.type === 'item') r.title = 42;
        }),
        opts,
      ),
      'invalid',
    );
    expect(Number(many?.values.count)).toBeGreaterThan(20);
    expect(many?.details).toHaveLength(20);
    expect(many?.details[0]).toMatch(/^records\[\d+\] \(item_\w+\)\.title: /);

    expectError(
      parseCaseFile(
        mutated((doc) => delete (doc as MutableDoc).records),
        opts,
      ),
      'invalid',
    );
    expectError(
      parseCaseFile(
        mutated((doc) => (doc.records[0]!.type = 'sticker')),
        opts,
      ),
      'invalid',
    );
    expectError(
      parseCaseFile(
        mutated((doc) => (doc.app = 'Levenslijn')),
        opts,
      ),
      'invalid',
    );
  });

  it('invalid: refuses nesting deeper than 64 levels, even 100,000 deep, without a stack overflow', () => {
    const n = 100_000;
    const e = expectError(parseCaseFile('['.repeat(n) + ']'.repeat(n), opts), 'invalid');
    expect(e?.details[0]).toMatch(/64/);
    expectError(parseCaseFile('{"a":'.repeat(n) + '1' + '}'.repeat(n), opts), 'invalid');
    expectError(parseCaseFile('['.repeat(n), opts), 'invalid');
    // brackets inside strings do not count
    const records = sampleRecords().map((r) =>
      r.type === 'item' ? { ...r, description: '[{'.repeat(1000) } : r,
    );
    expect(parseCaseFile(serialize(records), opts).ok).toBe(true);
    expect(nestingDepth('{"a": "[[[\\"[[["}')).toBe(1);
    expect(nestingDepth('[[[]],[[[]]]]')).toBe(4);
    expect(nestingDepth('['.repeat(1000), MAX_NESTING_DEPTH)).toBe(MAX_NESTING_DEPTH + 1);
  });

  it('inconsistent: names the rule of the app the file breaks and the record', () => {
    const broken = (edit: Parameters<typeof mutated>[0]) => {
      const e = expectError(parseCaseFile(mutated(edit), opts), 'inconsistent');
      return e ? `${e.values.rule} ${e.values.record}` : null;
    };
    expect(broken((doc) => (doc.records = doc.records.filter((r) => r.type !== 'case')))).toMatch(
      /^case\.single /,
    );
    expect(
      broken((doc) => {
        doc.records.push({ ...doc.records[0]!, id: 'case_other', caseId: 'case_other' });
      }),
    ).toBe('case.limits case_other');
    expect(broken((doc) => doc.records.push({ ...doc.records[3]! }))).toBe(
      `case.uniqueIds ${String(doc0().records[3]!.id)}`,
    );
    expect(
      broken((doc) => {
        doc.records[2]!.caseId = 'case_elders';
      }),
    ).toBe(`case.belongs ${String(doc0().records[2]!.id)}`);
    expect(
      broken((doc) => {
        const item = doc.records.find((r) => r.type === 'item')!;
        item.laneId = 'lane_y';
      }),
    ).toMatch(/^item\.lane item_\w+$/);
    expect(
      broken((doc) => {
        const item = doc.records.find((r) => r.type === 'item')!;
        item.memberIds = ['member_weg'];
      }),
    ).toMatch(/^item\.members item_\w+$/);
  });

  it('refuses a period that ends before it starts, naming the rule', () => {
    const records = sampleRecords().map((r): AnyRecord =>
      r.type === 'item' && r.shape === 'period'
        ? { ...r, start: { precision: 'year', year: 2025 }, end: { precision: 'year', year: 2004 } }
        : r,
    );
    const e = expectError(parseCaseFile(serialize(records), opts), 'inconsistent');
    expect(e?.rule?.rule).toBe('item.dates');
    expect(e?.rule?.values.problem).toBe('order');
  });

  it('does not let __proto__ keys pollute anything, and returns plain data only', () => {
    const text = mutated((doc) => {
      Object.defineProperty(doc, '__proto__', { value: { polluted: true }, enumerable: true });
      for (const r of doc.records) {
        Object.defineProperty(r, '__proto__', { value: { polluted: true, isAdmin: true }, enumerable: true });
        Object.defineProperty(r, 'constructor', {
          value: { prototype: { polluted: true } },
          enumerable: true,
        });
        r.extra = '<script>alert(1)</script>';
      }
    });
    expect(text).toContain('"__proto__":{"polluted":true');
    const r = parseCaseFile(text, opts);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    if (!r.ok) return;
    for (const rec of r.records) {
      expect(Object.getPrototypeOf(rec)).toBe(Object.prototype);
      expect(Object.hasOwn(rec, '__proto__')).toBe(false);
      expect(Object.hasOwn(rec, 'constructor')).toBe(false);
      expect(Object.hasOwn(rec, 'extra')).toBe(false);
      expect((rec as unknown as Record<string, unknown>).polluted).toBeUndefined();
    }
    expect(JSON.parse(JSON.stringify(r.records))).toEqual(r.records);
  });

  it('keeps HTML and script in text fields as plain text', () => {
    const html = '<img src=x onerror=alert(1)>';
    const script = '<script>alert(1)</script>';
    const records = sampleRecords().map((r): AnyRecord =>
      r.type === 'item' ? { ...r, title: html, description: script } : r,
    );
    const r = parseCaseFile(serialize(records), opts);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const item = r.records.find((x): x is ItemRecord => x.type === 'item')!;
    expect(item.title).toBe(html);
    expect(item.description).toBe(script);
  });

  it('never throws, even when called with a non-string', () => {
    expect(outcomeProblem(parseCaseFile(undefined as unknown as string, opts))).toBeNull();
    expect(outcomeProblem(parseCaseFile({} as unknown as string, opts))).toBeNull();
  });
});

describe('helpers', () => {
  it('formats paths and sizes', () => {
    expect(formatPath(['records', 3, 'title'])).toBe('records[3].title');
    expect(formatPath(['records', 0, 'title'], { records: [{ id: 'item_x' }] })).toBe(
      'records[0] (item_x).title',
    );
    expect(formatPath(['records', 3, 'start', 'year'])).toBe('records[3].start.year');
    expect(formatPath([])).toBe('(bestand)');
    expect(formatBytes(20 * 1024 * 1024)).toBe('20.0 MB');
    expect(formatBytes(1536)).toBe('2 kB');
    expect(formatBytes(12)).toBe('12 B');
  });
  it('counts UTF-8 bytes like TextEncoder', () => {
    for (const s of ['', 'abc', 'é', '€', '👨‍👩‍👧', 'שלום مرحبا', 'e\u0301', '\ud800x', 'x\udc00']) {
      expect(utf8ByteLength(s), s).toBe(new TextEncoder().encode(s).length);
    }
  });
  it('finds no problem in a consistent case', () => {
    expect(consistencyProblem(sampleRecords())).toBeNull();
  });
});

function doc0(): { records: Record<string, unknown>[] } {
  return JSON.parse(serialize(sampleRecords()));
}
