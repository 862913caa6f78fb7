import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, lookup } from '../i18n';
import { parseCaseFile, serializeCase } from '../file';
import { placeholders, sampleRecords, TEST_MAX_BYTES, TEST_NOW } from '../file/testSupport';
import { generateDenseCase } from '../fixtures/generate';
import { createDemoCase } from '../demo';
import type { AnyRecord, ItemRecord } from '../model';
import {
  BREAKERS,
  corpusBase,
  corpusText,
  FIELD_BREAKERS,
  STUDY_BREAKERS,
  studyCorpusBase,
  studyCorpusText,
} from './corpus';
import { parseStudyFile, studyViolations } from '../study/file';
import {
  allRuleIds,
  allStudyRuleIds,
  checkCase,
  checkStudy,
  isCalendarIso,
  newViolations,
  RECORD_LIMITS,
  RECORD_RULES,
  ruleMessageKey,
  type RuleViolation,
} from './index';

const CORPUS = join(import.meta.dirname, 'corpus');
const parse = (text: string) => parseCaseFile(text, { maxBytes: TEST_MAX_BYTES });
const parseStudy = (text: string) => parseStudyFile(text, { maxBytes: 5 * TEST_MAX_BYTES });
const STUDY_EXT = 'levenslijn-onderzoek';

describe('the rule set', () => {
  it('finds nothing wrong in valid cases: the demo, the sample session, a dense case', () => {
    let n = 0;
    expect(checkCase(createDemoCase({ now: TEST_NOW, newId: (p) => `${p}_d${++n}` }))).toEqual([]);
    expect(checkCase(corpusBase())).toEqual([]);
    expect(checkCase(generateDenseCase({ moments: 400, periods: 40, seed: 1, now: TEST_NOW }))).toEqual([]);
  });

  it('knows real calendar days', () => {
    for (const d of ['2024-02-29', '2023-12-31', '1800-01-01', '2200-12-31'])
      expect(isCalendarIso(d), d).toBe(true);
    for (const d of [
      '2023-02-29',
      '2023-02-30',
      '0000-00-00',
      '2023-13-01',
      '2023-04-31',
      '1799-12-31',
      '2023-1-01',
    ])
      expect(isCalendarIso(d), d).toBe(false);
  });

  it('has a message in Dutch and English for every rule and every variant, with its values filled', () => {
    const studyViolation = (b: (typeof STUDY_BREAKERS)[number]) => {
      const r = parseStudy(studyCorpusText(b));
      return (r.ok ? undefined : r.error.rule)!;
    };
    for (const v of [
      ...BREAKERS.map((b) => checkCase(b.break(corpusBase()))[0]!),
      ...STUDY_BREAKERS.map(studyViolation),
    ]) {
      for (const [lang, messages] of Object.entries(LOCALES)) {
        const text = lookup(messages, ruleMessageKey(v));
        expect(typeof text, `${lang} ${ruleMessageKey(v)}`).toBe('string');
        for (const p of placeholders(text as string))
          expect(v.values, `${lang} ${ruleMessageKey(v)} {{${p}}}`).toHaveProperty(p);
      }
    }
  });

  it('lists a limit and a rule list for every record type', () => {
    expect(Object.keys(RECORD_LIMITS).sort()).toEqual(Object.keys(RECORD_RULES).sort());
  });

  it('refuses a case over a limit quickly, before reading every record: 60,000 items', () => {
    const records = generateDenseCase({ moments: 60_000, periods: 0, seed: 2, now: TEST_NOW });
    const text = serializeCase(records, { appVersion: '0.1.0' });
    const r = parseCaseFile(text, { maxBytes: text.length * 4 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.rule).toMatchObject({
      rule: 'case.limits',
      values: { type: 'item', count: 60_000, max: RECORD_LIMITS.item },
    });
  });

  it('accepts a case exactly at the item limit', () => {
    const records = generateDenseCase({
      moments: RECORD_LIMITS.item - 100,
      periods: 100,
      seed: 3,
      now: TEST_NOW,
    });
    expect(records.filter((r) => r.type === 'item')).toHaveLength(RECORD_LIMITS.item);
    expect(parse(serializeCase(records, { appVersion: '0.1.0' })).ok).toBe(true);
  });

  it('newViolations: only what a change breaks, not what the case already broke', () => {
    const base = corpusBase();
    const broken = BREAKERS.find((b) => b.name === 'sticker.budget-50-on-one-card')!.break(base);
    // Renaming an item in an already broken case breaks nothing new.
    const renamed = broken.map((r) => (r.type === 'item' ? ({ ...r, title: 'Anders' } as ItemRecord) : r));
    expect(newViolations(broken, renamed)).toEqual([]);
    // Pointing an item at a lane that does not exist does.
    const item = base.find((r) => r.type === 'item')!;
    const dangling = base.map((r): AnyRecord =>
      r === item ? { ...(r as ItemRecord), laneId: 'lane_weg' } : r,
    );
    expect(newViolations(base, dangling).map((v: RuleViolation) => v.rule)).toEqual(['item.lane']);
  });
});

describe('the corpus of rule-breaking files (shared/rules/corpus)', () => {
  const update = process.env.UPDATE_RULE_CORPUS === '1';
  if (update) mkdirSync(CORPUS, { recursive: true });

  it('has a file for every rule of a case and of a study', () => {
    const covered = new Set([...BREAKERS, ...STUDY_BREAKERS].map((b) => b.rule));
    expect([...allRuleIds(), ...allStudyRuleIds()].filter((id) => !covered.has(id))).toEqual([]);
  });

  it('holds exactly the files the generator makes', () => {
    for (const b of STUDY_BREAKERS) {
      const file = join(CORPUS, `${b.name}.${STUDY_EXT}`);
      const text = studyCorpusText(b);
      if (update) writeFileSync(file, text);
      expect(existsSync(file), `${file} (run UPDATE_RULE_CORPUS=1 npx vitest run shared/rules)`).toBe(true);
      expect(readFileSync(file, 'utf8'), `${b.name} is out of date (UPDATE_RULE_CORPUS=1)`).toBe(text);
    }
    for (const b of FIELD_BREAKERS) {
      const file = join(CORPUS, `${b.name}.levenslijn`);
      const text = serializeCase(b.break(corpusBase()), { appVersion: '0.1.0', now: new Date(TEST_NOW) });
      if (update) writeFileSync(file, text);
      expect(readFileSync(file, 'utf8'), `${b.name} is out of date (UPDATE_RULE_CORPUS=1)`).toBe(text);
    }
    const expected = [
      ...BREAKERS.map((b) => `${b.name}.levenslijn`),
      ...FIELD_BREAKERS.map((b) => `${b.name}.levenslijn`),
      ...STUDY_BREAKERS.map((b) => `${b.name}.${STUDY_EXT}`),
    ].sort();
    for (const b of BREAKERS) {
      const file = join(CORPUS, `${b.name}.levenslijn`);
      const text = corpusText(b);
      if (update) writeFileSync(file, text);
      expect(existsSync(file), `${file} (run UPDATE_RULE_CORPUS=1 npx vitest run shared/rules)`).toBe(true);
      expect(readFileSync(file, 'utf8'), `${b.name} is out of date (UPDATE_RULE_CORPUS=1)`).toBe(text);
    }
    expect(readdirSync(CORPUS).sort()).toEqual(expected);
  });

  for (const b of BREAKERS)
    it(`refuses ${b.name}.levenslijn, naming the rule ${b.rule}${b.problem ? ` (${b.problem})` : ''} and the record`, () => {
      const file = join(CORPUS, `${b.name}.levenslijn`);
      const r = parse(existsSync(file) ? readFileSync(file, 'utf8') : corpusText(b));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('inconsistent');
      expect(r.error.rule?.rule).toBe(b.rule);
      if (b.problem) expect(r.error.rule?.values.problem).toBe(b.problem);
      expect(r.error.values.record).toMatch(/^[a-z]+_\w+/);
      expect(r.error.details[0]).toContain(b.rule);
    });

  for (const b of STUDY_BREAKERS)
    it(`refuses the study file ${b.name}.${STUDY_EXT}, naming the rule ${b.rule}${b.problem ? ` (${b.problem})` : ''} and the record`, () => {
      const file = join(CORPUS, `${b.name}.${STUDY_EXT}`);
      const r = parseStudy(existsSync(file) ? readFileSync(file, 'utf8') : studyCorpusText(b));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('inconsistent');
      expect(r.error.rule?.rule).toBe(b.rule);
      if (b.problem) expect(r.error.rule?.values.problem).toBe(b.problem);
      expect(r.error.values.record).toMatch(/^[a-z]+_\w+/);
      expect(r.error.details[0]).toContain(b.rule);
    });

  for (const b of FIELD_BREAKERS)
    it(`refuses ${b.name}.levenslijn, naming the record and the field ${b.field}`, () => {
      const r = parse(readFileSync(join(CORPUS, `${b.name}.levenslijn`), 'utf8'));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('invalid');
      expect(r.error.details.join('\n')).toMatch(
        new RegExp(`records\\[\\d+\\] \\([a-z]+_\\w+\\)\\.${b.field.replace(/\./g, '\\.')}`),
      );
    });

  it('the study base breaks no rule, and imports with its case', () => {
    const base = studyCorpusBase();
    expect(checkStudy(base.records)).toEqual([]);
    expect(checkCase(base.cases[0]!)).toEqual([]);
    const r = parseStudy(studyCorpusText({ name: 'base', rule: '', break: (p) => p }));
    expect(r.ok).toBe(true);
  });

  it('each study breaker breaks only its own rule', () => {
    for (const b of STUDY_BREAKERS) {
      if (b.file) continue; // a file the app cannot write: checked by the refusal above
      const p = b.break(studyCorpusBase());
      const rules = new Set(studyViolations(p.records, p.cases, false).map((v) => v.rule));
      expect([...rules], b.name).toEqual([b.rule]);
    }
  });

  it('each breaker breaks only its own rule (the base case breaks none)', () => {
    for (const b of BREAKERS) {
      const rules = new Set(checkCase(b.break(corpusBase())).map((v) => v.rule));
      expect([...rules], b.name).toEqual([b.rule]);
    }
  });

  it('the sample records still import (the corpus is built on them)', () => {
    expect(parse(serializeCase(sampleRecords(), { appVersion: '0.1.0' })).ok).toBe(true);
  });
});
