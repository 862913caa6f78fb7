import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { test, expect } from './support/fixtures';
import { sessionCase } from './support/sessionCase';
import {
  BUNDLED_FONT,
  importRecords,
  normalise,
  pdfFonts,
  pdfPages,
  printReport,
  renderPages,
} from './support/reportPdf';
import { generateDenseCase } from '../shared/fixtures/generate';
import { addDenseSession } from '../shared/fixtures/session';
import { publishedCase, publishedCaseRecords } from '../shared/fixtures/publishedCase';
import { perspectiveOf, type AnyRecord } from '../shared/model';
import { displayRoleOf } from '../shared/report/people';

const SHOTS = process.env.SCREENSHOTS_DIR ?? 'test-results/screens';
const BUNDLED = BUNDLED_FONT;

for (const language of ['nl', 'en'] as const) {
  test(`the report of a case like a published case study (${language}): roles, functions, story, tree on one page, only the bundled font`, async ({
    app,
    page,
  }, testInfo) => {
    void app;
    test.setTimeout(120_000);
    const state = publishedCase({ language });
    const caseId = await importRecords(page, publishedCaseRecords({ language }));
    const file = testInfo.outputPath(`published-${language}.pdf`);
    await printReport(page, caseId, file);
    execFileSync('qpdf', ['--check', file]);
    const pages = pdfPages(file);
    const text = pages.join(' ');

    // Every professional's function and organisation; the session's date in words.
    for (const p of state.participants.filter((x) => perspectiveOf(x.role) === 'professional'))
      for (const v of [p.function, p.organisation]) expect(text, v).toContain(v);
    expect(text).toContain(language === 'nl' ? '12 juni 2025' : '12 June 2025');
    expect(text).not.toMatch(/\b(19|20)\d\d-\d\d-\d\d\b/);
    // Quotes labelled by display role, their typed quotation marks not doubled.
    for (const q of state.quotes) {
      const who = displayRoleOf(
        state.participants.find((p) => p.id === q.participantId)!,
        language,
      );
      expect(text, `${q.text} — ${who}`).toMatch(new RegExp(`” — ${who}`));
    }
    expect(text).not.toMatch(/““|””|“"|"”/);
    // At least 80 % of the item descriptions reach the report (here: all).
    const described = state.items.filter((i) => i.description.trim());
    const found = described.filter((i) => text.includes(normalise(i.description)));
    expect(found.length / described.length).toBeGreaterThanOrEqual(0.8);
    expect(found.map((i) => i.id)).toEqual(described.map((i) => i.id));
    // All main success factors on one page (the findings tree), never split.
    const mainFactors = state.analysis!.groups.filter((g) => g.list === 'strengths').map((g) => g.name);
    const treePages = pages.filter(
      (p) =>
        mainFactors.every((n) => p.includes(n)) && p.includes(state.analysis!.successStatement.slice(0, 30)),
    );
    expect(treePages.length, 'a page with the success and all main factors').toBeGreaterThanOrEqual(1);
    // Plurals by i18next.
    expect(text).not.toMatch(/\b1 stickers\b/);
    // Only the bundled font is embedded.
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.name, f.line).toMatch(BUNDLED);
      expect(f.line).toMatch(/\byes\s+yes\s+yes\b/);
    }
    const n = renderPages(file, SHOTS, `published-${language}`);
    console.log(`published case (${language}): ${n} pages`);
    expect(n).toBeGreaterThan(20);
    expect(n).toBeLessThan(45);
  });
}

test('the demo session’s report: every card, marker and pseudonym, professionals by function and organisation, only the bundled font', async ({
  app,
  page,
}, testInfo) => {
  void app;
  const caseId = await sessionCase(page);
  const file = testInfo.outputPath('report.pdf');
  await printReport(page, caseId, file);
  execFileSync('qpdf', ['--check', file]);
  const text = pdfPages(file).join(' ');
  for (const expected of [
    'Gezin Zeeland (voorbeeld)',
    'Ilse',
    'Sam',
    'Gezinscoach Anouk',
    'Gezinscoach',
    'Wijkteam',
    'Eén vast gezicht',
    'Luisteren naar Sam zelf',
    'Elf maanden wachten op diagnostiek',
    'Ambulante begeleiding',
    'Wachtlijst GGZ',
    'Samenwonen (gecorrigeerd)',
    'Goede hulp',
    'Geen goede hulp',
    'Verbeterpunten',
    'Het verhaal van het gezin',
  ]) {
    expect(text, expected).toContain(expected);
  }
  for (const f of pdfFonts(file)) expect(f.name, f.line).toMatch(BUNDLED);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  // The window title never names the case (browsers keep titles in their history); the PDF
  // writers (desktop, web server, command line) take the title from the report's meta tag.
  expect(info).toMatch(/Title:\s+Levenslijn\n/);
  expect(await page.title()).toBe('Levenslijn');
  expect(await page.locator('meta[name="levenslijn:pdf-title"]').getAttribute('content')).toBe(
    'Levenslijn-rapport – Gezin Zeeland (voorbeeld)',
  );
  renderPages(file, SHOTS, 'demo');
});

test('the report of a dense session (400 moments, 60 markers, 150 cards, 600 stickers) holds every card, marker, pseudonym, function and organisation', async ({
  app,
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  void app;
  const now = Date.UTC(2025, 0, 1);
  const records: AnyRecord[] = addDenseSession(
    generateDenseCase({ moments: 400, periods: 40, seed: 1, now, idTag: 's' }),
    { participants: 16, markers: 60, cards: 150, stickers: 600, seed: 3, now },
  );
  const caseId = await importRecords(page, records);
  const file = testInfo.outputPath('dense-report.pdf');
  await printReport(page, caseId, file);
  execFileSync('qpdf', ['--check', file]);
  const pages = pdfPages(file);
  const text = pages.join(' ');
  const missing: string[] = [];
  for (const r of records) {
    if (r.type === 'card' && !text.includes(normalise(r.text))) missing.push(`card ${r.id}: ${r.text}`);
    if (r.type === 'marker' && r.title && !text.includes(normalise(r.title)))
      missing.push(`marker ${r.id}: ${r.title}`);
    if (r.type === 'participant') {
      for (const v of [r.pseudonym, r.function, r.organisation])
        if (v && !text.includes(v)) missing.push(`participant ${v}`);
    }
  }
  expect(missing).toEqual([]);
  // Item descriptions: at least 80 % in the family's story.
  const described = records.filter((r) => r.type === 'item' && r.description.trim()) as Extract<
    AnyRecord,
    { type: 'item' }
  >[];
  const found = described.filter((i) => text.includes(normalise(i.description)));
  expect(found.length / Math.max(1, described.length)).toBeGreaterThanOrEqual(0.8);
  // The drafted main factors (no groups yet: the five most-voted cards) share one page.
  const treePage = pages.find((p) => p.includes('Figuur 1'));
  expect(treePage).toBeDefined();
  // The fixture's awkward texts (emoji, other scripts) need system fonts the app does not bundle:
  // those are embedded too (emoji as Type 3 glyph procedures).
  for (const f of pdfFonts(file))
    expect(f.line, f.line).toMatch(/^\S+\s+(CID TrueType|TrueType|Type 3|Type 1C|CID Type 0C)\s+\S+\s+yes\b/);
  const n = renderPages(file, `${SHOTS}/dense`, 'dense');
  console.log(`dense report: ${n} pages`);
  expect(n).toBeGreaterThan(15);
  expect(n).toBeLessThan(140);
});

test('a researcher switches a section off and rewrites another; it is stored, printed and undoable; DOCX, XLSX and CSV come from the report', async ({
  app,
  page,
}, testInfo) => {
  void app;
  test.setTimeout(120_000);
  const state = publishedCase();
  const caseId = await importRecords(page, publishedCaseRecords());
  await page.goto(`./#/report/${caseId}`);
  await page.waitForSelector('body[data-report-ready="true"]');
  // switch "Beperkingen" off, rewrite "Aanleiding en onderzoeksvragen"
  // the box shows what is stored: click, then wait for the section to be off
  await page
    .locator('[data-section="limitations"]')
    .getByRole('checkbox', { name: 'Opnemen in het rapport' })
    .click();
  await expect(page.locator('.section-off[data-section="limitations"]')).toBeVisible();
  await page.getByRole('button', { name: 'Tekst bewerken: Aanleiding en onderzoeksvragen' }).click();
  const editor = page.getByRole('dialog');
  await editor.getByRole('textbox').fill('Eigen aanleiding van de onderzoekers.\n\n## Vragen\n- Wat werkte?');
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('.section-heading[data-section="reason"] .edited')).toBeVisible();
  await page.reload();
  await page.waitForSelector('body[data-report-ready="true"]');
  await expect(page.locator('.section-off[data-section="limitations"]')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/report-screen.png` });
  const file = testInfo.outputPath('edited.pdf');
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const text = pdfPages(file).join(' ');
  expect(text).toContain('Eigen aanleiding van de onderzoekers.');
  expect(text).not.toContain('Dit rapport beschrijft één gezin.');
  expect(text).not.toContain('Opnemen in het rapport');

  // Undo (in the analysis view) brings the generated text back.
  await page.goto(`./#/analysis/${caseId}`);
  await page
    .getByRole('button', { name: /^Ongedaan maken/ })
    .first()
    .click();
  await page.goto(`./#/report/${caseId}`);
  await page.waitForSelector('body[data-report-ready="true"]');
  await expect(page.locator('.section-heading[data-section="reason"] .edited')).toHaveCount(0);

  // DOCX: chapters as headings, every card.
  const docxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Word (DOCX)' }).click();
  const docx = readFileSync(await (await docxDownload).path());
  const html = (await mammoth.convertToHtml({ buffer: docx })).value;
  const h1 = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1]);
  expect(h1).toEqual(
    expect.arrayContaining(['Samenvatting', 'Methode', 'Het verhaal van het gezin', 'Resultaten']),
  );
  expect(h1).not.toContain('Beperkingen');
  const raw = (await mammoth.extractRawText({ buffer: docx })).value;
  for (const c of state.cards) expect(raw, c.text).toContain(c.text);
  // the two trees and the lifeline pages (overview and ten tiles) as images, the browser's canvas drawing them
  expect((html.match(/<img /g) ?? []).length).toBe(2 + 1 + 10);
  const docxFile = testInfo.outputPath('report.docx');
  execFileSync('cp', [await (await docxDownload).path(), docxFile]);
  // LibreOffice opens it cleanly: convert to PDF and look at the pages.
  execFileSync(
    'libreoffice',
    ['--headless', '--convert-to', 'pdf', '--outdir', testInfo.outputPath('lo'), docxFile],
    {
      timeout: 120_000,
      stdio: 'pipe',
    },
  );
  const loPdf = testInfo.outputPath('lo/report.pdf');
  execFileSync('qpdf', ['--check', loPdf]);
  expect(pdfPages(loPdf).join(' ')).toContain('Groepsinterview op 12 juni 2025');
  renderPages(loPdf, `${SHOTS}/docx`, 'docx');

  // XLSX: every card with its case title and main factors.
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Kaartjes als Excel (XLSX)' }).click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(await (await xlsxDownload).path()) as never);
  const rows = (book.getWorksheet('Kaartjes')!.getSheetValues().filter(Boolean) as unknown[][]).map((r) =>
    r.slice(1),
  );
  expect(rows.slice(1)).toHaveLength(state.cards.length);
  for (const c of state.cards) {
    const row = rows.find((r) => r[2] === c.text)!;
    expect(row[0]).toBe('Gezin Vermeer');
    const groups = state.analysis!.groups.filter((g) => g.cardIds.includes(c.id)).map((g) => g.name);
    expect(row[6] ?? '').toBe(groups.join('; '));
  }

  // CSV with ';', Dutch values.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Kaartjes als CSV' }).click();
  const csv = readFileSync(await (await csvDownload).path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(csv.slice(1).trimEnd(), { delimiter: ';' });
  expect(parsed.data[0]).toEqual([
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
  expect(
    parsed.data
      .slice(1)
      .map((r) => r[2])
      .sort(),
  ).toEqual(state.cards.map((c) => c.text).sort());
  expect(new Set(parsed.data.slice(1).map((r) => r[1]))).toEqual(
    new Set(['Sterke punten', 'Verbeterpunten']),
  );

  // The tree alone, for slides.
  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Boom als SVG' }).click();
  const svg = readFileSync(await (await svgDownload).path(), 'utf8');
  expect(svg).toMatch(/^<svg /);
  expect(svg).toContain('@font-face');
  for (const g of state.analysis!.groups.filter((x) => x.list === 'strengths'))
    expect(svg).toContain(g.name.split(' ')[0]);
  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Boom als PNG' }).click();
  const png = readFileSync(await (await pngDownload).path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBeGreaterThan(2000);
  execFileSync('cp', [await (await pngDownload).path(), `${SHOTS}/tree-export.png`]);
});

test('the A3 option prints A3 pages and the tree still on one page', async ({ app, page }, testInfo) => {
  void app;
  const caseId = await importRecords(page, publishedCaseRecords());
  await page.goto(`./#/analysis/${caseId}`);
  await page.getByLabel('Papierformaat').selectOption('A3');
  await expect(page.getByLabel('Papierformaat')).toHaveValue('A3');
  const pdf = testInfo.outputPath('a3.pdf');
  await printReport(page, caseId, pdf);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '40', pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts \(A3\)/g)].map(
    (m): [number, number] => [Number(m[1]), Number(m[2])],
  );
  expect(sizes.length).toBeGreaterThan(10);
  expect(sizes[0]![0]).toBeLessThan(sizes[0]![1]);
  expect(sizes.some(([w, h]) => w > h)).toBe(true);
  const state = publishedCase();
  const names = state.analysis!.groups.filter((g) => g.list === 'strengths').map((g) => g.name);
  expect(pdfPages(pdf).some((p) => names.every((n) => p.includes(n)))).toBe(true);
  renderPages(pdf, SHOTS, 'a3');
});
