import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { buildCaseState, type AnyRecord } from '../model';
import { ANALYSED_CASES, analysedCaseRecords } from '../fixtures/analysed';
import { serializeCase } from '../file/caseFile';
import { parseStudyFile, serializeStudy } from '../study/file';
import { buildStudyState, createStudyRecords, type StudyState } from '../study/state';
import { runStudyCommand } from '../commands/registry';
import { applyPatch } from '../store/patch';
import { testContext } from '../testing/context';
import { readQdpx } from '../refi/qdpx';
import { buildCrossCaseDocument } from '../crosscase/document';
import { crossCaseDocx, exportCaseFiles, gatherStudy } from './cases';
import { bundledFont } from '../../scripts/lib/nodeRasterise.mjs';

const records = ANALYSED_CASES.map((spec) => analysedCaseRecords(spec));
const states = records.map((r) => buildCaseState(r));
const files = records.map((r, i) => ({
  name: `${['A', 'B', 'C'][i]}.levenslijn`,
  text: serializeCase(r, { appVersion: 'test' }),
}));
const NOW = Date.UTC(2025, 5, 1);

function studyWithElement(): { study: StudyState; studyRecords: AnyRecord[] } {
  const base = createStudyRecords(
    { name: 'Drie gezinnen, één les', caseIds: states.map((c) => c.case.id) },
    { now: 1, newId: () => 'study_d1' },
  );
  let study = buildStudyState(base, states);
  const out = runStudyCommand(
    study,
    'element.add',
    {
      id: 'element_d1',
      name: 'Eén vast gezicht voor het gezin',
      description: 'Continuïteit van de hulpverlener.',
      support: [
        { caseId: states[0]!.case.id, groupId: 'group_zl0' },
        { caseId: states[1]!.case.id, groupId: 'group_vs0' },
      ],
      quotes: [{ caseId: states[1]!.case.id, quoteId: 'quote_vs1' }],
    },
    testContext(),
  );
  if (!out.ok) throw new Error(out.refusal.reasonKey);
  const studyRecords = [...applyPatch(study.byId, out.patch).values()] as AnyRecord[];
  study = buildStudyState(studyRecords, states);
  return { study, studyRecords };
}

/** The DOCX's headings by level and its tables, as a Word reader sees them (mammoth → HTML). */
async function readDocx(bytes: Uint8Array) {
  const buffer = Buffer.from(bytes);
  const html = (await mammoth.convertToHtml({ buffer })).value;
  const text = (await mammoth.extractRawText({ buffer })).value;
  const strip = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
  const headings = (level: number) =>
    [...html.matchAll(new RegExp(`<h${level}>(.*?)</h${level}>`, 'g'))].map((m) => strip(m[1]!));
  const tables = [...html.matchAll(/<table>(.*?)<\/table>/gs)].map((m) =>
    [...m[1]!.matchAll(/<tr>(.*?)<\/tr>/gs)].map((r) =>
      [...r[1]!.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/gs)].map((c) => strip(c[1]!.replace(/<\/p><p>/g, '\n'))),
    ),
  );
  return { html, text, h1: headings(1), h2: headings(2), tables };
}

describe('cross-case report: one document model for PDF and DOCX', () => {
  const { study } = studyWithElement();
  const doc = buildCrossCaseDocument(study, 'nl', NOW);

  it('holds the cases in brief, the matrices on landscape pages, the elements and the differences', () => {
    expect(doc.sections.map((s) => [s.id, s.landscape])).toEqual([
      ['cases', false],
      ['factorMatrix', true],
      ['codeMatrix', true],
      ['elements', false],
      ['differences', false],
    ]);
    expect(doc.documentTitle).toBe('Overstijgend rapport — Drie gezinnen, één les');
    const matrix = doc.sections[1]!.blocks.find((b) => b.kind === 'table')!;
    if (matrix.kind !== 'table') throw new Error('no matrix');
    expect(matrix.header).toEqual(['Rij', 'Gezin Zeeland', 'Gezin Veenstra', 'Gezin Aït Brahim']);
    // every cell's counts are the matrix's: cards (family/professional) · stickers (family/professional)
    doc.report.factorMatrix.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        const shown = matrix.rows[r]![c + 1]!;
        const x = cell.tally;
        if (x.cards === 0) expect(shown).toBe('—');
        else
          expect(shown.split('\n').at(-1)).toBe(
            `${x.cards} (${x.cardsFamily}/${x.cardsProfessional}) · ${x.votes} (${x.votesFamily}/${x.votesProfessional})`,
          );
      }),
    );
  });

  it('DOCX: real headings per section, case and element; the matrix and the evidence as tables; every case and main factor', async () => {
    const bytes = await crossCaseDocx(study, { now: NOW, font: bundledFont() });
    const docx = await readDocx(bytes);
    expect(docx.h1).toEqual([
      'De casussen in het kort',
      'Matrix: hoofdfactoren × casussen',
      'Matrix: codes × casussen',
      'Overstijgende elementen',
      'Waar gezin en professionals verschilden',
    ]);
    expect(docx.h2).toEqual([
      'Gezin Zeeland',
      'Gezin Veenstra',
      'Gezin Aït Brahim',
      '1. Eén vast gezicht voor het gezin',
      'Vooral door het gezin gedragen',
      'Vooral door professionals gedragen',
    ]);
    for (const c of doc.report.cases) {
      expect(docx.text).toContain(c.success);
      for (const f of [...c.strengths, ...c.improvements]) expect(docx.text, f.name).toContain(f.name);
    }
    // the factor matrix: a header row with the cases, one row per factor row, the same cells as the PDF
    const [matrix, , evidence] = docx.tables;
    const model = doc.sections[1]!.blocks.find((b) => b.kind === 'table')!;
    if (model.kind !== 'table') throw new Error('no matrix');
    expect(matrix![0]).toEqual(model.header);
    expect(matrix!.slice(1)).toEqual(model.rows);
    // the element's evidence per case, family and professionals side by side
    expect(evidence![0]).toEqual([
      'Casus',
      'Onderbouwende hoofdfactoren',
      'Genoemd door het gezin',
      'Genoemd door professionals',
    ]);
    expect(evidence!.map((r) => r[0])).toEqual(['Casus', 'Gezin Zeeland', 'Gezin Veenstra']);
    expect(evidence![1]![2]).toContain('• Dezelfde gezinscoach, vier jaar lang');
    expect(evidence![1]![3]).toContain('• Vaste contactpersoon voor school\n1 sticker');
    expect(docx.text).toContain('“Steeds dezelfde hulpverlener, geen wisselingen”');
    expect(docx.text).toContain('— jongere, Gezin Veenstra');
    expect(docx.text).toContain('Eén vast gezicht (Sterke punten) — Gezin Zeeland');
    // the two matrices are on landscape pages of their own, the rest portrait; the font is embedded
    const xml = readQdpx(bytes).get('word/document.xml')!;
    expect(xml.match(/<w:sectPr\b/g)?.length).toBe(6);
    expect(xml.match(/w:orient="landscape"/g)?.length).toBe(2);
    expect(Buffer.from(bytes).includes(Buffer.from('word/fonts/'))).toBe(true);
  });

  it('DOCX in English for an English study, and a study without elements says so', async () => {
    const records = createStudyRecords(
      { name: 'Two families', caseIds: states.slice(0, 2).map((c) => c.case.id), language: 'en' },
      { now: 1, newId: () => 'study_en' },
    );
    const docx = await readDocx(await crossCaseDocx(buildStudyState(records, states), { now: NOW }));
    expect(docx.h1).toContain('Overarching elements');
    expect(docx.text).toContain('No overarching elements have been described yet.');
  });
});

describe('several case files at once (the command line)', () => {
  it('gathers case files into a study in the order given; refuses the same case twice, a study among cases, a foreign file', () => {
    const g = gatherStudy(files.slice(0, 2), { uiLanguage: 'nl', now: NOW });
    if (!g.ok) throw new Error(g.message);
    expect(g.study.cases.map((c) => c.case.title)).toEqual(['Gezin Zeeland', 'Gezin Veenstra']);
    expect(g.study.study.name).toBe('Vergelijking van 2 casussen');
    const twice = gatherStudy([files[0]!, { ...files[0]!, name: 'kopie.levenslijn' }], {
      uiLanguage: 'nl',
      now: NOW,
    });
    expect(twice).toMatchObject({
      ok: false,
      message: 'kopie.levenslijn: dit is dezelfde casus als A.levenslijn (Gezin Zeeland).',
    });
    // a file breaking a rule of the app is refused naming the rule, as the import says it
    const broken = {
      name: 'stickers.levenslijn',
      text: readFileSync(
        join(import.meta.dirname, '../rules/corpus/sticker.budget-50-on-one-card.levenslijn'),
        'utf8',
      ),
    };
    const rule = gatherStudy([files[0]!, broken], { uiLanguage: 'en', now: NOW });
    expect(rule).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^stickers\.levenslijn: .*50 stickers/),
    });
    expect(rule.ok || rule.message.includes('{{')).toBe(false);
    const foreign = gatherStudy([files[0]!, { name: 'notes.txt', text: 'hello' }], {
      uiLanguage: 'en',
      now: NOW,
    });
    expect(foreign).toMatchObject({ ok: false, message: expect.stringMatching(/^notes\.txt: /) });
    const { studyRecords } = studyWithElement();
    const studyText = serializeStudy(studyRecords, records, { appVersion: 'test' });
    const mixed = gatherStudy([{ name: 'S.levenslijn-onderzoek', text: studyText }, files[0]!], {
      uiLanguage: 'nl',
      now: NOW,
    });
    expect(mixed).toMatchObject({ ok: false, message: expect.stringContaining('S.levenslijn-onderzoek') });
    // a study file alone brings its own name and overarching elements
    const alone = gatherStudy([{ name: 'S', text: studyText }], { uiLanguage: 'nl', now: NOW });
    if (!alone.ok) throw new Error(alone.message);
    expect(alone.study.study.name).toBe('Drie gezinnen, één les');
    expect(alone.study.elements.map((e) => e.name)).toEqual(['Eén vast gezicht voor het gezin']);
  });

  it('XLSX: one sheet, one row per card of every case, the case column first', async () => {
    const r = await exportCaseFiles(files, 'xlsx', { uiLanguage: 'nl', now: NOW, appVersion: 'test' });
    if (!r.ok) throw new Error(r.message);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(r.bytes) as never);
    expect(book.worksheets).toHaveLength(1);
    const rows = (book.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][]).map((row) =>
      row.slice(1),
    );
    expect(rows[0]![0]).toBe('casus');
    expect(rows.length - 1).toBe(states.reduce((n, s) => n + s.cards.length, 0));
    for (const s of states)
      for (const card of s.cards)
        expect(
          rows.some((row) => row[0] === s.case.title && row[2] === card.text),
          `${s.case.title}: ${card.text}`,
        ).toBe(true);
  });

  it('QDPX: a project of every case that validates against Project.xsd', async () => {
    const r = await exportCaseFiles(files, 'qdpx', { uiLanguage: 'nl', now: NOW, appVersion: 'test' });
    if (!r.ok) throw new Error(r.message);
    expect(r.caseCount).toBe(3);
    const zip = readQdpx(r.bytes);
    const qde = zip.get('project.qde')!;
    for (const s of states) expect(qde).toContain(`name="Casus: ${s.case.title}"`);
    const dir = mkdtempSync(join(tmpdir(), 'levenslijn-cases-'));
    writeFileSync(join(dir, 'project.qde'), qde);
    const lint = spawnSync(
      'xmllint',
      [
        '--noout',
        '--schema',
        join(import.meta.dirname, '../refi/fixtures/Project.xsd'),
        join(dir, 'project.qde'),
      ],
      { encoding: 'utf8' },
    );
    if (lint.error)
      throw new Error(`xmllint is needed (apt-get install libxml2-utils): ${lint.error.message}`);
    expect(`${lint.stdout}${lint.stderr}`).toContain('validates');
  });

  it('the study file for the PDF holds every case and reads back as a study', async () => {
    const r = await exportCaseFiles(files.slice(1), 'studyFile', {
      uiLanguage: 'nl',
      now: NOW,
      appVersion: 'test',
    });
    if (!r.ok) throw new Error(r.message);
    const parsed = parseStudyFile(new TextDecoder().decode(r.bytes), { maxBytes: 1e8 });
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(parsed.cases).toHaveLength(2);
  });
});
