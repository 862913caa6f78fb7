import type { Locator, Page } from '@playwright/test';
import { test, expect, caseIdFromUrl } from './support/fixtures';
import { seriousViolations } from './support/axe';

/**
 * Every modal dialog, by keyboard: focus starts inside, Tab and Shift+Tab never leave it, the
 * focus stays where it is after a change inside the dialog, Escape closes it and the focus goes
 * back to the control that opened it; axe finds no serious violation while it is open.
 */
async function focusInside(dialog: Locator): Promise<boolean> {
  return dialog.evaluate((d) => d.contains(document.activeElement) && document.activeElement !== d);
}

async function checkTrap(page: Page, dialog: Locator, name: string): Promise<void> {
  await expect(dialog).toBeVisible();
  expect(await focusInside(dialog), `${name}: focus starts inside`).toBe(true);
  const stops = await dialog.evaluate(
    (d) => d.querySelectorAll('input, select, textarea, button, [tabindex]:not([tabindex="-1"])').length,
  );
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < stops + 2; i++) {
      await page.keyboard.press(key);
      expect(await focusInside(dialog), `${name}: ${key} ${i + 1} stays inside`).toBe(true);
    }
  }
  expect(await seriousViolations(page), name).toEqual([]);
}

async function closeWithEscape(page: Page, dialog: Locator, opener: Locator, name: string): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener, `${name}: focus returns to the opener`).toBeFocused();
}

test('every dialog keeps the keyboard inside and gives the focus back', async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.openLibrary();

  // New case.
  const newCase = page.getByRole('button', { name: 'Nieuwe casus' });
  await newCase.focus();
  await page.keyboard.press('Enter');
  let dialog = page.getByRole('dialog');
  await checkTrap(page, dialog, 'new case');
  await closeWithEscape(page, dialog, newCase, 'new case');

  await app.openDemo();
  const caseId = caseIdFromUrl(page);
  await app.openLibrary();

  // Rename and delete from a case row.
  const rename = app.caseRows().first().getByRole('button', { name: 'Hernoemen' });
  await rename.focus();
  await page.keyboard.press('Enter');
  dialog = page.getByRole('dialog');
  await checkTrap(page, dialog, 'rename');
  await closeWithEscape(page, dialog, rename, 'rename');

  const remove = app.caseRows().first().getByRole('button', { name: 'Verwijderen' });
  await remove.focus();
  await page.keyboard.press('Enter');
  dialog = page.getByRole('dialog');
  await checkTrap(page, dialog, 'delete');
  await closeWithEscape(page, dialog, remove, 'delete');

  // The codes dialog of a card: toggling codes keeps the focus on the box just toggled.
  await page.evaluate(async (id) => {
    const api = window.__levenslijn!;
    await api.run(id, 'participant.add', { pseudonym: 'Ilse', role: 'ouder' });
    await api.run(id, 'card.add', { list: 'strengths', text: 'Eén vast gezicht' });
  }, caseId);
  await page.goto(`./#/analysis/${caseId}`);
  // (the codes dialog opens from the card's menu, on top of it)
  const cardMenu = page
    .locator('.cluster-card')
    .first()
    .getByRole('button', { name: /^Menu van kaartje/ });
  await cardMenu.focus();
  await page.keyboard.press('Enter');
  const menuDialog = page.getByRole('dialog', { name: /^Menu van kaartje/ });
  await checkTrap(page, menuDialog, 'card menu');
  const codes = menuDialog.getByRole('button', { name: /^Codes \(/ });
  await codes.focus();
  await page.keyboard.press('Enter');
  dialog = page.getByRole('dialog', { name: /^Codes voor/ });
  await checkTrap(page, dialog, 'codes');
  const box = dialog.getByRole('checkbox').nth(3);
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(box, 'codes: focus stays on the toggled box').toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('checkbox').nth(4)).toBeChecked();
  await expect(dialog.getByRole('checkbox').nth(4)).toBeFocused();
  await closeWithEscape(page, dialog, codes, 'codes');
  await closeWithEscape(page, menuDialog, cardMenu, 'card menu');

  // The first-session guide on the session console.
  await page.goto(`./#/session/${caseId}`);
  const guide = page.getByRole('button', { name: 'Uitleg', exact: true });
  await guide.focus();
  await page.keyboard.press('Enter');
  dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Als er iets misgaat' })).toBeVisible();
  await checkTrap(page, dialog, 'guide');
  await page.screenshot({ path: 'test-results/screens/session-guide.png' });
  await closeWithEscape(page, dialog, guide, 'guide');

  // `?` shows the shortcut sheet (from the one key map), but not while typing in a field.
  await page.getByLabel('Schuilnaam').focus();
  await page.keyboard.type('?');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByLabel('Schuilnaam')).toHaveValue('?');
  await page.getByRole('heading', { level: 1 }).first().click();
  await page.keyboard.press('?');
  dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('shortcut-sheet')).toContainText('Ongedaan maken');
  await expect(dialog.getByRole('row', { name: /Ongedaan maken/ })).toContainText('Ctrl+Z');
  await expect(dialog.getByRole('row', { name: /^Opnieuw/ })).toContainText('Ctrl+Shift+Z');
  await checkTrap(page, dialog, 'shortcuts');
  await page.screenshot({ path: 'test-results/screens/shortcut-sheet.png' });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // The wall's true-size dialog.
  await page.goto(`./#/wall/${caseId}`);
  const trueSize = page.getByRole('button', { name: 'Ware grootte' });
  await trueSize.focus();
  await page.keyboard.press('Enter');
  dialog = page.getByRole('dialog');
  await checkTrap(page, dialog, 'true size');
  await closeWithEscape(page, dialog, trueSize, 'true size');
});
