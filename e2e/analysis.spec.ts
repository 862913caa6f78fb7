import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { serializeCase } from '../shared/file';
import type { AnyRecord } from '../shared/model';
import { test, expect, enableTestApi } from './support/fixtures';
import { sessionCase } from './support/sessionCase';
import { seriousViolations } from './support/axe';
import { dragCard } from './support/drag';
import { normalise } from './support/reportPdf';

const SHOTS = 'test-results/screens';

test('a researcher does the analysis; the wall shows the findings tree; the report and its PDF carry it', async ({
  app,
  page,
  context,
}, testInfo) => {
  void app;
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  const caseId = await sessionCase(page);
  await page.goto(`./#/session/${caseId}`);
  await page.getByRole('button', { name: 'Analyse', exact: true }).click();
  await expect(page).toHaveURL(/#\/analysis\//);

  // Success statement (stored when the field loses focus).
  const success = page.getByRole('textbox', { name: /^Succes/ });
  await success.fill('Het gezin kreeg rust door één vaste coach die bleef.');
  await success.blur();

  // A main factor; one card dragged into it (the main factors are pinned beside the cards), one
  // put under it with the card's menu.
  await page.getByLabel('Nieuwe hoofdfactor (Sterke punten)').fill('Continuïteit van zorg');
  await page.getByRole('button', { name: '+ Hoofdfactor toevoegen' }).first().click();
  const group = page.locator('.cluster-board[data-list="strengths"] .cluster-group');
  await expect(group.locator('input.group-name')).toHaveValue('Continuïteit van zorg');
  await dragCard(page, page.locator('.cluster-card[data-card-id="card_s1"]'), group);
  await expect(group.locator('[data-card-id="card_s1"]')).toBeVisible();
  await page.getByRole('button', { name: 'Menu van kaartje: Luisteren naar Sam zelf' }).click();
  const menu = page.getByRole('dialog', { name: /^Menu van kaartje/ });
  // Checkboxes show the stored state, so they change once the write is done: click, then expect.
  await menu.getByRole('checkbox', { name: '1. Continuïteit van zorg' }).click();
  await expect(menu.getByRole('checkbox', { name: '1. Continuïteit van zorg' })).toBeChecked();
  await expect(group.locator('[data-card-id="card_s2"]')).toBeVisible();
  // Votes follow the cards into the group: 2 + 1.
  await expect(group.locator('header .votes')).toHaveText('3');

  // A quote made from the card (said by Sam, who named it); codes from a built-in codebook and an own code.
  await menu.getByRole('button', { name: 'Als citaat' }).click();
  await expect(page.locator('.quote-item')).toHaveCount(1);
  await expect(page.locator('.quote-item select')).toHaveValue('participant_sam');
  await menu.getByRole('button', { name: /^Codes \(0\)/ }).click();
  const dialog = page.getByRole('dialog', { name: /^Codes voor/ });
  await dialog.getByRole('checkbox', { name: 'Eén gezicht' }).click();
  await expect(dialog.getByRole('checkbox', { name: 'Eén gezicht' })).toBeChecked();
  // ("Warme overdracht" is a built-in code of "Wat ouders noemen" now; an own code needs a name of its own.)
  await dialog.getByLabel('Nieuwe eigen code').fill('De klik met de coach');
  await dialog.getByRole('button', { name: '+ Code toevoegen' }).click();
  await dialog.getByRole('checkbox', { name: 'De klik met de coach' }).click();
  await expect(dialog.getByRole('checkbox', { name: 'De klik met de coach' })).toBeChecked();
  await page.screenshot({ path: `${SHOTS}/analysis-codes.png` });
  await dialog.getByRole('button', { name: 'Klaar' }).click();
  // back in the card's menu (the codes opened on top of it), which closes the same way
  await menu.getByRole('button', { name: 'Klaar' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const s2 = page.locator('.cluster-card[data-card-id="card_s2"]');
  await expect(s2.getByTestId('card-codes')).toHaveText('Eén gezicht · De klik met de coach');

  // Messages for professionals (one per line), the follow-up meeting and the report author.
  await page
    .getByLabel('Aanbevelingen — Voor professionals')
    .fill('Houd één vast gezicht voor het gezin.\nStart diagnostiek binnen zes weken.');
  await page.getByLabel('Nabespreking').fill('Iedereen herkende het beeld; de school wil meedoen.');
  await page.getByLabel('Onderzoekers / gespreksleiders').fill('Team Levenslijn-onderzoek');
  await page.getByLabel('Onderzoekers / gespreksleiders').blur();

  const tree = page.getByTestId('findings-tree');
  await expect(tree.locator('.tree-branch').first()).toContainText('Continuïteit van zorg');
  await expect(tree.locator('.tree-root').first()).toContainText('één vaste coach');
  await page.screenshot({ path: `${SHOTS}/analysis-console.png`, fullPage: false });
  expect(await seriousViolations(page), 'analysis').toEqual([]);

  // Everything was stored: after a reload it is all still there.
  await page.reload();
  await expect(page.getByLabel('Aanbevelingen — Voor professionals')).toHaveValue(
    'Houd één vast gezicht voor het gezin.\nStart diagnostiek binnen zes weken.',
  );
  await expect(
    page.locator('.cluster-board[data-list="strengths"] .cluster-group [data-card-id]'),
  ).toHaveCount(2);

  // The wall (a second window) switches to the findings tree when the console says so.
  const wall = await context.newPage();
  await enableTestApi(wall);
  await wall.goto(`./#/wall/${caseId}`);
  await expect(wall.getByTestId('wall')).toBeVisible();
  await expect(wall.getByTestId('findings-tree')).toHaveCount(0);
  await page.getByRole('button', { name: 'Bevindingenboom op de muur', exact: true }).click();
  await expect(wall.getByTestId('findings-tree')).toBeVisible();
  await expect(wall.locator('.tree-root').first()).toContainText('één vaste coach');
  expect(await seriousViolations(wall), 'wall findings tree').toEqual([]);
  await wall.screenshot({ path: `${SHOTS}/wall-tree-1920.png` });
  await wall.setViewportSize({ width: 3840, height: 2160 });
  await wall.screenshot({ path: `${SHOTS}/wall-tree-3840.png` });
  // Readable from 4 m: main factors at least 30 px on the 1080p wall, larger on 4K.
  const h4 = await wall
    .locator('.findings-tree h4')
    .first()
    .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(h4).toBeGreaterThanOrEqual(30);
  await page.getByRole('button', { name: 'Bevindingenboom op de muur', exact: true }).click();
  await expect(wall.getByTestId('findings-tree')).toHaveCount(0);

  // The report view and its PDF.
  await page.getByRole('button', { name: 'Rapport' }).click();
  await page.waitForSelector('body[data-report-ready="true"]');
  await page.evaluate(() => document.fonts.ready);
  const pdf = testInfo.outputPath('analysis-report.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const text = normalise(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
  for (const expected of [
    'Bevindingenboom',
    'Het gezin kreeg rust door één vaste coach die bleef.',
    'Continuïteit van zorg',
    'Houd één vast gezicht voor het gezin.',
    'Start diagnostiek binnen zes weken.',
    '“Luisteren naar Sam zelf”',
    '— jongere',
    'Iedereen herkende het beeld; de school wil meedoen.',
    'Onderzoekers: Team Levenslijn-onderzoek',
    'Eén gezicht; De klik met de coach',
  ]) {
    expect(text, expected).toContain(expected);
  }

  // "PDF opslaan" in the browser build: the local server renders the same view, with the author.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDF opslaan' }).click();
  const saved = await (await download).path();
  execFileSync('qpdf', ['--check', saved]);
  const savedInfo = execFileSync('pdfinfo', [saved], { encoding: 'utf8' });
  expect(savedInfo).toMatch(/Author:\s+Team Levenslijn-onderzoek/);
  expect(savedInfo).toMatch(/Title:\s+Levenslijn-rapport – Gezin Zeeland \(voorbeeld\)/);
  expect(execFileSync('pdftotext', [saved, '-'], { encoding: 'utf8' })).toContain('Continuïteit van zorg');

  // The command-line export of the same case as a file: title and author in the PDF's information.
  const records = await page.evaluate(
    async (id) => await window.__levenslijn!.services.db.records.where('caseId').equals(id).toArray(),
    caseId,
  );
  const caseFile = testInfo.outputPath('case.levenslijn.json');
  writeFileSync(caseFile, serializeCase(records as AnyRecord[], { appVersion: 'e2e' }));
  const out = testInfo.outputPath('cli-report.pdf');
  execFileSync('node', ['scripts/report.mjs', caseFile, out], { stdio: 'pipe' });
  execFileSync('qpdf', ['--check', out]);
  const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
  expect(info).toMatch(/Title:\s+Levenslijn-rapport – Gezin Zeeland \(voorbeeld\)/);
  expect(info).toMatch(/Author:\s+Team Levenslijn-onderzoek/);
  expect(info).toMatch(/Creator:\s+Levenslijn/);
  const cliText = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(cliText).toContain('Continuïteit van zorg');
});
