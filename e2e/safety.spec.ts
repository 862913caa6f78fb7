import type { BrowserContext } from '@playwright/test';
import { test, expect, caseRecords } from './support/fixtures';
import { commandRunner, sessionCase } from './support/sessionCase';

/**
 * The copies outside IndexedDB (snapshot + safety journal in the origin private file system),
 * seen as a user sees them: a database the browser deleted comes back at start with a message,
 * and a full disk refuses an edit clearly instead of pretending it was stored.
 */

/** Makes every write to the origin private file system fail as on a full disk while `window.__diskFull` is set. */
async function simulateFullDisk(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const proto = FileSystemWritableFileStream.prototype;
    const write = proto.write;
    proto.write = function (this: FileSystemWritableFileStream, data: FileSystemWriteChunkType) {
      if ((window as unknown as { __diskFull?: boolean }).__diskFull)
        return Promise.reject(new DOMException('The disk is full', 'QuotaExceededError'));
      return write.call(this, data);
    };
  });
}

const setDiskFull = (page: import('@playwright/test').Page, full: boolean) =>
  page.evaluate((f) => void ((window as unknown as { __diskFull?: boolean }).__diskFull = f), full);

test('a database the browser deleted is rebuilt at start from the safety copies, and the user is told', async ({
  app,
  page,
}) => {
  const caseId = await sessionCase(page);
  const before = await caseRecords(page, caseId);
  // Chromium deletes a database it finds corrupted when it opens it; do the same.
  await page.evaluate(async () => {
    window.__levenslijn!.services.db.close();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('levenslijn');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
  });
  await page.goto('./#/');
  await page.reload();
  const toast = page.locator('.toast', { hasText: 'Hersteld uit de reservekopie' });
  await expect(toast).toBeVisible();
  await expect(app.caseRows()).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screens/recovered-at-start.png' });
  // Everything is back, including the changes made after the last snapshot (from the journal).
  expect(await caseRecords(page, caseId)).toEqual(before);
});

test('on a full disk an edit is refused with a clear message; the typed text stays; it is stored once there is room', async ({
  app,
  page,
  context,
}) => {
  void app;
  await simulateFullDisk(context);
  const caseId = await sessionCase(page);
  await commandRunner(page, caseId)('session.setPhase', { phase: 2 });
  await page.goto(`./#/session/${caseId}`);
  const marker = page.locator('.marker-editor[data-marker-id="marker_good1"]');
  const field = marker.getByLabel('Succesfactor / sterk punt');
  const cardTexts = () =>
    page.evaluate(
      async (id) =>
        (await window.__levenslijn!.services.db.records.where('caseId').equals(id).toArray())
          .filter((r) => r.type === 'card')
          .map((r) => (r as { text: string }).text),
      caseId,
    );
  const cardsBefore = await cardTexts();
  const saveStatus = page.getByTestId('save-status');
  await expect(saveStatus).toHaveAttribute('data-state', 'saved');
  await expect(saveStatus).toHaveText(/Opgeslagen/);

  await setDiskFull(page, true);
  await field.fill('Bleef ook in de vakantie');
  await marker.getByRole('button', { name: '+ Toevoegen' }).click();
  await expect(page.locator('.toast.error')).toContainText('niet veilig opgeslagen');
  await expect(field).toHaveValue('Bleef ook in de vakantie');
  expect(await cardTexts()).toEqual(cardsBefore);
  await expect(marker.getByText('Bleef ook in de vakantie', { exact: true })).toHaveCount(0);
  // The autosave indicator says it too, until a change is stored again.
  await expect(saveStatus).toHaveAttribute('data-state', 'failed');
  await expect(saveStatus).toContainText('Niet opgeslagen');
  await page.screenshot({ path: 'test-results/screens/disk-full-console.png' });

  // Room again: the same click stores it.
  await setDiskFull(page, false);
  await marker.getByRole('button', { name: '+ Toevoegen' }).click();
  await expect(field).toHaveValue('');
  expect(await cardTexts()).toContain('Bleef ook in de vakantie');
  await expect(saveStatus).toHaveAttribute('data-state', 'saved');

  // Full again: undo is refused just as clearly, and changes nothing.
  await setDiskFull(page, true);
  const cardsNow = await cardTexts();
  await page.getByRole('button', { name: /^Ongedaan maken/ }).click();
  await expect(page.locator('.toast.error')).toHaveCount(2);
  expect(await cardTexts()).toEqual(cardsNow);

  // The wall says so where the participant is looking, and places nothing.
  const wall = await context.newPage();
  await wall.goto(`./#/wall/${caseId}`);
  await setDiskFull(wall, true);
  await wall.getByRole('button', { name: 'Sam', exact: true }).click();
  const box = (await wall.getByTestId('lifeline-canvas').boundingBox())!;
  await wall.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.5);
  await expect(wall.getByTestId('wall-message')).toContainText('niet veilig opgeslagen');
  await wall.screenshot({ path: 'test-results/screens/disk-full-wall.png' });
  const samMarkers = await page.evaluate(
    async (id) =>
      (await window.__levenslijn!.services.db.records.where('caseId').equals(id).toArray()).filter(
        (r) => r.type === 'marker' && r.participantId === 'participant_sam',
      ).length,
    caseId,
  );
  expect(samMarkers).toBe(0);
});
