import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anyRecordSchema, buildCaseState, type AnyRecord } from '../model';
import { LOCALES, lookup } from '../i18n';
import { createDemoCase } from '../demo';
import { consistencyProblem, CURRENT_FORMAT_VERSION, parseCaseFile, reassignIds, serializeCase, type ParseResult } from './index';

const MAX = 20 * 1024 * 1024;
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const fixtures = join(import.meta.dirname, 'fixtures');
const fixture = (v: number) => readFileSync(join(fixtures, `case-v${v}.json`), 'utf8');

let seq = 0;
const demo = () => createDemoCase({ now: Date.UTC(2025, 0, 1), newId: (p) => `${p}_x${++seq}` });

function expectError(r: ParseResult, code: string) {
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error.code).toBe(code);
}

describe('case file', () => {
  it('round-trips a case exactly', () => {
    const records = demo();
    const r = parseCaseFile(serializeCase(records, { appVersion: '0.1.0' }), { maxBytes: MAX });
    expect(r.ok).toBe(true);
    if (r.ok) expect([...r.records].sort(byId)).toEqual([...records].sort(byId));
  });

  it('names what is wrong with each kind of bad file', () => {
    expectError(parseCaseFile('x'.repeat(101), { maxBytes: 100 }), 'tooLarge');
    expectError(parseCaseFile('{"format": "levenslijn-case", ', { maxBytes: MAX }), 'notJson');
    expectError(parseCaseFile('{"hello": "world"}', { maxBytes: MAX }), 'notACaseFile');
    expectError(parseCaseFile('[1,2,3]', { maxBytes: MAX }), 'notACaseFile');
    expectError(parseCaseFile(JSON.stringify({ format: 'levenslijn-case', formatVersion: 99, records: [] }), { maxBytes: MAX }), 'tooNew');
    const doc = JSON.parse(serializeCase(demo(), { appVersion: '0.1.0' }));
    doc.records[20].title = 42;
    const invalid = parseCaseFile(JSON.stringify(doc), { maxBytes: MAX });
    expectError(invalid, 'invalid');
    if (!invalid.ok) expect(invalid.error.details[0]).toMatch(/records\.20\.title/);
    const doc2 = JSON.parse(serializeCase(demo(), { appVersion: '0.1.0' }));
    doc2.records = doc2.records.filter((r: AnyRecord) => r.type !== 'lane');
    expectError(parseCaseFile(JSON.stringify(doc2), { maxBytes: MAX }), 'inconsistent');
  });

  it('refuses a 50 MB file and 100,000-deep nesting without crashing', () => {
    expectError(parseCaseFile('"' + 'a'.repeat(50 * 1024 * 1024) + '"', { maxBytes: MAX }), 'tooLarge');
    expectError(parseCaseFile('['.repeat(100_000) + ']'.repeat(100_000), { maxBytes: MAX }), 'invalid');
  });

  it('does not let __proto__ keys pollute objects', () => {
    const text = serializeCase(demo(), { appVersion: '0.1.0' }).replace('"format":', '"__proto__": {"polluted": true}, "format":');
    const r = parseCaseFile(text, { maxBytes: MAX });
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps script and HTML in text fields as plain text', () => {
    const records = demo().map((r) => (r.type === 'item' ? { ...r, title: '<img src=x onerror=alert(1)>', description: '<script>alert(1)</script>' } : r));
    const r = parseCaseFile(serializeCase(records, { appVersion: '0.1.0' }), { maxBytes: MAX });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.records.find((x) => x.type === 'item')).toMatchObject({ title: '<img src=x onerror=alert(1)>' });
  });
});

describe('migrations', () => {
  it('has a fixture for every format version up to the current one', () => {
    const versions = readdirSync(fixtures).map((f) => /^case-v(\d+)\.json$/.exec(f)?.[1]).filter(Boolean).map(Number);
    for (let v = 0; v <= CURRENT_FORMAT_VERSION; v++) expect(versions, `fixtures/case-v${v}.json`).toContain(v);
  });
  it('opens every released version as a valid current case', () => {
    for (let v = 0; v <= CURRENT_FORMAT_VERSION; v++) {
      const r = parseCaseFile(fixture(v), { maxBytes: MAX });
      expect(r.ok, `version ${v}: ${JSON.stringify(!r.ok && r.error)}`).toBe(true);
      if (!r.ok) continue;
      expect(r.migratedFrom).toBe(v === CURRENT_FORMAT_VERSION ? null : v);
      expect(() => buildCaseState(r.records)).not.toThrow();
    }
  });
  it('turns version-0 exact dates and years into dated items', () => {
    const r = parseCaseFile(fixture(0), { maxBytes: MAX });
    if (!r.ok) throw new Error(r.error.code);
    const items = r.records.filter((x) => x.type === 'item');
    expect(items.map((i) => [i.start, i.end])).toEqual([
      [{ precision: 'day', year: 2008, month: 4, day: 2 }, null],
      [{ precision: 'year', year: 2015 }, { precision: 'year', year: 2017 }],
    ]);
  });
});

describe('reassigning ids', () => {
  it('gives every record a new id and keeps all references', () => {
    const records = demo();
    let n = 0;
    const copy = reassignIds(records, (p) => `${p}_new${++n}`);
    expect(consistencyProblem(copy)).toBeNull();
    const oldIds = new Set(records.map((r) => r.id));
    expect(copy.some((r) => oldIds.has(r.id))).toBe(false);
  });
});

describe('fuzzing the importer', () => {
  const valid = serializeCase(demo(), { appVersion: '0.1.0' });
  function checkOutcome(text: string): boolean {
    const r = parseCaseFile(text, { maxBytes: MAX });
    if (r.ok) return r.records.every((x) => anyRecordSchema.safeParse(x).success) && consistencyProblem(r.records) === null;
    return typeof lookup(LOCALES.nl, r.error.messageKey) === 'string' && typeof lookup(LOCALES.en, r.error.messageKey) === 'string';
  }

  it('never throws on arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => checkOutcome(JSON.stringify(v) ?? 'null')), { numRuns: FUZZ_RUNS });
  });
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => checkOutcome(s)), { numRuns: FUZZ_RUNS });
  });
  it('refuses or safely accepts mutated case files', () => {
    const doc = JSON.parse(valid);
    const payloads = fc.oneof(
      fc.constant(null),
      fc.integer(),
      fc.string(),
      fc.constant('<script>alert(1)</script>'),
      fc.constant('\u202Eevil\u202C ‏שלום مرحبا 👨‍👩‍👧 e\u0301'),
      fc.constant('x'.repeat(5000)),
      fc.constant({}),
      fc.constant([]),
    );
    fc.assert(
      fc.property(fc.nat(doc.records.length - 1), fc.string({ maxLength: 20 }), payloads, fc.boolean(), (i, key, payload, drop) => {
        const copy = structuredClone(doc);
        const rec = copy.records[i];
        const keys = Object.keys(rec);
        const k = keys.includes(key) ? key : keys[key.length % keys.length]!;
        if (drop) delete rec[k];
        else rec[k] = payload;
        return checkOutcome(JSON.stringify(copy));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
  it('refuses every version it does not know', () => {
    fc.assert(
      fc.property(fc.integer({ min: CURRENT_FORMAT_VERSION + 1, max: 1e9 }), (v) => {
        const r = parseCaseFile(valid.replace(`"formatVersion": ${CURRENT_FORMAT_VERSION}`, `"formatVersion": ${v}`), { maxBytes: MAX });
        return !r.ok && r.error.code === 'tooNew';
      }),
      { numRuns: Math.min(FUZZ_RUNS, 500) },
    );
  });
});

const byId = (a: AnyRecord, b: AnyRecord) => (a.id < b.id ? -1 : 1);
