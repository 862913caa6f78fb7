import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { test, expect, caseIdFromUrl } from './support/fixtures';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core violations on the page (WCAG 2.x A and AA rules). */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through DevTools (the app's CSP rightly forbids inline scripts).
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

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
  await page.getByRole('navigation', { name: 'Fase' }).getByRole('button', { name: /2 Goede hulp/ }).click();
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
  const small = await page.locator('.wall button').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).filter((r) => r.width < 48 || r.height < 48).length);
  expect(small).toBe(0);
});
