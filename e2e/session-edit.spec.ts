import { test, expect } from './support/fixtures';
import { commandRunner, sessionCase } from './support/sessionCase';

test('on the console a marker is moved to another date or a span, and a card to another marker, with undo', async ({ app, page }) => {
  void app;
  const caseId = await sessionCase(page);
  await commandRunner(page, caseId)('session.setPhase', { phase: 2 });
  await page.goto(`./#/session/${caseId}`);
  const marker = page.locator('.marker-editor[data-marker-id="marker_good1"]');
  await marker.getByLabel('Datum (of begin)').fill('2019-03-15');
  await marker.getByLabel('Tot (leeg: één moment)').fill('2019-09-30');
  const stored = () => page.evaluate(async () => await window.__levenslijn!.services.db.records.get('marker_good1'));
  await expect.poll(async () => (await stored())?.type === 'marker' && [(await stored() as { start: string }).start, (await stored() as { end: string | null }).end]).toEqual(['2019-03-15', '2019-09-30']);

  // The card leaves its marker and stands on the list on its own.
  await marker.locator('[data-card-id="card_s2"]').getByLabel('Bij markering').selectOption({ label: '— zonder markering —' });
  await expect(marker.locator('[data-card-id="card_s2"]')).toHaveCount(0);
  await expect(page.locator('.card-panel:not(.marker-editor) [data-card-id="card_s2"]')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/session-round.png' });

  // Undo puts it back, named after what it undoes.
  await page.getByRole('button', { name: /^Ongedaan maken/ }).click();
  await expect(marker.locator('[data-card-id="card_s2"]')).toBeVisible();
  await page.getByRole('button', { name: /^Ongedaan maken/ }).click();
  await expect.poll(async () => (await stored() as { end: string | null }).end).toBeNull();
});
