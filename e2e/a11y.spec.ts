import { test, expect, caseIdFromUrl } from './support/fixtures';
import { seriousViolations } from './support/axe';

test('the console screens have no serious or critical accessibility violations', async ({ app, page }) => {
  await app.openLibrary();
  expect(await seriousViolations(page), 'library').toEqual([]);
  await app.openDemo();
  const caseId = caseIdFromUrl(page);
  expect(await seriousViolations(page), 'editor').toEqual([]);
  await page.goto(`./#/session/${caseId}`);
  await page.getByLabel('Schuilnaam').fill('Ilse');
  await page.getByRole('button', { name: 'Deelnemer toevoegen', exact: true }).click();
  await expect(page.locator('.participant-list')).toContainText('Ilse');
  expect(await seriousViolations(page), 'session').toEqual([]);
  await page
    .getByRole('navigation', { name: 'Fase' })
    .getByRole('button', { name: /2 Goede hulp/ })
    .click();
  await page.getByRole('button', { name: '+ Markering toevoegen' }).click();
  await expect(page.locator('.marker-editor')).toHaveCount(1);
  expect(await seriousViolations(page), 'session round').toEqual([]);
});

test('touch targets on the wall are at least 48 CSS px (and larger on a 4K wall)', async ({ app, page }) => {
  await app.openLibrary();
  await app.openDemo();
  const caseId = caseIdFromUrl(page);
  await page.goto(`./#/wall/${caseId}`);
  await page.waitForFunction(() => (window.__levenslijn?.wall?.sceneStats().widthPx ?? 0) > 0);
  const small = await page
    .locator('.wall button')
    .evaluateAll(
      (els) => els.map((e) => e.getBoundingClientRect()).filter((r) => r.width < 48 || r.height < 48).length,
    );
  expect(small).toBe(0);
});
