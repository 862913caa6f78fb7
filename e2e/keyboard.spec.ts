import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';

/**
 * A full session on the console with the keyboard only (Tab, Shift+Tab, Enter, typing): no
 * mouse click anywhere. Every step finds its control by tabbing, as a keyboard user would.
 */
async function tabTo(page: Page, name: RegExp, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      if (!e) return '';
      const label =
        e.getAttribute('aria-label') ??
        (e.id ? document.querySelector(`label[for="${e.id}"]`)?.textContent : null) ??
        e.closest('label')?.textContent ??
        '';
      return `${label} ${e.textContent ?? ''} ${(e as HTMLInputElement).placeholder ?? ''}`
        .replace(/\s+/g, ' ')
        .trim();
    });
    if (name.test(focused)) {
      // The focus must be visible: an outline on the focused control.
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline, `focus outline on "${focused}"`).not.toBe('none');
      return;
    }
  }
  throw new Error(`could not reach ${name} with Tab`);
}

test('a full session on the console with the keyboard only', async ({ app, page }) => {
  void app;
  test.setTimeout(120_000);
  await page.goto('./#/');
  await tabTo(page, /^Voorbeeldcasus openen/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/case\//);

  await tabTo(page, /^Sessie$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/session\//);

  // A participant: name, role (arrow keys in the select), add.
  await tabTo(page, /^Schuilnaam/);
  await page.keyboard.type('Ilse');
  await page.keyboard.press('Tab');
  // the picture: one tab stop, arrow keys choose (the first picture, a star)
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.participant-list')).toContainText('Ilse');
  await expect(page.locator('.participant-list svg[data-icon="star"]')).toHaveCount(1);

  // Phases by keyboard; round 2: a marker and a success factor.
  await tabTo(page, /^1 Levenslijn$/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('phase-title')).toContainText('levenslijn', { ignoreCase: true });
  await tabTo(page, /^2 Goede hulp$/);
  await page.keyboard.press('Enter');
  await tabTo(page, /Markering toevoegen/);
  await page.keyboard.press('Enter');
  await expect(page.locator('.marker-editor')).toHaveCount(1);
  await tabTo(page, /^Wat was de hulp\?/);
  await page.keyboard.type('Gezinscoach die bleef');
  await tabTo(page, /Succesfactor \/ sterk punt/);
  await page.keyboard.type('Eén vast gezicht');
  await page.keyboard.press('Enter');
  await expect(page.locator('.marker-editor').first()).toContainText('Eén vast gezicht');
  await expect(page.locator('.marker-editor input').first()).toBeVisible();

  // Round 3: a hindering factor.
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, /^3 Geen goede hulp$/);
  await page.keyboard.press('Enter');
  await tabTo(page, /Markering toevoegen/);
  await page.keyboard.press('Enter');
  await expect(page.locator('.marker-editor')).toHaveCount(1);
  await tabTo(page, /Belemmerende factor \/ verbeterpunt/);
  await page.keyboard.type('Wachtlijst van elf maanden');
  await page.keyboard.press('Enter');
  await expect(page.locator('.marker-editor').first()).toContainText('Wachtlijst van elf maanden');

  // Round 4: vote on Ilse's behalf from the console.
  await tabTo(page, /^4 Stickers$/);
  await page.keyboard.press('Enter');
  await tabTo(page, /^\+ sticker$/);
  await page.keyboard.press('Enter');
  await expect(page.locator('.factor-cards li').first()).toContainText('1');

  // Round 5: the ranking.
  await tabTo(page, /^5 Rangorde$/);
  await page.keyboard.press('Enter');
  const ranked = page.locator('.ranked li');
  await expect(ranked.first()).toContainText('Eén vast gezicht');
  await expect(ranked.first().locator('.votes strong')).toHaveText('1');
});
