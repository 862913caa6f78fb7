import type { Page, Route } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { holdCaseLock, openDemoCase, openWallPage } from './support/sessionCase';

/**
 * Issue 18, item 7 and item 3's form keys: what the user sees while something takes time — the
 * report's exports say "Bezig…" on their own button while the rest stays usable, errors are
 * shown, the wall has the same autosave indicator as the console — and Enter / Ctrl+Enter add
 * what a form holds, as listed in the shortcut sheet.
 */

const SHOTS = process.env.SCREENSHOTS_DIR;

/** The demo case with Sam as a participant, its console in round 2 ("goede hulp"). */
async function consoleInFirstRound(page: Page): Promise<string> {
  const { caseId, run } = await openDemoCase(page);
  await run('participant.add', { id: 'participant_sam', pseudonym: 'Sam', role: 'kindJongere' });
  await run('session.setPhase', { phase: 2 });
  await page.getByRole('button', { name: 'Sessie', exact: true }).click();
  return caseId;
}

/** Holds requests matching `url` until released. */
async function holdRequests(page: Page, url: string | RegExp) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const held: Route[] = [];
  await page.route(url, async (route) => {
    held.push(route);
    await released;
    await route.fallback();
  });
  return { release, held };
}

test('an export says "Bezig…" on its own button while the file is made; the rest stays usable; errors are shown', async ({
  app,
  page,
}) => {
  void app;
  const { caseId } = await openDemoCase(page);
  await page.goto(`./#/report/${caseId}`);
  const pdf = page.getByRole('button', { name: 'PDF opslaan' });
  await expect(pdf).toBeEnabled();

  // The PDF: the local server makes it (seconds); held here so the busy state can be seen.
  const server = await holdRequests(page, '**/__levenslijn/report.pdf');
  await pdf.click();
  const busy = page.locator('.report-toolbar button[aria-busy="true"]');
  await expect(busy).toHaveCount(1);
  await expect(busy).toBeDisabled();
  await expect(busy).toHaveText(/Bezig…/);
  await expect(busy).toHaveAccessibleName('Bezig…');
  // the other exports and the way back stay usable meanwhile
  await expect(page.getByRole('button', { name: 'Word (DOCX)' })).toBeEnabled();
  await expect(page.getByRole('button', { name: /Terug/ }).first()).toBeEnabled();
  if (SHOTS) await page.locator('.report-toolbar').screenshot({ path: `${SHOTS}/export-busy-pdf.png` });
  const download = page.waitForEvent('download');
  server.release();
  await download;
  await expect(pdf).toBeEnabled();
  await expect(page.locator('.report-toolbar [aria-busy="true"]')).toHaveCount(0);
  await page.unroute('**/__levenslijn/report.pdf');

  // The spreadsheet: its writer loads on first use; held so the busy state can be seen.
  const chunk = await holdRequests(page, /\/assets\/exports-[^/]*\.js$/);
  const xlsx = page.getByRole('button', { name: 'Kaartjes als Excel (XLSX)' });
  await xlsx.click();
  await expect(page.locator('.report-toolbar button[aria-busy="true"]')).toHaveText(/Bezig…/);
  await expect(pdf).toBeEnabled();
  const sheet = page.waitForEvent('download');
  chunk.release();
  expect((await sheet).suggestedFilename()).toMatch(/\.xlsx$/);
  await expect(xlsx).toBeEnabled();

  // A PDF that cannot be made: the reason is shown, the button comes back.
  await page.route('**/__levenslijn/report.pdf', (route) =>
    route.fulfill({ status: 422, body: 'Het rapport kon niet worden gemaakt: de schijf is vol.' }),
  );
  await pdf.click();
  await expect(page.locator('.toasts')).toContainText('de schijf is vol');
  await expect(pdf).toBeEnabled();
});

test('the wall shows the same autosave indicator as the console: "Opgeslagen", "Bezig met opslaan…"', async ({
  app,
  page,
}) => {
  void app;
  const caseId = await consoleInFirstRound(page);
  await expect(page.getByTestId('save-status')).toHaveText(/Opgeslagen/);

  const wall = await openWallPage(page, caseId);
  const status = wall.getByTestId('save-status');
  await expect(status).toHaveText(/Opgeslagen/);
  // large enough to read from the room, in the wall's bottom row (the header keeps its width for the floor)
  const fontPx = await status.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontPx).toBeGreaterThanOrEqual(18);
  const row = (await wall.locator('.wall-bottom').boundingBox())!;
  const box = (await status.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(row.y);
  expect(box.y + box.height).toBeLessThanOrEqual(row.y + row.height);

  // The console holds the case's write lock: the wall's marker waits to be stored, and says so.
  const releaseLock = await holdCaseLock(page, caseId);
  await wall.getByRole('button', { name: 'Sam', exact: true }).click();
  const canvas = (await wall.getByTestId('lifeline-canvas').boundingBox())!;
  await wall.mouse.click(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
  await expect(status).toHaveText(/Bezig met opslaan…/);
  await expect(status).toHaveAttribute('data-state', 'saving');
  if (SHOTS) await wall.screenshot({ path: `${SHOTS}/wall-saving-1920.png` });
  await releaseLock();
  await expect(status).toHaveText(/Opgeslagen/);
  await expect(wall.getByTestId('wall-message')).toContainText('Sam');
  if (SHOTS) await wall.screenshot({ path: `${SHOTS}/wall-saved-1920.png` });
  // On a 4K screen it grows with the wall (twice the size), still in that row.
  await wall.setViewportSize({ width: 3840, height: 2160 });
  await expect
    .poll(() => status.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)))
    .toBeGreaterThanOrEqual(2 * fontPx);
  const row4k = (await wall.locator('.wall-bottom').boundingBox())!;
  const box4k = (await status.boundingBox())!;
  expect(box4k.y + box4k.height).toBeLessThanOrEqual(row4k.y + row4k.height);
  if (SHOTS) await wall.screenshot({ path: `${SHOTS}/wall-saved-3840.png` });
});

test('Enter adds a card, Ctrl+Enter adds a quote (Enter there is a new line); the shortcut sheet lists both', async ({
  app,
  page,
}) => {
  void app;
  const caseId = await consoleInFirstRound(page);
  const input = page.locator('.card-panel').last().getByLabel('Succesfactor / sterk punt');
  await input.fill('Vast gezicht');
  await input.press('Enter');
  await expect(page.locator('.card-panel').last()).toContainText('Vast gezicht');
  await expect(input).toHaveValue('');
  // an empty field adds nothing (as the disabled button would not)
  await input.press('Enter');
  await expect(page.locator('.toasts')).toBeEmpty();
  const cards = await page.evaluate(
    (id) => window.__levenslijn!.services.db.records.where('[caseId+type]').equals([id, 'card']).count(),
    caseId,
  );
  expect(cards).toBe(1);

  await page.goto(`./#/analysis/${caseId}`);
  const quote = page.getByLabel('Citaat toevoegen');
  await quote.fill('Ze bleef gewoon');
  await quote.press('Enter');
  await quote.pressSequentially('komen.');
  await expect(quote).toHaveValue('Ze bleef gewoon\nkomen.');
  await quote.press('Control+Enter');
  await expect(quote).toHaveValue('');
  const quotes = () =>
    page.evaluate(
      async (id) =>
        (
          await window
            .__levenslijn!.services.db.records.where('[caseId+type]')
            .equals([id, 'quote'])
            .toArray()
        )
          .map((q) => ('text' in q ? q.text : ''))
          .filter((t) => t.startsWith('Ze bleef')),
      caseId,
    );
  await expect.poll(quotes).toEqual(['Ze bleef gewoon\nkomen.']);

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  const sheet = page.getByTestId('shortcut-sheet');
  await expect(sheet).toBeVisible();
  const row = sheet.getByRole('row', { name: /Toevoegen of opslaan/ });
  await expect(row).toContainText('Enter');
  await expect(row).toContainText('Ctrl+Enter');
});
