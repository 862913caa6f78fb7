/**
 * Property tests for the importer: whatever comes in, the outcome is either valid, consistent
 * records or a CaseFileError with a real message — never a throw. FUZZ_RUNS (default 2000) runs
 * per property; CI sets it so that the properties together run about 10,000 cases.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TEXT_LIMITS } from '../model';
import {
  CASE_FILE_FORMAT,
  CURRENT_FORMAT_VERSION,
  parseCaseFile,
  serializeCase,
  type ParseResult,
} from './index';
import { FUZZ_RUNS, outcomeProblem, sampleRecords, TEST_MAX_BYTES } from './testSupport';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

const parse = (text: string): ParseResult => parseCaseFile(text, { maxBytes: TEST_MAX_BYTES });
const sound = (r: ParseResult): boolean => {
  const problem = outcomeProblem(r);
  if (problem) throw new Error(`${problem}: ${JSON.stringify(r).slice(0, 500)}`);
  return true;
};

const validText = serializeCase(sampleRecords(), {
  appVersion: '0.1.0',
  now: new Date('2025-01-01T00:00:00Z'),
});
const validDoc = JSON.parse(validText) as { [k: string]: Json };

/** Every path (object key or array index) in a JSON value, the root excluded. */
function allPaths(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  const children: [string | number, Json][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  for (const [key, child] of children) {
    out.push([...prefix, key]);
    allPaths(child, [...prefix, key], out);
  }
  return out;
}
const PATHS = allPaths(validDoc);

/** Text fields and their limits (trimmed ones must also stay non-empty). */
const TEXT_FIELDS: Record<string, number> = {
  title: TEXT_LIMITS.title,
  familyDescription: TEXT_LIMITS.description,
  description: TEXT_LIMITS.description,
  name: TEXT_LIMITS.name,
  pseudonym: TEXT_LIMITS.name,
  organisation: 120,
  function: 120,
  explanation: TEXT_LIMITS.description,
  text: TEXT_LIMITS.cardText,
};
const TEXT_PATHS = PATHS.filter((p) => p[0] === 'records' && p.length === 3 && String(p[2]) in TEXT_FIELDS);

function setAt(doc: Json, path: Path, given: Json | undefined): void {
  // A copy: fast-check hands out the same `{}` / `[]` instance to several mutations, and writing
  // one into itself would make the document circular (not JSON at all).
  const value = given === undefined ? undefined : structuredClone(given);
  let node: Json = doc;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, Json>)[key]!;
  const last = path[path.length - 1]!;
  if (Array.isArray(node) && typeof last === 'number') {
    if (value === undefined) node.splice(last, 1);
    else node[last] = value;
  } else {
    const obj = node as Record<string, Json>;
    if (value === undefined) delete obj[last];
    else Object.defineProperty(obj, last, { value, enumerable: true, writable: true, configurable: true });
  }
}

const HTML_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<img src="x" onerror="alert(document.cookie)">',
  '"><svg onload=alert(1)>',
  "javascript:alert('x')",
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '<a href="javascript:alert(1)">klik</a>',
  '&lt;b&gt; &amp; &#60;script&#62;',
  '\u202Eevil\u202C ‏שלום مرحبا 👨‍👩‍👧 e\u0301',
  '__proto__',
  'constructor',
];

const payload: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined), // drop the field / element
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.integer({ min: -2, max: 5 }),
  fc.double(),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(...HTML_PAYLOADS),
  fc.nat({ max: 5000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom('case_s001', 'lane_s002', 'member_s009', 'item_s020', 'participant_s901', 'sticker_1'),
  fc.constantFrom('case', 'lane', 'item', 'member', 'participant', 'period', 'moment', 'day', 'segments'),
  fc.constant<Json>({}),
  fc.constant<Json>([]),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

describe('fuzzing the importer', { timeout: 300_000 }, () => {
  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => sound(parse(JSON.stringify(v) ?? 'null'))),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('never throws on arbitrary content inside a case-file envelope (any version, incl. 0)', () => {
    const anyRecord = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.record(
        {
          type: fc.constantFrom('case', 'lane', 'item', 'member', 'participant', 'x'),
          id: fc.constantFrom('case_a', 'lane_a', 'item_a', 'member_a', 'participant_a', 'a'),
          caseId: fc.constantFrom('case_a', 'case_b'),
          laneId: fc.constantFrom('lane_a', 'lane_b'),
          memberIds: fc.array(fc.constantFrom('member_a', 'member_b')),
          title: fc.string(),
          start: fc.jsonValue({ maxDepth: 2 }),
        },
        { requiredKeys: [] },
      ),
    );
    const envelope = fc.record(
      {
        format: fc.constantFrom(CASE_FILE_FORMAT, 'other'),
        formatVersion: fc.oneof(fc.integer({ min: -1, max: 3 }), fc.double(), fc.string()),
        version: fc.oneof(fc.constant(0), fc.integer()),
        exportedAt: fc.string(),
        app: fc.jsonValue({ maxDepth: 2 }),
        records: fc.array(anyRecord, { maxLength: 8 }),
        case: anyRecord,
        lanes: fc.array(anyRecord, { maxLength: 3 }),
        items: fc.array(anyRecord, { maxLength: 3 }),
        members: fc.array(anyRecord, { maxLength: 3 }),
      },
      { requiredKeys: ['format'] },
    );
    fc.assert(
      fc.property(envelope, (doc) => sound(parse(JSON.stringify(doc)))),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('refuses or safely accepts mutated case files (dropped fields, wrong types, huge strings, HTML)', () => {
    const mutation = fc.tuple(fc.nat(PATHS.length - 1), payload);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const doc = structuredClone(validDoc);
        for (const [i, value] of mutations) {
          try {
            setAt(doc, PATHS[i]!, value);
          } catch {
            // path vanished through an earlier mutation; skip
          }
        }
        return sound(parse(JSON.stringify(doc)));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('accepts HTML/script payloads in every text field as plain text when within limits', () => {
    const text = fc.oneof(
      fc.constantFrom(...HTML_PAYLOADS),
      fc.string({ maxLength: 250 }).map((s) => `<b onclick="x()">${s}</b>`),
      fc.string({ maxLength: 40 }).map((s) => `<script>${s}</script>`),
    );
    fc.assert(
      fc.property(fc.nat(TEXT_PATHS.length - 1), text, (i, value) => {
        const path = TEXT_PATHS[i]!;
        const doc = structuredClone(validDoc);
        setAt(doc, path, value);
        const r = parse(JSON.stringify(doc));
        sound(r);
        const limit = TEXT_FIELDS[String(path[2])]!;
        if (value.length > limit) return !r.ok && r.error.code === 'invalid';
        if (!r.ok) return false;
        const id = (validDoc.records as { id: string }[])[path[1] as number]!.id;
        const rec = r.records.find((x) => x.id === id) as unknown as Record<string, unknown>;
        return rec[path[2] as string] === value;
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('refuses every version number it does not know, and opens the current one', () => {
    const version = fc.oneof(
      fc.integer({ min: CURRENT_FORMAT_VERSION + 1, max: Number.MAX_SAFE_INTEGER }),
      fc.integer({ min: -1e9, max: -1 }),
      fc.double({ noNaN: true }),
      fc.constant(CURRENT_FORMAT_VERSION),
    );
    fc.assert(
      fc.property(version, (v) => {
        const r = parse(
          validText.replace(
            `"formatVersion": ${CURRENT_FORMAT_VERSION}`,
            `"formatVersion": ${JSON.stringify(v)}`,
          ),
        );
        sound(r);
        if (v === CURRENT_FORMAT_VERSION) return r.ok;
        // an older known version: the current-format body is not what that migration expects
        if (Number.isSafeInteger(v) && v >= 0 && v < CURRENT_FORMAT_VERSION)
          return !r.ok && r.error.code === 'invalid';
        if (Number.isSafeInteger(v) && v > CURRENT_FORMAT_VERSION)
          return !r.ok && r.error.code === 'tooNew' && r.error.values.version === v;
        return !r.ok && r.error.code === 'notACaseFile';
      }),
      { numRuns: Math.ceil(FUZZ_RUNS / 4) },
    );
  });

  it('never throws on damaged text (truncated, spliced)', () => {
    fc.assert(
      fc.property(
        fc.nat(validText.length),
        fc.nat(validText.length),
        fc.string({ maxLength: 5 }),
        (a, b, insert) => {
          const [from, to] = a <= b ? [a, b] : [b, a];
          sound(parse(validText.slice(0, from)));
          return sound(parse(validText.slice(0, from) + insert + validText.slice(to)));
        },
      ),
      { numRuns: Math.ceil(FUZZ_RUNS / 4) },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (s) => sound(parse(s))),
      { numRuns: Math.ceil(FUZZ_RUNS / 4) },
    );
  });

  it('has a sound base file', () => {
    expect(parse(validText).ok).toBe(true);
    expect(new Set(TEXT_PATHS.map((p) => p[2]))).toEqual(new Set(Object.keys(TEXT_FIELDS)));
  });
});
