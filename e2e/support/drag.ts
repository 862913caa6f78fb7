import type { Locator, Page } from '@playwright/test';

/**
 * Drags with the mouse the way a person does: press, move in small steps (the board starts a
 * drag after a few pixels and scrolls near its edges), release over the target's middle.
 */
export async function dragCard(page: Page, from: Locator, to: Locator, opts: { hold?: number } = {}) {
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  await page.mouse.move(a.x + a.width / 3, a.y + Math.min(20, a.height / 2));
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 3 + 12, a.y + 24, { steps: 4 });
  if (opts.hold) await page.waitForTimeout(opts.hold);
  const b = (await to.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + Math.min(40, b.height / 2), { steps: 12 });
  await page.mouse.move(b.x + b.width / 2 + 2, b.y + Math.min(40, b.height / 2) + 2, { steps: 2 });
  await page.mouse.up();
}

/** The same with a finger (CDP touch events): hold to pick up, move, lift. */
export async function touchDrag(page: Page, from: Locator, to: Locator) {
  const cdp = await page.context().newCDPSession(page);
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  const start = { x: a.x + a.width / 3, y: a.y + Math.min(20, a.height / 2) };
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', p: { x: number; y: number }) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x: Math.round(p.x), y: Math.round(p.y), id: 1 }],
    });
  await touch('touchStart', start);
  await page.waitForTimeout(350); // a hold picks the card up; a quick swipe scrolls
  await touch('touchMove', { x: start.x + 14, y: start.y + 14 });
  // aim where the target is once the card is picked up (the board rearranges for the drag)
  const b = (await to.boundingBox())!;
  const end = { x: b.x + b.width / 2, y: b.y + Math.min(40, b.height / 2) };
  for (let i = 1; i <= 12; i++)
    await touch('touchMove', {
      x: start.x + ((end.x - start.x) * i) / 12,
      y: start.y + ((end.y - start.y) * i) / 12,
    });
  await touch('touchEnd', end);
  await cdp.detach();
}
