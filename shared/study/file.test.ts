import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCaseState, type AnyRecord } from '../model';
import { analysedCaseRecords, CASE_AIT_BRAHIM, CASE_VEENSTRA } from '../fixtures/analysed';
import { serializeCase } from '../file/caseFile';
import {
  CURRENT_STUDY_FORMAT_VERSION,
  parseScopeSnapshot,
  parseStudyFile,
  planStudyImport,
  serializeScope,
  serializeStudy,
  STUDY_MIGRATIONS,
} from './file';
import { createStudyRecords } from './state';

const MAX = 20 * 1024 * 1024;
const a = analysedCaseRecords({ ...CASE_VEENSTRA, demoLifeline: false });
const b = analysedCaseRecords({ ...CASE_AIT_BRAHIM, demoLifeline: false });
const idOf = (records: readonly AnyRecord[]) => records.find((r) => r.type === 'case')!.id;
const study: AnyRecord[] = [
  ...createStudyRecords(
    { name: 'Onderzoek', caseIds: [idOf(a), idOf(b)] },
    { now: 1, newId: () => 'study_s1' },
  ),
  {
    type: 'element',
    id: 'element_s1',
    caseId: 'study_s1',
    name: 'Luisteren',
    description: '',
    support: [{ caseId: idOf(b), groupId: 'group_ab0' }],
    quotes: [{ caseId: idOf(b), quoteId: 'quote_ab1' }],
    order: 0,
  },
];
const text = serializeStudy(study, [a, b], { appVersion: 'test' });

describe('study file', () => {
  it('round-trips the study with its cases', () => {
    const r = parseStudyFile(text, { maxBytes: MAX });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.records).toEqual(study);
    expect(r.cases.map((c) => c.length)).toEqual([a.length, b.length]);
    expect(buildCaseState(r.cases[1]!).analysis?.groups.map((g) => g.name)).toEqual([
      'Goed luisteren naar de jongere',
      'School actief betrokken',
    ]);
    expect([r.migratedFrom, r.casesMigratedFrom]).toEqual([null, null]);
  });

  it('every study format version has a fixture that still opens, and every step is listed', () => {
    const dir = join(import.meta.dirname, 'fixtures');
    const versions = readdirSync(dir)
      .map((f) => /^study-v(\d+)\.json$/.exec(f)?.[1])
      .filter(Boolean)
      .map(Number)
      .sort();
    expect(versions.at(-1)).toBe(CURRENT_STUDY_FORMAT_VERSION);
    expect(STUDY_MIGRATIONS.map((m) => m.from)).toEqual(versions.slice(0, -1));
    for (const v of versions) {
      const r = parseStudyFile(readFileSync(join(dir, `study-v${v}.json`), 'utf8'), { maxBytes: MAX });
      expect(r.ok, `study-v${v}.json`).toBe(true);
    }
  });

  it('a case inside is checked (and migrated) as a case file on its own', () => {
    const doc = JSON.parse(text) as { cases: Record<string, unknown>[] };
    const v0 = JSON.parse(
      readFileSync(join(import.meta.dirname, '../file/fixtures/case-v0.json'), 'utf8'),
    ) as {
      case: { id: string };
    };
    const withOld = JSON.parse(text) as { records: { caseIds: string[] }[]; cases: unknown[] };
    withOld.cases[0] = v0;
    withOld.records[0]!.caseIds = [v0.case.id, idOf(b)];
    withOld.records[1] = { ...(withOld.records[1] as object), support: [], quotes: [] } as never;
    const migrated = parseStudyFile(JSON.stringify(withOld), { maxBytes: MAX });
    expect(migrated.ok && [migrated.migratedFrom, migrated.casesMigratedFrom]).toEqual([null, 0]);

    doc.cases[1] = { ...doc.cases[1], formatVersion: 99 };
    const tooNew = parseStudyFile(JSON.stringify(doc), { maxBytes: MAX });
    expect(tooNew.ok ? null : [tooNew.error.code, tooNew.error.details[0]]).toEqual([
      'tooNew',
      'cases[1]: file.error.tooNew',
    ]);
  });

  it('refuses a broken, foreign, too new or inconsistent study file with a reason', () => {
    const code = (t: string) => {
      const r = parseStudyFile(t, { maxBytes: MAX });
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code('{')).toBe('notJson');
    expect(code(serializeCase(a, { appVersion: 't' }))).toBe('notACaseFile');
    expect(code(text.replace('"formatVersion": 1', '"formatVersion": 7'))).toBe('tooNew');
    expect(code(text.replace('"name": "Onderzoek"', '"name": ""'))).toBe('invalid');
    const doc = JSON.parse(text) as { cases: unknown[] };
    doc.cases.pop();
    expect(code(JSON.stringify(doc))).toBe('inconsistent');
    expect(code(text)).toBe('ok');
    expect(parseStudyFile(text, { maxBytes: 100 }).ok).toBe(false);
  });

  it('a study snapshot (the safety copy) holds only the study and reads back', () => {
    const snap = serializeScope(study, { appVersion: 't' });
    const r = parseScopeSnapshot(snap, { maxBytes: MAX });
    expect(r.ok && r.records).toEqual(study);
    const c = parseScopeSnapshot(serializeScope(a, { appVersion: 't' }), { maxBytes: MAX });
    expect(c.ok && c.records.length).toBe(a.length);
  });

  it('plans an import: new cases as they are, the same case not again, another version as a copy with references following', () => {
    const parsed = parseStudyFile(text, { maxBytes: MAX });
    if (!parsed.ok) throw new Error('parse');
    let n = 0;
    const changedB = b.map((r) => (r.type === 'case' ? { ...r, title: 'Gezin Aït Brahim (gewijzigd)' } : r));
    const plan = planStudyImport(
      parsed,
      {
        caseRecords: (id) => (id === idOf(a) ? a : id === idOf(b) ? changedB : null),
        studyExists: () => true,
      },
      (p) => `${p}_n${++n}`,
    );
    expect(plan.cases.map((c) => c.action)).toEqual(['same', 'copy']);
    const copyId = idOf(plan.cases[1]!.records);
    expect(copyId).not.toBe(idOf(b));
    const newStudy = plan.study.find((r) => r.type === 'study')!;
    expect(newStudy.id).not.toBe('study_s1');
    expect(newStudy.type === 'study' && newStudy.caseIds).toEqual([idOf(a), copyId]);
    const element = plan.study.find((r) => r.type === 'element')!;
    const copiedGroup = buildCaseState(plan.cases[1]!.records).analysis!.groups[0]!.id;
    expect(element).toMatchObject({
      caseId: newStudy.id,
      support: [{ caseId: copyId, groupId: copiedGroup }],
    });
    expect(
      element.type === 'element' && plan.cases[1]!.records.some((r) => r.id === element.quotes[0]!.quoteId),
    ).toBe(true);
  });
});
