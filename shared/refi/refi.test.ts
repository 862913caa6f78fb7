import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildCaseState, type CaseState } from '../model';
import { ANALYSED_CASES, analysedCaseRecords } from '../fixtures/analysed';
import { buildStudyState, createStudyRecords } from '../study/state';
import { runStudyCommand } from '../commands/registry';
import { applyPatch } from '../store/patch';
import { testContext } from '../testing/context';
import { BUILT_IN_CODEBOOKS, flattenCodes } from '../analysis/codebooks';
import { buildRefiProject, codePointSlice } from './project';
import { qdpxBytes, readQdpx } from './qdpx';
import { builtInQdaCodes, codebookQdc, importedLabels, ownQdaCodes, parseQdc } from './codebook';
import { childNamed, childrenNamed, parseXml, type XmlElement } from './xml';
import { guidOf } from './guid';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'levenslijn-refi-'));

/** Validates an XML text against a schema with xmllint (libxml2-utils); returns its report. */
function xmllint(xml: string, schema: 'Project.xsd' | 'Codebook.xsd'): { ok: boolean; out: string } {
  const file = join(tmp, `doc-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--schema', join(FIXTURES, schema), file], { encoding: 'utf8' });
  if (r.error)
    throw new Error(`xmllint is needed (Debian: apt-get install libxml2-utils): ${r.error.message}`);
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

const cases = ANALYSED_CASES.map((s) => buildCaseState(analysedCaseRecords(s)));

function studyWithElement() {
  let study = buildStudyState(
    createStudyRecords(
      { name: 'Integrale hulp', caseIds: cases.map((c) => c.case.id) },
      { now: 1, newId: () => 'study_r1' },
    ),
    cases,
  );
  const out = runStudyCommand(
    study,
    'element.add',
    {
      id: 'element_r1',
      name: 'Ouders zijn de belangrijkste partner',
      description: 'Ouders beslissen mee.',
      support: [
        { caseId: cases[0]!.case.id, groupId: 'group_zl1' },
        { caseId: cases[1]!.case.id, groupId: 'group_vs1' },
      ],
    },
    testContext(),
  );
  if (!out.ok) throw new Error(out.refusal.reasonKey);
  study = buildStudyState([...applyPatch(study.byId, out.patch).values()], cases);
  return study;
}

function selectionsOf(root: XmlElement) {
  const sources = childrenNamed(childNamed(root, 'Sources')!, 'TextSource');
  return sources.flatMap((s) => childrenNamed(s, 'PlainTextSelection').map((sel) => ({ source: s, sel })));
}

describe('REFI-QDA project export', () => {
  const study = studyWithElement();
  const project = buildRefiProject({
    name: 'Integrale hulp',
    cases,
    study,
    lang: 'nl',
    now: Date.UTC(2025, 3, 1),
    appVersion: '0.1.0',
  });

  it('project.qde of a study validates against Project.xsd', () => {
    const r = xmllint(project.qde, 'Project.xsd');
    expect(r.out).toContain('validates');
    expect(r.ok).toBe(true);
  });

  it('project.qde of one case, of a case without analysis and of an empty case validates too', () => {
    const empty = buildCaseState(
      analysedCaseRecords({
        ...ANALYSED_CASES[2],
        tag: 'em',
        factors: [{ list: 'strengths', name: 'x', cards: [['y', null, [], []]] }],
      }),
    );
    for (const c of [cases[0]!, empty]) {
      const p = buildRefiProject({ name: c.case.title, cases: [c], lang: 'en', now: 0, appVersion: '0.1.0' });
      const r = xmllint(p.qde, 'Project.xsd');
      expect(r.out).toContain('validates');
    }
  });

  it('a project that lacks a required attribute fails the schema (the check can fail)', () => {
    const broken = project.qde.replace(/ isCodable="(true|false)"/, '');
    expect(xmllint(broken, 'Project.xsd').ok).toBe(false);
  });

  it('every card is a coded selection whose characters are exactly the card text', () => {
    const zip = readQdpx(qdpxBytes(project));
    expect(zip.get('project.qde')).toBe(project.qde);
    const xml = parseXml(project.qde);
    if (!xml.ok) throw new Error(xml.message);
    const allCards = cases.flatMap((c) => c.cards);
    const cardGuids = new Set(allCards.map((c) => guidOf(`selection:${c.id}`)));
    const selections = selectionsOf(xml.root).filter(({ sel }) => cardGuids.has(sel.attrs.guid!));
    expect(selections).toHaveLength(allCards.length);
    for (const { source, sel } of selections) {
      const path = source.attrs.plainTextPath!;
      expect(path).toMatch(/^internal:\/\/[0-9A-F-]{36}\.txt$/);
      const text = zip.get(`sources/${path.slice('internal://'.length)}`);
      expect(text, path).toBeDefined();
      const start = Number(sel.attrs.startPosition);
      const end = Number(sel.attrs.endPosition);
      const card = allCards.find((c) => guidOf(`selection:${c.id}`) === sel.attrs.guid)!;
      expect(codePointSlice(text!, start, end)).toBe(card.text);
      expect(childrenNamed(sel, 'Coding').length).toBeGreaterThanOrEqual(2);
    }
  });

  it('every quote is text of its case’s quotes source and a selection coded as quote, with its main factors and its card’s codes', () => {
    const xml = parseXml(project.qde);
    if (!xml.ok) throw new Error(xml.message);
    const files = new Map(project.sources.map((s) => [`internal://${s.file}`, s.text]));
    const quotes = cases.flatMap((c) => c.quotes.map((q) => ({ state: c, q })));
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    const selections = selectionsOf(xml.root);
    for (const { state, q } of quotes) {
      const found = selections.find(({ sel }) => sel.attrs.guid === guidOf(`selection:${q.id}`));
      expect(found, q.text).toBeDefined();
      const { source, sel } = found!;
      expect(source.attrs.name).toBe(`${state.case.title} — citaten`);
      const text = files.get(source.attrs.plainTextPath!)!;
      expect(codePointSlice(text, Number(sel.attrs.startPosition), Number(sel.attrs.endPosition))).toBe(
        q.text,
      );
      const codes = childrenNamed(sel, 'Coding').map((c) => childNamed(c, 'CodeRef')!.attrs.targetGUID);
      expect(codes).toContain(guidOf('code:quote'));
      for (const g of q.groupIds) expect(codes).toContain(guidOf(`code:factor:${state.case.id}/${g}`));
      const cardCodes = q.cardId ? (state.analysis?.codes[q.cardId] ?? []) : [];
      expect(codes.length).toBe(1 + q.groupIds.length + new Set(cardCodes).size);
      // who said it is written beside the words, by display role
      if (q.participantId) {
        const p = state.participants.find((x) => x.id === q.participantId)!;
        expect(text).toContain(`${q.text}\n(${p.pseudonym} (`);
      }
    }
  });

  it('offsets count Unicode code points: emoji, combining marks and RTL text before a card', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0),
          { minLength: 1, maxLength: 5 },
        ),
        (texts) => {
          const spec = {
            ...ANALYSED_CASES[2],
            tag: 'uc',
            demoLifeline: false,
            factors: [
              {
                list: 'strengths' as const,
                name: 'F',
                cards: texts.map((t) => [`👩‍👧 ${t} שָׁלוֹם`, 'y', [], ['jongeren.2']] as const),
              },
            ],
          };
          let state: CaseState;
          try {
            state = buildCaseState(analysedCaseRecords(spec));
          } catch {
            return true; // a text the app itself refuses
          }
          const p = buildRefiProject({ name: 'x', cases: [state], lang: 'nl', now: 0, appVersion: '0' });
          const xml = parseXml(p.qde);
          if (!xml.ok) return false;
          const files = new Map(p.sources.map((s) => [`internal://${s.file}`, s.text]));
          return selectionsOf(xml.root).every(({ source, sel }) => {
            const card = state.cards.find((c) => guidOf(`selection:${c.id}`) === sel.attrs.guid)!;
            return (
              codePointSlice(
                files.get(source.attrs.plainTextPath!)!,
                Number(sel.attrs.startPosition),
                Number(sel.attrs.endPosition),
              ) === card.text
            );
          });
        },
      ),
      { numRuns: 25 },
    );
  });

  it('holds the codebook, participants as cases with variables, main factors as codes and elements as sets', () => {
    const xml = parseXml(project.qde);
    if (!xml.ok) throw new Error(xml.message);
    const root = xml.root;
    const top = childrenNamed(childNamed(childNamed(root, 'CodeBook')!, 'Codes')!, 'Code').map(
      (c) => c.attrs.name,
    );
    expect(top).toEqual([
      ...BUILT_IN_CODEBOOKS.map((b) => b.nl),
      'Eigen codes',
      'Lijsten',
      'Citaat',
      'Hoofdfactoren',
    ]);
    const casesXml = childrenNamed(childNamed(root, 'Cases')!, 'Case');
    const ilse = casesXml.find((c) => c.attrs.name === 'Ilse van den Berg-Scholten (Gezin Zeeland)')!;
    const values = childrenNamed(ilse, 'VariableValue').map((v) => childNamed(v, 'TextValue')?.text);
    expect(values).toEqual(['ouder', 'gezin', '', '', 'Gezin Zeeland']);
    const variables = childrenNamed(childNamed(root, 'Variables')!, 'Variable').map((v) => v.attrs.name);
    expect(variables.slice(0, 3)).toEqual(['Rol (zoals in het rapport)', 'Perspectief', 'Functie']);
    // what she named (cards) and what she said (quotes)
    const zeeland = cases[0]!;
    const ilseId = zeeland.participants.find((p) => p.pseudonym === 'Ilse van den Berg-Scholten')!.id;
    const said =
      zeeland.cards.filter((c) => c.participantId === ilseId).length +
      zeeland.quotes.filter((q) => q.participantId === ilseId).length;
    expect(said).toBeGreaterThan(0);
    expect(childrenNamed(ilse, 'SelectionRef').length).toBe(said);
    const sets = childrenNamed(childNamed(root, 'Sets')!, 'Set');
    const element = sets.find((s) => s.attrs.name?.startsWith('Overstijgend element'))!;
    expect(childrenNamed(element, 'MemberCode')).toHaveLength(2);
  });
});

describe('REFI-QDA codebooks (.qdc)', () => {
  it('the built-in codebooks and own codes export as a valid .qdc and read back the same', () => {
    const own = ownQdaCodes(
      [{ id: 'custom.warme-overdracht', nl: 'Warme overdracht', en: 'Warm handover' }],
      'nl',
    )!;
    const qdc = codebookQdc([...builtInQdaCodes('nl'), own], 'Levenslijn 0.1.0');
    const r = xmllint(qdc, 'Codebook.xsd');
    expect(r.out).toContain('validates');
    const back = parseQdc(qdc);
    if (!back.ok) throw new Error(back.message);
    expect(back.codes.map((c) => c.name)).toEqual([...BUILT_IN_CODEBOOKS.map((b) => b.nl), 'Eigen codes']);
    const count = (list: readonly { children: readonly unknown[] }[]): number =>
      list.reduce((n, c) => n + 1 + count(c.children as never), 0);
    expect(count(back.codes)).toBe(
      BUILT_IN_CODEBOOKS.reduce((n, b) => n + 1 + flattenCodes(b.codes).length, 0) + 2,
    );
    const twelve = back.codes.find((c) => c.name.startsWith('Twaalf'))!;
    expect(twelve.children).toHaveLength(15);
    expect(twelve.children[6]!.children.map((c) => c.name)).toContain('Vaste contactpersoon');
  });
  it('reads a codebook as ATLAS.ti writes it, and a hand-made one, as own-code labels', () => {
    const atlas = parseQdc(readFileSync(join(FIXTURES, 'atlas-style.qdc'), 'utf8'));
    if (!atlas.ok) throw new Error(atlas.message);
    expect(atlas.origin).toBe('ATLAS.ti Win 23.4.0');
    expect(importedLabels(atlas.codes)).toEqual([
      'Vertrouwen',
      'Vertrouwen › Afspraken nakomen',
      'Vertrouwen › Eerlijk zijn over zorgen',
      'Bereikbaarheid',
    ]);
    expect(atlas.codes[1]!.description).toBe("Ook 's avonds & in het weekend");
    const plain = parseQdc(readFileSync(join(FIXTURES, 'plain.qdc'), 'utf8'));
    expect(plain.ok && importedLabels(plain.codes)).toEqual([
      'Cliënt <aan> het roer',
      'Cliënt <aan> het roer › Eigen plan',
    ]);
  });
  it('refuses what is not a codebook with a message, never throwing', () => {
    for (const bad of [
      '',
      'hallo',
      '<a><b></a>',
      '<Project xmlns="urn:other"/>',
      '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>',
      '{"format":"levenslijn-case"}',
    ])
      expect(parseQdc(bad).ok).toBe(false);
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => typeof parseQdc(s).ok === 'boolean'));
  });
});
