import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { serializeCase } from '../../shared/file';
import { publishedCaseRecords } from '../../shared/fixtures/publishedCase';
import { ANALYSED_CASES, analysedCaseRecords } from '../../shared/fixtures/analysed';
import { readQdpx } from '../../shared/refi/qdpx';
import { exportCaseFilesTo, exportCaseFileTo } from './exportFormats.mjs';
import { CASES_FORMATS } from './casesFormats.mjs';

/** The Node entry the command line calls: a case file's text in, the format's bytes out. */
describe('exportCaseFileTo (the command line’s DOCX, XLSX and CSV)', () => {
  const caseText = serializeCase(publishedCaseRecords(), { appVersion: 'test' });
  it('writes a DOCX of the report with the tree images and the bundled font embedded, in plain Node', async () => {
    // run as the command line will: a Node process of its own (not the test runner's loader)
    const dir = mkdtempSync(join(tmpdir(), 'levenslijn-export-'));
    writeFileSync(join(dir, 'case.levenslijn'), caseText);
    const script = `
      import { readFileSync, writeFileSync } from 'node:fs';
      import { exportCaseFileTo } from './scripts/lib/exportFormats.mjs';
      for (const format of ['docx', 'xlsx', 'csv']) {
        const r = await exportCaseFileTo({ caseText: readFileSync(process.argv[1], 'utf8'), format, now: ${Date.UTC(2025, 6, 1)} });
        if (!r.ok) throw new Error(r.message);
        writeFileSync(process.argv[2] + '.' + format, r.bytes);
      }`;
    execFileSync(
      'node',
      ['--input-type=module', '-e', script, join(dir, 'case.levenslijn'), join(dir, 'out')],
      {
        stdio: 'pipe',
      },
    );
    const docx = readFileSync(join(dir, 'out.docx'));
    const text = (await mammoth.extractRawText({ buffer: docx })).value;
    expect(text).toContain('Groepsinterview op 12 juni 2025 in Buurthuis De Kruisstraat, Eindhoven');
    expect(docx.includes(Buffer.from('word/fonts/'))).toBe(true);
    expect(readFileSync(join(dir, 'out.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toContain('casus;lijst;tekst');
  });
  it('writes CSV in the UI language and refuses a foreign file with a message', async () => {
    const en = await exportCaseFileTo({ caseText, format: 'csv', uiLanguage: 'en' });
    expect(en.ok && new TextDecoder().decode(en.bytes).startsWith('case,list,text')).toBe(true);
    const bad = await exportCaseFileTo({ caseText: 'not json', format: 'xlsx' });
    expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('geen geldige JSON') });
    const unknown = await exportCaseFileTo({ caseText, format: 'odt' as never });
    expect(unknown.ok).toBe(false);
  });
});

/** Several case files in one export, as `npm run report -- A.levenslijn B.levenslijn OUT` calls it. */
describe('exportCaseFilesTo (the command line with several cases)', () => {
  it('writes the cross-case DOCX, every case’s cards in one XLSX and one QDPX, in plain Node', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'levenslijn-cases-'));
    const inputs = ANALYSED_CASES.slice(0, 2).map((spec, i) => {
      const file = join(dir, `${i}.levenslijn`);
      writeFileSync(file, serializeCase(analysedCaseRecords(spec), { appVersion: 'test' }));
      return file;
    });
    const script = `
      import { readFileSync, writeFileSync } from 'node:fs';
      import { exportCaseFilesTo } from './scripts/lib/exportFormats.mjs';
      const files = process.argv.slice(1, -1).map((name) => ({ name, text: readFileSync(name, 'utf8') }));
      for (const format of ['docx', 'xlsx', 'qdpx']) {
        const r = await exportCaseFilesTo({ files, format });
        if (!r.ok) throw new Error(r.message);
        writeFileSync(process.argv.at(-1) + '.' + format, r.bytes);
      }`;
    execFileSync('node', ['--input-type=module', '-e', script, ...inputs, join(dir, 'out')], {
      stdio: 'pipe',
    });
    const docx = readFileSync(join(dir, 'out.docx'));
    const html = (await mammoth.convertToHtml({ buffer: docx })).value;
    const h2 = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    expect(h2).toEqual(expect.arrayContaining(['Gezin Zeeland', 'Gezin Veenstra']));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(dir, 'out.xlsx')) as never);
    const titles = new Set(
      (book.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][]).slice(1).map((r) => r[1]),
    );
    expect([...titles]).toEqual(['Gezin Zeeland', 'Gezin Veenstra']);
    const qde = readQdpx(new Uint8Array(readFileSync(join(dir, 'out.qdpx')))).get('project.qde')!;
    expect(qde).toContain('name="Casus: Gezin Veenstra"');
  });

  it('refuses an unknown format and names a refused file', async () => {
    const text = serializeCase(analysedCaseRecords(ANALYSED_CASES[0]), { appVersion: 'test' });
    expect((await exportCaseFilesTo({ files: [{ name: 'a', text }], format: 'pdf' as never })).ok).toBe(
      false,
    );
    const bad = await exportCaseFilesTo({
      files: [
        { name: 'a.levenslijn', text },
        { name: 'b.levenslijn', text: '{}' },
      ],
      format: 'xlsx',
      uiLanguage: 'en',
    });
    expect(bad).toMatchObject({ ok: false, message: expect.stringMatching(/^b\.levenslijn: /) });
  });
});

describe('CASES_FORMATS (the command line’s table for several cases)', () => {
  const files = ANALYSED_CASES.slice(0, 2).map((spec, i) => ({
    name: `${i}.levenslijn`,
    text: serializeCase(analysedCaseRecords(spec), { appVersion: 'test' }),
  }));
  it('renders DOCX, XLSX and QDPX from the files, each a zip of its kind', async () => {
    const entries = { docx: 'word/document.xml', xlsx: 'xl/workbook.xml', qdpx: 'project.qde' } as const;
    for (const [ext, entry] of Object.entries(entries) as [keyof typeof entries, string][]) {
      const bytes = await CASES_FORMATS[ext].render({ files });
      expect(readQdpx(bytes).has(entry), ext).toBe(true);
    }
    // the PDF: rendered by the report view from the study file (e2e/crosscase.spec.ts runs it)
  });
  it('throws a message naming the refused file', async () => {
    await expect(
      CASES_FORMATS.docx.render({ files: [files[0]!, { name: 'kapot.levenslijn', text: '{' }] }),
    ).rejects.toThrow(/^kapot\.levenslijn: /);
  });
});
