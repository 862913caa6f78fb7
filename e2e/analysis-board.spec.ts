import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { importRecords } from './support/reportPdf';
import { commandRunner } from './support/sessionCase';
import { dragCard, touchDrag } from './support/drag';
import { seriousViolations } from './support/axe';
import { generateDenseCase } from '../shared/fixtures/generate';
import { addDenseSession } from '../shared/fixtures/session';
import type { AnyRecord } from '../shared/model';

const SHOTS = process.env.SCREENSHOTS_DIR ?? 'test-results/screens';
const GROUPS = ['Eén plan', 'Goed luisteren', 'Bereikbaar', 'Warme overdracht', 'School doet mee'];

/** A dense session (75 strength cards: a list far taller than the screen) with five main factors. */
async function denseBoard(page: Page) {
  const now = Date.UTC(2025, 0, 1);
  const records: AnyRecord[] = addDenseSession(
    generateDenseCase({ moments: 60, periods: 10, seed: 2, now, idTag: 'g' }),
    { participants: 8, markers: 30, cards: 150, stickers: 200, seed: 4, now },
  );
  const caseId = await importRecords(page, records);
  const run = commandRunner(page, caseId);
  for (const [i, name] of GROUPS.entries())
    await run('analysis.addGroup', { id: `group_${i}`, list: 'strengths', name });
  await page.goto(`./#/analysis/${caseId}`);
  await expect(page.locator('.cluster-group')).toHaveCount(GROUPS.length);
  return {
    caseId,
    cards: records.filter((r) => r.type === 'card' && r.list === 'strengths').map((r) => r.id),
  };
}

const groupBox = (page: Page, i: number) => page.locator(`.cluster-group[data-group-id="group_${i}"]`);
const member = (page: Page, i: number, cardId: string) =>
  groupBox(page, i).locator(`[data-card-id="${cardId}"]`);

test.describe('the grouping board on a 1366×768 laptop', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('every drag lands, from anywhere in a list much taller than the screen; the main factors stay in view', async ({
    app,
    page,
  }) => {
    void app;
    test.setTimeout(180_000);
    mkdirSync(SHOTS, { recursive: true });
    const { cards } = await denseBoard(page);
    const listHeight = await page.locator('.cards-pane').evaluate((e) => e.scrollHeight);
    expect(listHeight, 'the cards list is several screens tall').toBeGreaterThan(3 * 768);
    // 12 cards from top to bottom of the list, each dragged onto a main factor.
    const picks = Array.from({ length: 12 }, (_, k) => cards[Math.floor((k * (cards.length - 1)) / 11)]!);
    let landed = 0;
    for (const [k, cardId] of picks.entries()) {
      const target = k % GROUPS.length;
      await dragCard(page, page.locator(`.cluster-card[data-card-id="${cardId}"]`), groupBox(page, target));
      // the pinned pane is on screen wherever the cards are scrolled to
      const box = (await groupBox(page, target).boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      await expect(member(page, target, cardId)).toHaveCount(1);
      landed++;
    }
    expect(landed).toBe(picks.length);
    await page.screenshot({ path: `${SHOTS}/board-1366.png` });
    expect(await seriousViolations(page), 'analysis board').toEqual([]);
  });

  test('the board scrolls by itself while a card is held near its edge; a card moves between main factors and back', async ({
    app,
    page,
  }) => {
    void app;
    await denseBoard(page);
    const scroller = page.locator('.analysis-main');
    const first = page.locator('.cluster-card').first();
    const cardId = (await first.getAttribute('data-card-id'))!;
    const a = (await first.boundingBox())!;
    const before = await scroller.evaluate((e) => e.scrollTop);
    await page.mouse.move(a.x + 40, a.y + 15);
    await page.mouse.down();
    await page.mouse.move(a.x + 60, a.y + 40, { steps: 4 });
    await page.mouse.move(a.x + 60, 760, { steps: 10 });
    await expect
      .poll(() => scroller.evaluate((e) => e.scrollTop), { timeout: 5000 })
      .toBeGreaterThan(before + 300);
    // still held: drop it on a main factor, which is still on screen
    const g = (await groupBox(page, 1).boundingBox())!;
    await page.mouse.move(g.x + g.width / 2, g.y + 30, { steps: 10 });
    await expect(groupBox(page, 1)).toHaveClass(/drop-over/);
    await page.mouse.up();
    await expect(member(page, 1, cardId)).toHaveCount(1);
    // dragged from one main factor to another it moves; dragged back to the cards it leaves
    await dragCard(page, member(page, 1, cardId).locator('.member-handle'), groupBox(page, 3));
    await expect(member(page, 3, cardId)).toHaveCount(1);
    await expect(member(page, 1, cardId)).toHaveCount(0);
    // back onto the cards (anywhere in their column, wherever the list is scrolled to)
    await member(page, 3, cardId).locator('.member-handle').scrollIntoViewIfNeeded();
    const handle = (await member(page, 3, cardId).locator('.member-handle').boundingBox())!;
    await page.mouse.move(handle.x + 20, handle.y + 10);
    await page.mouse.down();
    await page.mouse.move(handle.x + 40, handle.y + 30, { steps: 4 });
    await page.mouse.move(250, 450, { steps: 12 });
    await expect(page.locator('.cards-pane')).toHaveClass(/drop-over/);
    await page.mouse.up();
    await expect(page.locator(`.cluster-group [data-card-id="${cardId}"]`)).toHaveCount(0);
  });

  test('grouping by keyboard: 1–9 put the focused card under a main factor (several allowed), 0 takes it out', async ({
    app,
    page,
  }) => {
    void app;
    const { cards } = await denseBoard(page);
    const card = page.locator(`.cluster-card[data-card-id="${cards[5]}"]`);
    await card.focus();
    await page.keyboard.press('2');
    await expect(member(page, 1, cards[5]!)).toHaveCount(1);
    await card.focus();
    await page.keyboard.press('4');
    await expect(member(page, 3, cards[5]!)).toHaveCount(1);
    await expect(member(page, 1, cards[5]!)).toHaveCount(1);
    await card.focus();
    await page.keyboard.press('2');
    await expect(member(page, 1, cards[5]!)).toHaveCount(0);
    await card.focus();
    await page.keyboard.press('0');
    await expect(page.locator(`.cluster-group [data-card-id="${cards[5]}"]`)).toHaveCount(0);
    // Tab reaches the cards and the menus (nothing is mouse-only)
    await card.focus();
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('aria-haspopup', 'dialog');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});

test('on a touch screen a held card is dragged onto a main factor; a swipe still scrolls the list', async ({
  app,
  page,
}) => {
  void app;
  const { cards } = await denseBoard(page);
  const target = cards[7]!;
  await touchDrag(page, page.locator(`.cluster-card[data-card-id="${target}"]`), groupBox(page, 2));
  await expect(member(page, 2, target)).toHaveCount(1);
  // targets large enough for a finger
  const menu = (await page.locator('.card-menu-button').first().boundingBox())!;
  expect(Math.min(menu.width, menu.height)).toBeGreaterThanOrEqual(48);
  await page.screenshot({ path: `${SHOTS}/board-touch-1920.png` });
  // a quick swipe (no hold) scrolls the cards and picks nothing up
  const scroller = page.locator('.analysis-main');
  const before = await scroller.evaluate((e) => e.scrollTop);
  // on the cards' column, wherever the list is scrolled to
  const pane = (await page.locator('.cards-pane').boundingBox())!;
  const cdp = await page.context().newCDPSession(page);
  const at = (y: number) => [{ x: Math.round(pane.x + 100), y: Math.round(y), id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(400) });
  for (let i = 1; i <= 8; i++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(400 + i * 40) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  // (the finger moves down: the list scrolls back up)
  await expect.poll(() => scroller.evaluate((e) => e.scrollTop)).toBeLessThan(before - 100);
  await expect(page.locator('.cluster-card.dragging')).toHaveCount(0);
  await expect(page.locator('.cluster-group [data-card-id]')).toHaveCount(1);
});
