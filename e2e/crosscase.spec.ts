import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { serializeCase } from '../shared/file';
import {
  analysedCaseRecords,
  CASE_AIT_BRAHIM,
  CASE_VEENSTRA,
  CASE_ZEELAND,
} from '../shared/fixtures/analysed';
import { readQdpx } from '../shared/refi/qdpx';
import { seriousViolations } from './support/axe';

/**
 * Studies and the cross-case synthesis, with analysed cases (participants of both perspectives,
 * main factors, codes, quotes) imported through the app's own importer.
 */
const SHOTS = process.env.SCREENSHOTS_DIR;
const SPECS = [CASE_ZEELAND, CASE_VEENSTRA, CASE_AIT_BRAHIM];

async function importCases(page: Page, count: number): Promise<string[]> {
  await page.goto('./#/');
  await page.waitForFunction(() => !!window.__levenslijn);
  const ids: string[] = [];
  for (const spec of SPECS.slice(0, count)) {
    const text = serializeCase(analysedCaseRecords(spec), { appVersion: 'e2e' });
    const r = await page.evaluate((t) => window.__levenslijn!.importCaseText(t), text);
    if (r.kind !== 'imported') throw new Error(r.message);
    ids.push(r.caseId);
  }
  return ids;
}

/** What the database holds: per case, the grouped cards and the stickers on them. */
async function groupedTotals(page: Page, caseIds: string[]) {
  return page.evaluate(async (ids) => {
    const db = window.__levenslijn!.services.db;
    const out: { cards: number; votes: number; byGroup: Record<string, string[]> }[] = [];
    for (const id of ids) {
      const records = await db.records.where('caseId').equals(id).toArray();
      const analysis = records.find((r) => r.type === 'analysis');
      const grouped = new Set(
        analysis && analysis.type === 'analysis' ? analysis.groups.flatMap((g) => g.cardIds) : [],
      );
      const texts: Record<string, string> = {};
      for (const r of records) if (r.type === 'card') texts[r.id] = r.text;
      const byGroup: Record<string, string[]> = {};
      if (analysis?.type === 'analysis')
        for (const g of analysis.groups) byGroup[g.name] = g.cardIds.map((c) => texts[c]!);
      const votes = records.filter((r) => r.type === 'sticker' && grouped.has(r.cardId)).length;
      out.push({ cards: grouped.size, votes, byGroup });
    }
    return out;
  }, caseIds);
}

test('two cases in a study: the matrix cell counts match the cards, a cell opens its cards, elements are commands with undo', async ({
  app,
  page,
}) => {
  void app;
  const ids = await importCases(page, 2);
  await page.goto('./#/');
  // A new study from the library, with both cases.
  await page.getByRole('button', { name: 'Nieuw onderzoek' }).click();
  await page.getByLabel('Naam van het onderzoek').fill('Integrale hulp in twee gezinnen');
  await page.getByRole('checkbox', { name: 'Gezin Zeeland' }).check();
  await page.getByRole('checkbox', { name: 'Gezin Veenstra' }).check();
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.waitForURL(/#\/study\/study_/);
  const studyId = decodeURIComponent(/#\/study\/([^/?#]+)/.exec(page.url())![1]!);
  const rows = page.locator('table.study-cases tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Gezin Zeeland');
  // Lifeline ready, session held (a date), analysis done; no report made yet.
  await expect(rows.nth(0).locator('td').nth(0)).toContainText('✓');
  await expect(rows.nth(0).locator('td').nth(1)).toContainText(/✓ 1 mrt\.? 2025/);
  await expect(rows.nth(0).locator('td').nth(2)).toContainText('✓ ja');
  await expect(rows.nth(0).locator('td').nth(3)).toContainText('– nee');
  expect(await seriousViolations(page)).toEqual([]);
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/study-1920.png` });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: `${SHOTS}/study-1366.png` });
    await page.setViewportSize({ width: 1920, height: 1080 });
  }

  await page.getByRole('button', { name: 'Synthese' }).click();
  await page.waitForURL(/#\/synthesis\//);
  const matrix = page.getByRole('table', { name: 'Hoofdfactoren × casussen' });
  await expect(matrix).toBeVisible();
  // Per case column: the cells' cards and stickers add up to the case's grouped cards and their stickers.
  const db = await groupedTotals(page, ids);
  for (const [col, expected] of db.entries()) {
    const cells = matrix.locator(`tbody tr td:nth-child(${col + 2}) .matrix-cell`);
    const cards = await cells.evaluateAll((els) =>
      els.reduce((n, e) => n + Number((e as HTMLElement).dataset.cards), 0),
    );
    const votes = await cells.evaluateAll((els) =>
      els.reduce((n, e) => n + Number((e as HTMLElement).dataset.votes), 0),
    );
    expect([cards, votes]).toEqual([expected.cards, expected.votes]);
  }
  // One cell: "Eén vast gezicht" in Gezin Zeeland shares its row with "Vaste gezichten" of Gezin Veenstra.
  const cell = page.getByRole('button', {
    name: /^Eén vast gezicht in Gezin Zeeland: 3 kaartjes .* 6 stickers /,
  });
  await cell.click();
  const panel = page.locator('.cell-panel');
  await expect(panel.locator('.card-text')).toHaveText(db[0]!.byGroup['Eén vast gezicht']!);
  await expect(panel).toContainText('Ilse van den Berg-Scholten · ouder · gezin');
  await expect(panel.locator('blockquote')).toContainText('Dezelfde gezinscoach, vier jaar lang');
  expect(await seriousViolations(page)).toEqual([]);
  await expect(
    page.getByRole('button', {
      name: /^Eén vast gezicht in Gezin Veenstra: (Vaste gezichten )?2 kaartjes .* 3 stickers /,
    }),
  ).toBeVisible();
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/synthesis-1920.png` });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: `${SHOTS}/synthesis-1366.png` });
    await page.setViewportSize({ width: 1920, height: 1080 });
  }

  // A suggestion taken as element; its matrix row counts the supporting factors' cards.
  const suggestion = page.locator('.suggestion').filter({ hasText: 'Ouders zijn de belangrijkste partner' });
  await suggestion.getByRole('button', { name: 'Overnemen als element' }).click();
  const element = page
    .locator('.element-card')
    .filter({ has: page.locator('input[value="Ouders zijn de belangrijkste partner"]') });
  await expect(element).toContainText('Gezin Zeeland: Ouders als partner');
  await expect(element).toContainText('Gezin Veenstra: De ouder is partner');
  await expect(suggestion).toHaveCount(0);
  await page.getByRole('tab', { name: 'Overstijgende elementen × casussen' }).click();
  await expect(
    page.getByRole('button', {
      name: /^Ouders zijn de belangrijkste partner in Gezin Zeeland: Ouders als partner 2 kaartjes .* 4 stickers /,
    }),
  ).toBeVisible();
  const stored = async () =>
    page.evaluate(
      async (id) =>
        (await window.__levenslijn!.services.db.records.where('caseId').equals(id).toArray()).filter(
          (r) => r.type === 'element',
        ).length,
      studyId,
    );
  expect(await stored()).toBe(1);
  // Undo takes it away again, redo brings it back (the study's own history).
  await page.keyboard.press('Control+z');
  await expect.poll(stored).toBe(0);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(stored).toBe(1);
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/synthesis-elements-1920.png` });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: `${SHOTS}/synthesis-elements-1366.png` });
  }
});

test('the cross-case PDF names each case and each of its main factors, through the report route of the web server', async ({
  app,
  page,
}, testInfo) => {
  void app;
  const ids = await importCases(page, 3);
  const studyId = await page.evaluate(
    (c) => window.__levenslijn!.createStudy('Drie gezinnen, één les', c),
    ids,
  );
  const run = (name: string, args: unknown) =>
    page.evaluate(
      async ([s, n, a]) => {
        const r = await window.__levenslijn!.runStudy(s as string, n as string, a);
        if (!r.ok) throw new Error(`${n}: ${r.refusal.reasonKey}`);
      },
      [studyId, name, args] as const,
    );
  await run('element.add', {
    name: 'Eén vast gezicht voor het gezin',
    description: 'Gezinnen noemen continuïteit van de hulpverlener als wat het verschil maakte.',
    support: [
      { caseId: ids[0], groupId: 'group_zl0' },
      { caseId: ids[1], groupId: 'group_vs0' },
    ],
    quotes: [{ caseId: ids[1], quoteId: 'quote_vs1' }],
  });
  // The page's own "Save PDF" posts the study file to the local server, which renders this view.
  await page.goto(`./#/report/${studyId}`);
  await page.waitForSelector('body[data-report-ready="true"]');
  const file = testInfo.outputPath('cross-case.pdf');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDF opslaan' }).click();
  await (await download).saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const spec of SPECS) {
    expect(text, spec.title).toContain(spec.title);
    for (const f of spec.factors) expect(text, `${spec.title}: ${f.name}`).toContain(f.name);
  }
  for (const expected of [
    'Overstijgend rapport',
    'Drie gezinnen, één les',
    'Eén vast gezicht voor het gezin',
    'Steeds dezelfde hulpverlener, geen wisselingen',
    'Waar gezin en professionals verschilden',
  ])
    expect(text, expected).toContain(expected);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Title:\s+Overstijgend rapport — Drie gezinnen, één les/);
  expect(info).toMatch(/Author:\s+Dr\. Femke van der Heijden-Bakker; Yusuf El Amrani MSc/);
  if (SHOTS) {
    mkdirSync(`${SHOTS}/cross-pdf`, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', file, `${SHOTS}/cross-pdf/page`]);
  }
});

test('a study exports as REFI-QDA project that validates, a study file re-imports, a .qdc imports as own codes', async ({
  app,
  page,
}, testInfo) => {
  void app;
  const ids = await importCases(page, 2);
  const studyId = await page.evaluate((c) => window.__levenslijn!.createStudy('Export', c), ids);
  await page.goto(`./#/study/${studyId}`);
  const qdpx = page.waitForEvent('download');
  await page.getByRole('button', { name: 'REFI-QDA-project (.qdpx)' }).click();
  const qdpxFile = testInfo.outputPath('export.qdpx');
  await (await qdpx).saveAs(qdpxFile);
  const files = readQdpx(new Uint8Array(readFileSync(qdpxFile)));
  const qde = testInfo.outputPath('project.qde');
  writeFileSync(qde, files.get('project.qde')!);
  // Throws (and fails the test) when the project does not validate.
  execFileSync('xmllint', ['--noout', '--schema', 'shared/refi/fixtures/Project.xsd', qde], {
    stdio: 'pipe',
  });
  expect([...files.keys()].filter((f) => f.startsWith('sources/')).length).toBeGreaterThanOrEqual(8);
  expect(files.get('project.qde')).toContain('Ilse van den Berg-Scholten (Gezin Zeeland)');

  // The study file: export, delete the study, import it back.
  const studyDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Onderzoek als bestand' }).click();
  const studyFile = join(testInfo.outputDir, 'export.levenslijn-onderzoek');
  await (await studyDownload).saveAs(studyFile);
  await page.evaluate(async (id) => {
    const db = window.__levenslijn!.services.db;
    await db.records.where('caseId').equals(id).delete();
  }, studyId);
  await page.goto('./#/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Onderzoek importeren' }).click();
  await (await chooser).setFiles(studyFile);
  await page.waitForURL(/#\/study\//);
  await expect(page.locator('table.study-cases tbody tr')).toHaveCount(2);
  // Same cases already in the library: not imported twice.
  const caseCount = await page.evaluate(
    async () => await window.__levenslijn!.services.db.records.where('type').equals('case').count(),
  );
  expect(caseCount).toBe(2);

  // A codebook from another program as own codes, and the codes dialog's search.
  await page.goto(`./#/analysis/${ids[0]}`);
  await page
    .getByRole('button', { name: /^Menu van kaartje/ })
    .first()
    .click();
  await page
    .getByRole('dialog', { name: /^Menu van kaartje/ })
    .getByRole('button', { name: /^Codes \(\d+\)/ })
    .click();
  await page.getByRole('searchbox', { name: 'Zoek een code' }).fill('vaste contact');
  await expect(page.locator('.codes-dialog label.check')).toHaveText([
    'Effectieve communicatie',
    'Vaste contactpersoon',
  ]);
  await page.getByRole('searchbox', { name: 'Zoek een code' }).fill('');
  const qdc = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Codeboek importeren (.qdc)' }).click();
  await (await qdc).setFiles('shared/refi/fixtures/atlas-style.qdc');
  await expect(page.getByText('4 codes geïmporteerd als eigen codes.')).toBeVisible();
  await expect(page.locator('.codes-dialog fieldset').last()).toContainText('Vertrouwen › Afspraken nakomen');
});
