import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import Papa from 'papaparse';
import { publishedCase } from '../fixtures/publishedCase';
import { buildCaseState } from '../model';
import { createDemoCase } from '../demo';
import { serializeCase } from '../file';
import { exportCase, exportCaseFile } from './index';
import { commandStep } from '../testing/commandStep';
import { testContext } from '../testing/context';
// The Node rasteriser the command line uses (resvg with the bundled font).
import { bundledFont, rasterise } from '../../scripts/lib/nodeRasterise.mjs';

const state = publishedCase();
const cards = state.cards;

describe('DOCX', () => {
  it('has the chapters as real headings, every card, the quotes by role, the trees and the lifeline pages as images', async () => {
    const bytes = await exportCase(state, 'docx', {
      uiLanguage: 'nl',
      rasterise,
      font: bundledFont(),
      now: 0,
    });
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    const buffer = Buffer.from(bytes);
    const html = (await mammoth.convertToHtml({ buffer })).value;
    const h1 = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1]);
    expect(h1).toEqual(
      expect.arrayContaining([
        'Samenvatting',
        'Methode',
        'Het verhaal van het gezin',
        'Resultaten',
        'Beperkingen',
      ]),
    );
    expect(h1).toContain('Bijlage D. Alle kaartjes met codes en stickers');
    const h2 = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]);
    expect(h2).toContain('1. Eén gezin, één plan');
    const text = (await mammoth.extractRawText({ buffer })).value;
    for (const c of cards) expect(text, c.text).toContain(c.text);
    expect(text).toContain('— vader');
    expect(text).toContain('Jeugdbescherming Gelderland');
    expect(html).toMatch(/<table>/);
    // two trees, the lifeline's overview and its ten tiled pages (each under its own heading)
    expect((html.match(/<img /g) ?? []).length).toBe(2 + 1 + 10);
    expect(h2).toContain('De hele levenslijn (10 meter) in één overzicht');
    expect(h2).toContain('Levenslijn, deel 10 van 10');
  });
});

describe('XLSX', () => {
  it('has every card with its case title, stickers split by perspective and main factors; Dutch headers', async () => {
    const bytes = await exportCase(state, 'xlsx', { uiLanguage: 'nl' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as never);
    const sheet = book.getWorksheet('Kaartjes')!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const header = rows[0]!.slice(1);
    expect(header).toEqual([
      'casus',
      'lijst',
      'tekst',
      'stickers',
      'stickers gezin',
      'stickers professionals',
      'hoofdfactoren',
      'codes',
      'citaat',
      'genoemd door',
      'perspectief',
      'datum markering',
      'baan',
    ]);
    const body = rows.slice(1).map((r) => r.slice(1));
    expect(body).toHaveLength(cards.length);
    const row = body.find((r) => r[2] === 'Iemand op school die naar mij luisterde')!;
    expect(row).toEqual([
      'Gezin Vermeer',
      'Sterke punten',
      'Iemand op school die naar mij luisterde',
      3,
      2,
      1,
      'Goed luisteren naar ieder gezinslid; School doet actief mee',
      '',
      'nee',
      'jongere (Lotte)',
      'gezin',
      '1 november 2020',
      '',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
  it('speaks English in the English UI', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await exportCase(state, 'xlsx', { uiLanguage: 'en' })) as never);
    const sheet = book.getWorksheet('Cards')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['case', 'list', 'text']);
    expect(sheet.getRow(2).getCell(2).value).toMatch(/^(Strengths|Improvement points)$/);
  });
});

describe('CSV', () => {
  it('parsed with ";" gives the columns; Dutch values; a formula-looking text stays text', async () => {
    const bytes = await exportCase(state, 'csv', { uiLanguage: 'nl' });
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(text.slice(1).trimEnd(), { delimiter: ';' });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toHaveLength(13);
    expect(rows).toHaveLength(cards.length);
    for (const r of rows) expect(r).toHaveLength(13);
    expect(rows.map((r) => r[2]).sort()).toEqual(cards.map((c) => c.text).sort());
    expect(new Set(rows.map((r) => r[10]))).toEqual(new Set(['gezin', 'professional']));
    expect(new Set(rows.map((r) => r[8]))).toEqual(new Set(['nee']));
    const en = new TextDecoder().decode(await exportCase(state, 'csv', { uiLanguage: 'en' }));
    expect(Papa.parse<string[]>(en.trimEnd(), { delimiter: ',' }).data[0]![0]).toBe('case');
    const withFormula = commandStep(testContext(Date.UTC(2025, 6, 1)))(state, 'card.add', {
      list: 'strengths',
      text: '=HYPERLINK("x";"y")',
    });
    const f = new TextDecoder().decode(await exportCase(withFormula, 'csv', { uiLanguage: 'nl' }));
    const last = Papa.parse<string[]>(f.trimEnd(), { delimiter: ';' }).data.at(-1)!;
    expect(last[2]).toBe(`'=HYPERLINK("x";"y")`);
  });
});

describe('from a case file (the command line)', () => {
  it('exports a case file and refuses a broken one with the app’s message', async () => {
    let n = 0;
    const demo = createDemoCase({ now: Date.UTC(2025, 0, 1), newId: (p) => `${p}_d${++n}` });
    const ok = await exportCaseFile(serializeCase(demo, { appVersion: 't' }), 'csv', { uiLanguage: 'nl' });
    expect(ok.ok).toBe(true);
    const bad = await exportCaseFile('{"format":"levenslijn-case","formatVersion":99}', 'xlsx', {
      uiLanguage: 'nl',
    });
    expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('nieuwere versie') });
    expect(buildCaseState(demo).cards).toHaveLength(0);
  });
});
