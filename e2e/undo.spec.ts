import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { openDemoCase, openWallPage } from './support/sessionCase';

/**
 * Issue 18, undo policy (docs/UNDO.md): each window undoes only what was done in it. Console and
 * wall are two pages of one browser, as in a session: a sticker placed on the wall is not undone
 * by the console's Ctrl+Z, while the console's own edit is; steering never enters the history;
 * an undo that would undo someone else's later work is refused with a message.
 */

async function cardsOf(page: Page, caseId: string): Promise<string[]> {
  return page.evaluate(
    async (id) =>
      (await window.__levenslijn!.services.db.records.where('[caseId+type]').equals([id, 'card']).toArray())
        .map((c) => ('text' in c ? c.text : ''))
        .sort(),
    caseId,
  );
}

async function stickerCount(page: Page, caseId: string): Promise<number> {
  return page.evaluate(
    (id) => window.__levenslijn!.services.db.records.where('[caseId+type]').equals([id, 'sticker']).count(),
    caseId,
  );
}

test('the console undoes its own card, never the sticker placed on the wall; steering is no undo step', async ({
  app,
  page,
}) => {
  void app;
  const { caseId, run } = await openDemoCase(page);
  await run('participant.add', { id: 'participant_ilse', pseudonym: 'Ilse', role: 'ouder' });
  await page.getByRole('button', { name: 'Sessie', exact: true }).click();
  const stepper = page.getByRole('navigation', { name: 'Fase' });
  await stepper.getByRole('button', { name: /2 Goede hulp/ }).click();

  // The console adds two cards by hand.
  const input = page.locator('.card-panel').last().getByLabel('Succesfactor / sterk punt');
  for (const text of ['Vast gezicht', 'Samen plannen']) {
    await input.fill(text);
    await page.locator('.card-panel').last().getByRole('button', { name: '+ Toevoegen' }).click();
    await expect(input).toHaveValue('');
  }
  await expect.poll(() => cardsOf(page, caseId)).toEqual(['Samen plannen', 'Vast gezicht']);

  // Steering (phase, floor) does not enter the history: Undo still names the card.
  await stepper.getByRole('button', { name: /4 Stickers/ }).click();
  const undoButton = page.getByRole('button', { name: /^Ongedaan maken/ });
  await expect(undoButton).toHaveAttribute('title', 'Ongedaan maken: kaartje toevoegen');

  // On the wall, Ilse puts a sticker on the first card.
  const wall = await openWallPage(page, caseId);
  await wall.getByRole('button', { name: 'Ilse', exact: true }).click();
  const first = wall.locator('.wall-list.strengths .wall-card', { hasText: 'Vast gezicht' });
  await first.click();
  await wall.locator('[data-tray-for="participant_ilse"] .tray-sticker.good').first().click();
  await expect(first.locator('.sticker.own')).toHaveCount(1);
  await expect.poll(() => stickerCount(page, caseId)).toBe(1);

  // The console's Ctrl+Z takes back its own last card; the wall's sticker stays.
  await expect(undoButton).toHaveAttribute('title', 'Ongedaan maken: kaartje toevoegen');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+z');
  await expect.poll(() => cardsOf(page, caseId)).toEqual(['Vast gezicht']);
  expect(await stickerCount(page, caseId)).toBe(1);
  await expect(wall.locator('.wall-list.strengths .wall-card')).toHaveCount(1);
  await expect(first.locator('.sticker.own')).toHaveCount(1);

  // The next step would take away the card Ilse voted on: refused, said so, nothing changes.
  await page.keyboard.press('Control+z');
  await expect(page.locator('.toasts')).toContainText('“kaartje toevoegen” kan nu niet worden teruggedraaid');
  expect(await cardsOf(page, caseId)).toEqual(['Vast gezicht']);
  expect(await stickerCount(page, caseId)).toBe(1);

  // Redo brings the console's card back, the sticker untouched.
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => cardsOf(page, caseId)).toEqual(['Samen plannen', 'Vast gezicht']);
  expect(await stickerCount(page, caseId)).toBe(1);
  if (process.env.SCREENSHOTS_DIR)
    await page.screenshot({ path: `${process.env.SCREENSHOTS_DIR}/undo-console-after-redo.png` });
});

test('an undo never overwrites a later change made on the wall to the same marker', async ({ app, page }) => {
  void app;
  const { caseId, run } = await openDemoCase(page);
  await run('participant.add', { id: 'participant_sam', pseudonym: 'Sam', role: 'kindJongere' });
  await run('session.setPhase', { phase: 2 });
  await page.getByRole('button', { name: 'Sessie', exact: true }).click();
  await expect(page.getByTestId('phase-title')).toHaveText('Ronde goede hulp');

  // Sam taps a moment on the wall.
  const wall = await openWallPage(page, caseId);
  await wall.getByRole('button', { name: 'Sam', exact: true }).click();
  const canvas = await wall.getByTestId('lifeline-canvas').boundingBox();
  await wall.mouse.click(canvas!.x + canvas!.width / 2, canvas!.y + canvas!.height / 2);
  await expect(wall.getByTestId('wall-message')).toContainText('Sam');
  const markerId = await page.evaluate(
    async (id) =>
      (await window.__levenslijn!.services.db.records.where('[caseId+type]').equals([id, 'marker']).first())!
        .id,
    caseId,
  );

  // The console names it; then the wall stretches it into a period.
  await run('marker.update', { id: markerId, title: 'Wijkcoach' });
  await wall.getByRole('button', { name: 'Periode maken' }).click();
  await wall.mouse.click(canvas!.x + canvas!.width * 0.7, canvas!.y + canvas!.height / 2);
  await expect(wall.getByTestId('wall-message')).toContainText('Periode van Sam');
  const marker = () =>
    page.evaluate(async (id) => {
      const m = await window.__levenslijn!.services.db.records.get(id);
      return m && m.type === 'marker' ? { title: m.title, hasEnd: m.end !== null } : null;
    }, markerId);
  await expect.poll(marker).toEqual({ title: 'Wijkcoach', hasEnd: true });

  // Undo of the console's naming would put back the marker as it was before the wall's change.
  await page.getByRole('button', { name: /^Ongedaan maken/ }).click();
  await expect(page.locator('.toasts')).toContainText('is intussen op een ander scherm gewijzigd');
  expect(await marker()).toEqual({ title: 'Wijkcoach', hasEnd: true });
});
