import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, enableTestApi, caseIdFromUrl } from './support/fixtures';
import { settled, wallScene } from './support/legibility';
import { serializeCase } from '../shared/file';
import { generateDenseCase } from '../shared/fixtures/generate';
import { addDenseSession } from '../shared/fixtures/session';

const NOW = Date.UTC(2025, 0, 1);
const denseSession = (phase: number) => {
  const records = addDenseSession(
    generateDenseCase({ moments: 400, periods: 40, seed: 1, now: NOW, idTag: 't' }),
    {
      participants: 8,
      markers: 24,
      cards: 40,
      stickers: 40,
      seed: 3,
      now: NOW,
    },
  ).map((r) => (r.type === 'session' ? { ...r, phase: phase as 1 } : r));
  return serializeCase(records, { appVersion: 'test' });
};

async function importAndOpenWall(page: Page, text: string): Promise<string> {
  await page.goto('./#/');
  await page.waitForFunction(() => !!window.__levenslijn);
  const r = await page.evaluate((t) => window.__levenslijn!.importCaseText(t), text);
  if (r.kind !== 'imported') throw new Error(r.message);
  await page.goto(`./#/wall/${r.caseId}`);
  await page.waitForFunction(() => (window.__levenslijn?.wall?.sceneStats().widthPx ?? 0) > 0);
  await settled(page);
  return r.caseId;
}

/** Raw touch through the DevTools protocol (one session per page keeps the touch state). */
async function touchDriver(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const send = (
    type: 'touchStart' | 'touchMove' | 'touchEnd',
    points: { x: number; y: number; id: number }[],
  ) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map((p) => ({ x: p.x, y: p.y, id: p.id, radiusX: 6, radiusY: 6, force: 1 })),
    });
  return {
    send,
    tap: async (x: number, y: number) => {
      await send('touchStart', [{ x, y, id: 1 }]);
      await send('touchEnd', []);
    },
    drag: async (from: { x: number; y: number }, to: { x: number; y: number }, steps = 12) => {
      await send('touchStart', [{ ...from, id: 1 }]);
      for (let i = 1; i <= steps; i++)
        await send('touchMove', [
          { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps, id: 1 },
        ]);
      await send('touchEnd', []);
    },
  };
}

/** Taps the group in the middle of the screen (or the smallest); returns it and the viewport. */
async function tapGroup(page: Page, pick: 'middle' | 'smallest') {
  const { scene, vp } = await wallScene(page);
  expect(scene.groups.length).toBeGreaterThan(0);
  const screenX = (x: number) => x - vp.x * vp.zoom;
  const group = [...scene.groups].sort((a, b) =>
    pick === 'smallest'
      ? a.itemIds.length - b.itemIds.length
      : Math.abs(screenX(a.x) - 960) - Math.abs(screenX(b.x) - 960),
  )[0]!;
  const stage = (await page.getByTestId('lifeline-canvas').boundingBox())!;
  const touch = await touchDriver(page);
  await touch.tap(stage.x + screenX(group.x + group.width / 2), stage.y + group.y + group.height / 2);
  return { group, vp };
}

test('tapping a group shows its moments in large type; "zoom in" makes them cards', async ({ app, page }) => {
  void app;
  const realistic = readFileSync(
    new URL('../shared/fixtures/cases/gezin-el-amrani-38.levenslijn', import.meta.url),
    'utf8',
  );
  await importAndOpenWall(page, realistic);
  const { group, vp } = await tapGroup(page, 'smallest');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const rows = dialog.locator('li');
  await expect(rows).toHaveCount(group.itemIds.length);
  expect(await rows.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.itemId).sort())).toEqual(
    [...group.itemIds].sort(),
  );
  // large type: titles at 24 px or more, dates at 20 or more
  const sizes = await dialog.evaluate((el) =>
    [...el.querySelectorAll('li strong, li .when')].map((e) => [
      e.tagName,
      parseFloat(getComputedStyle(e).fontSize),
    ]),
  );
  expect(sizes.length).toBe(group.itemIds.length * 2);
  for (const [tag, px] of sizes) expect(px as number).toBeGreaterThanOrEqual(tag === 'STRONG' ? 24 : 20);
  await dialog.getByRole('button', { name: 'Inzoomen tot ze er allemaal staan' }).click();
  await expect(dialog).toBeHidden();
  await settled(page);
  const after = await wallScene(page);
  expect(after.vp.zoom).toBeGreaterThan(vp.zoom);
  const cards = new Set(after.scene.cards.map((c) => c.itemId));
  expect(group.itemIds.filter((id) => !cards.has(id))).toEqual([]);
});

test('a large group of the dense case: "zoom in" from its list also makes every one of its moments a card', async ({
  app,
  page,
}) => {
  void app;
  await importAndOpenWall(page, denseSession(1));
  const { group } = await tapGroup(page, 'middle');
  await page.getByRole('dialog').getByRole('button', { name: 'Inzoomen tot ze er allemaal staan' }).click();
  await settled(page);
  const { scene } = await wallScene(page);
  const stillGrouped = new Set(scene.groups.flatMap((g) => g.itemIds));
  const left = group.itemIds.filter((id) => stillGrouped.has(id)).length;
  expect(group.itemIds.length).toBeGreaterThan(10);
  expect(left).toBe(0);
});

test('sticker round: a swipe on a card scrolls its list to the last card, a drag from a tray still places a sticker; placed stickers are 48 px targets', async ({
  app,
  page,
}) => {
  void app;
  const caseId = await importAndOpenWall(page, denseSession(4));
  const lists = page.locator('.wall-lists');
  const touch = await touchDriver(page);
  const firstCard = (await page.locator('.wall-list.strengths .wall-card').first().boundingBox())!;
  const listBox = (await lists.boundingBox())!;
  expect(await lists.evaluate((el) => el.scrollHeight > el.clientHeight + 50)).toBe(true);
  // swipe up on a card: the list scrolls (the card's touch-action lets the browser pan)
  const start = { x: firstCard.x + firstCard.width / 2, y: listBox.y + listBox.height - 30 };
  await touch.drag(start, { x: start.x, y: listBox.y + 40 });
  await expect.poll(() => lists.evaluate((el) => el.scrollTop)).toBeGreaterThan(50);
  // keep swiping: the last card of the longer list comes into view
  const last = page.locator('.wall-list.strengths .wall-card').last();
  for (let i = 0; i < 30; i++) {
    const b = (await last.boundingBox())!;
    if (b.y + b.height <= listBox.y + listBox.height + 1) break;
    await touch.drag(start, { x: start.x, y: listBox.y + 40 });
  }
  const lastBox = (await last.boundingBox())!;
  expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(listBox.y + listBox.height + 1);
  expect(lastBox.y).toBeGreaterThanOrEqual(listBox.y - 1);

  // a drag from a tray onto that card still places a sticker
  const stickers = () =>
    page.evaluate(
      async (id) =>
        (await window.__levenslijn!.services.db.records.where('caseId').equals(id).toArray()).filter(
          (r) => r.type === 'sticker',
        ).length,
      caseId,
    );
  const before = await stickers();
  const tray = page.locator('[data-tray-for] .tray-sticker.good').first();
  await expect(tray).toBeVisible();
  const from = (await tray.boundingBox())!;
  await touch.drag(
    { x: from.x + from.width / 2, y: from.y + from.height / 2 },
    { x: lastBox.x + lastBox.width / 2, y: lastBox.y + lastBox.height / 2 },
    16,
  );
  await expect.poll(stickers).toBe(before + 1);
  // placed stickers (tallies are shown in this session) are touch targets of 48 px at least
  const sizes = await page.locator('.wall-card .sticker').evaluateAll((els) =>
    els.slice(0, 20).map((e) => {
      const r = e.getBoundingClientRect();
      return Math.min(r.width, r.height);
    }),
  );
  expect(sizes.length).toBeGreaterThan(0);
  for (const s of sizes) expect(s).toBeGreaterThanOrEqual(48);
});

test('the reading distance and the ages, set on the console, reach a wall in another window live', async ({
  app,
  page,
  context,
}) => {
  void app;
  await page.goto('./#/');
  await page.getByRole('button', { name: 'Voorbeeldcasus openen' }).first().click();
  await page.waitForURL(/#\/case\//);
  const caseId = caseIdFromUrl(page);
  await page.getByRole('button', { name: 'Sessie', exact: true }).click();
  const wall = await context.newPage();
  await enableTestApi(wall);
  await wall.goto(`./#/wall/${caseId}`);
  await wall.waitForFunction(() => (window.__levenslijn?.wall?.sceneStats().widthPx ?? 0) > 0);
  const metrics = () => wall.evaluate(() => window.__levenslijn!.wall!.scene()!.metrics);
  const ages = () => wall.evaluate(() => window.__levenslijn!.wall!.scene()!.ages.length);
  expect((await metrics()).titleFont).toBe(24);
  expect(await ages()).toBeGreaterThan(0);
  const wallTitle = async () =>
    parseFloat(await wall.locator('.wall-zoom-label').evaluate((e) => getComputedStyle(e).fontSize));
  expect(await wallTitle()).toBe(20);

  // (the choice shows the stored preference: it changes once it is stored)
  await page.getByRole('radio', { name: '6 m (zaal)' }).click();
  await expect(page.getByRole('radio', { name: '6 m (zaal)' })).toBeChecked();
  await expect.poll(async () => (await metrics()).titleFont).toBe(31);
  await expect.poll(wallTitle).toBe(26);
  // at 2 m a 1080p wall keeps its 20 px floor
  await page.getByRole('radio', { name: '2 m (aanraakscherm)' }).click();
  await expect.poll(async () => (await metrics()).titleFont).toBe(24);
  // the console itself keeps its desktop sizes
  expect(
    parseFloat(await page.locator('.wall-settings h2').evaluate((e) => getComputedStyle(e).fontSize)),
  ).toBeLessThan(30);

  // (the box shows the stored setting: it changes once the command is stored)
  const agesBox = page.getByLabel('Leeftijden van de gezinsleden op de muur');
  await agesBox.click();
  await expect(agesBox).not.toBeChecked();
  await expect.poll(ages).toBe(0);
  await agesBox.click();
  await expect(agesBox).toBeChecked();
  await expect.poll(ages).toBeGreaterThan(0);
});

test('at 3840×2160 a 2 m touch screen draws its type smaller than a 4 m projector, never under the 1080p floor', async ({
  app,
  page,
}) => {
  void app;
  await page.setViewportSize({ width: 3840, height: 2160 });
  await importAndOpenWall(page, denseSession(1));
  expect((await wallScene(page)).scene.metrics.titleFont).toBe(48);
  await page.evaluate(async () => {
    await window.__levenslijn!.services.db.prefs.put({ key: 'wallReadingDistance', value: 2 });
  });
  await expect.poll(async () => (await wallScene(page)).scene.metrics.titleFont).toBe(41);
});
