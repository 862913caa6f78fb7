import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures';
import { sessionCase } from './support/sessionCase';
import { serializeCase } from '../shared/file';
import { generateDenseCase } from '../shared/fixtures/generate';
import { addDenseSession } from '../shared/fixtures/session';

test('the PDF report holds every card, marker and pseudonym, embeds its fonts and passes qpdf', async ({
  app,
  page,
}, testInfo) => {
  void app;
  const caseId = await sessionCase(page);
  await page.goto(`./#/report/${caseId}`);
  await page.waitForSelector('body[data-report-ready="true"]');
  await page.evaluate(() => document.fonts.ready);
  const file = testInfo.outputPath('report.pdf');
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  if (process.env.SCREENSHOTS_DIR) execFileSync('cp', [file, `${process.env.SCREENSHOTS_DIR}/report.pdf`]);

  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const expected of [
    'Gezin Zeeland (voorbeeld)',
    'Ilse',
    'Sam',
    'Gezinscoach Anouk',
    'Eén vast gezicht',
    'Luisteren naar Sam zelf',
    'Elf maanden wachten op diagnostiek',
    'Ambulante begeleiding',
    'Wachtlijst GGZ',
    'Samenwonen (gecorrigeerd)',
    'Goede hulp',
    'Geen goede hulp',
    'Verbeterpunten',
  ]) {
    expect(text, expected).toContain(expected);
  }
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  expect(fonts.length).toBeGreaterThan(0);
  for (const line of fonts) expect(line, line).toMatch(/\byes\s+yes\s+yes\b/);
  execFileSync('qpdf', ['--check', file]);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  // The window title never names the case (browsers keep titles in their history); the PDF
  // writers (desktop, web server, command line) take the title from the report's meta tag.
  expect(info).toMatch(/Title:\s+Levenslijn\n/);
  expect(await page.title()).toBe('Levenslijn');
  expect(await page.locator('meta[name="levenslijn:pdf-title"]').getAttribute('content')).toBe(
    'Levenslijn-rapport – Gezin Zeeland (voorbeeld)',
  );
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  // cover, overview, 10 one-metre tiles, help, priorities, appendix (+ overflow pages)
  expect(pages).toBeGreaterThanOrEqual(15);
  expect(pages).toBeLessThanOrEqual(22);
});

test('the cards export as CSV that round-trips', async ({ app, page }) => {
  void app;
  const caseId = await sessionCase(page);
  await page.goto(`./#/report/${caseId}`);
  await page.waitForSelector('body[data-report-ready="true"]');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Kaartjes als CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = csv
    .slice(1)
    .trim()
    .split('\r\n')
    .map((r) => r.split(','));
  expect(rows[0]).toEqual(['lijst', 'tekst', 'stickers', 'genoemd door', 'perspectief', 'codes']);
  expect(
    rows
      .slice(1)
      .map((r) => [r[1], r[2]])
      .sort(),
  ).toEqual(
    [
      ['Elf maanden wachten op diagnostiek', '1'],
      ['Eén vast gezicht', '2'],
      ['Luisteren naar Sam zelf', '1'],
    ].sort(),
  );
});

test('the report of a dense session (400 moments, 60 markers, 150 cards, 600 stickers) holds every card, marker and pseudonym', async ({
  app,
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const now = Date.UTC(2025, 0, 1);
  const records = addDenseSession(
    generateDenseCase({ moments: 400, periods: 40, seed: 1, now, idTag: 's' }),
    { participants: 16, markers: 60, cards: 150, stickers: 600, seed: 3, now },
  );
  await app.openLibrary(); // the app has started (and installed its test API)
  const imported = await page.evaluate(
    (text) => window.__levenslijn!.importCaseText(text),
    serializeCase(records, { appVersion: 'e2e' }),
  );
  expect(imported.kind).toBe('imported');
  const caseId = (imported as { caseId: string }).caseId;
  await page.goto(`./#/report/${caseId}`);
  await page.waitForSelector('body[data-report-ready="true"]');
  await page.evaluate(() => document.fonts.ready);
  const file = testInfo.outputPath('dense-report.pdf');
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  execFileSync('qpdf', ['--check', file]);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const missing: string[] = [];
  for (const r of records) {
    if (r.type === 'card' && !text.includes(r.text.replace(/\s+/g, ' ')))
      missing.push(`card ${r.id}: ${r.text}`);
    if (r.type === 'marker' && r.title && !text.includes(r.title.replace(/\s+/g, ' ')))
      missing.push(`marker ${r.id}: ${r.title}`);
    if (r.type === 'participant' && !text.includes(r.pseudonym)) missing.push(`participant ${r.pseudonym}`);
  }
  expect(missing).toEqual([]);
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  // The fixture's awkward texts (emoji, other scripts) fall back to system fonts: embedded too
  // (emoji as Type 3 glyph procedures, which are always embedded).
  for (const line of fonts)
    expect(line, line).toMatch(/^\S+\s+(CID TrueType|TrueType|Type 3|Type 1C|CID Type 0C)\s+\S+\s+yes\b/);
  // Printed at full scale: Chromium shrinks the whole PDF when anything overflows a page, so the
  // 16 pt heading of the first lifeline page must still be about 20 pt high.
  const heading =
    /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Levenslijn,<\/word>/.exec(
      execFileSync('pdftotext', ['-bbox', '-f', '3', '-l', '3', file, '-'], { encoding: 'utf8' }),
    );
  expect(Number(heading![2]) - Number(heading![1])).toBeGreaterThan(18);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  console.log(`dense report: ${pages} pages`);
  expect(pages).toBeGreaterThan(15);
  expect(pages).toBeLessThan(80);
});
