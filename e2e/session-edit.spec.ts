import { test, expect } from './support/fixtures';
import { commandRunner, sessionCase } from './support/sessionCase';

test('on the console a marker is moved to another date or a span, and a card to another marker, with undo', async ({
  app,
  page,
}) => {
  void app;
  const caseId = await sessionCase(page);
  await commandRunner(page, caseId)('session.setPhase', { phase: 2 });
  await page.goto(`./#/session/${caseId}`);
  const marker = page.locator('.marker-editor[data-marker-id="marker_good1"]');
  const stored = () =>
    page.evaluate(async () => await window.__levenslijn!.services.db.records.get('marker_good1'));
  const startAndEnd = async () => {
    const m = (await stored()) as { start: string; end: string | null } | undefined;
    return m ? [m.start, m.end] : null;
  };
  // The date as meant (here to the day): month, then day; then it becomes a span with an end.
  const when = marker.getByRole('group', { name: 'Wanneer' });
  await when.getByRole('combobox', { name: 'Maand', exact: true }).selectOption({ label: 'maart' });
  await expect.poll(startAndEnd).toEqual(['2019-03-01', null]);
  await when.getByRole('spinbutton', { name: 'Dag', exact: true }).fill('15');
  await expect.poll(startAndEnd).toEqual(['2019-03-15', null]);
  // (the box shows what is stored: it turns on once the span is stored)
  await marker.getByLabel('Periode').click();
  await expect(marker.getByLabel('Periode')).toBeChecked();
  const until = marker.getByRole('group', { name: 'Tot (leeg: één moment)' });
  await until.getByRole('combobox', { name: 'Maand', exact: true }).selectOption({ label: 'september' });
  await expect.poll(startAndEnd).toEqual(['2019-03-15', '2019-09-15']);
  await until.getByRole('spinbutton', { name: 'Dag', exact: true }).fill('30');
  await expect
    .poll(
      async () =>
        (await stored())?.type === 'marker' && [
          ((await stored()) as { start: string }).start,
          ((await stored()) as { end: string | null }).end,
        ],
    )
    .toEqual(['2019-03-15', '2019-09-30']);

  // The card leaves its marker and stands on the list on its own.
  await marker
    .locator('[data-card-id="card_s2"]')
    .getByLabel('Bij markering')
    .selectOption({ label: '— zonder markering —' });
  await expect(marker.locator('[data-card-id="card_s2"]')).toHaveCount(0);
  await expect(page.locator('.card-panel:not(.marker-editor) [data-card-id="card_s2"]')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/session-round.png' });

  // Undo puts it back, named after what it undoes.
  await page.getByRole('button', { name: /^Ongedaan maken/ }).click();
  await expect(marker.locator('[data-card-id="card_s2"]')).toBeVisible();
  await page.getByRole('button', { name: /^Ongedaan maken/ }).click();
  await expect.poll(startAndEnd).toEqual(['2019-03-15', '2019-09-15']);
});

test('on the wall a participant stretches their marker into a period by tapping where it ends', async ({
  app,
  page,
  context,
}) => {
  void app;
  const caseId = await sessionCase(page);
  await commandRunner(page, caseId)('session.setPhase', { phase: 2 });
  const wall = await context.newPage();
  await wall.goto(`./#/wall/${caseId}`);
  await wall.getByRole('button', { name: 'Sam', exact: true }).click();
  const box = (await wall.getByTestId('lifeline-canvas').boundingBox())!;
  await wall.mouse.click(box.x + box.width * 0.4, box.y + box.height * 0.5);
  await expect(wall.getByTestId('wall-message')).toContainText('Markering van Sam');
  await wall.getByRole('button', { name: 'Periode maken' }).click();
  await expect(wall.getByTestId('wall-instruction')).toContainText('Sam: tik waar de periode eindigt');
  await wall.screenshot({ path: 'test-results/screens/wall-span.png' });
  await wall.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.5);
  await expect(wall.getByTestId('wall-message')).toContainText('Periode van Sam vastgelegd');
  const markers = await page.evaluate(
    async (id) =>
      (await window.__levenslijn!.services.db.records.where('caseId').equals(id).toArray()).filter(
        (r) => r.type === 'marker' && r.participantId === 'participant_sam',
      ),
    caseId,
  );
  expect(markers).toHaveLength(1);
  const m = markers[0] as { start: string; end: string | null };
  expect(m.end).not.toBeNull();
  expect(m.start < m.end!).toBe(true);
  // The button is gone once the span is set; a new tap places a new point marker.
  await expect(wall.getByRole('button', { name: 'Periode maken' })).toHaveCount(0);
});

test('the wall keeps its drawn lifeline when another window changes only stickers, and redraws it when a moment is renamed', async ({
  app,
  page,
  context,
}) => {
  void app;
  const caseId = await sessionCase(page);
  const run = commandRunner(page, caseId);
  await run('session.setPhase', { phase: 4 });
  await run('session.setTallies', { visible: true });
  const wall = await context.newPage();
  await wall.goto(`./#/wall/${caseId}`);
  const count = wall.locator('[data-card-id="card_s2"] .count');
  await expect(count).toHaveText('1');
  await wall.evaluate(() => window.__levenslijn!.wall!.markScene());
  // A sticker from the console reaches the wall by a database re-read: same records, same scene.
  await run('sticker.place', { cardId: 'card_s2', participantId: 'participant_ilse' });
  await expect(count).toHaveText('2');
  expect(await wall.evaluate(() => window.__levenslijn!.wall!.sameSceneAsMarked())).toBe(true);
  // A renamed moment that has its card is a changed drawing (the card carries the title).
  const itemId = await wall.evaluate(() => window.__levenslijn!.wall!.scene()!.cards[0]!.itemId);
  await run('item.update', { id: itemId, title: 'Nieuwe titel op de muur' });
  await expect.poll(() => wall.evaluate(() => window.__levenslijn!.wall!.sameSceneAsMarked())).toBe(false);
});
