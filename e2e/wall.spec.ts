import type { Page } from '@playwright/test';
import { test, expect, caseIdFromUrl } from './support/fixtures';

async function openDemoWall(
  page: Page,
  app: { openLibrary(): Promise<void>; openDemo(): Promise<void> },
  size = { width: 1920, height: 1080 },
) {
  await app.openLibrary();
  await app.openDemo();
  const caseId = caseIdFromUrl(page);
  await page.setViewportSize(size);
  await page.goto(`./#/wall/${caseId}`);
  await page.waitForFunction(() => (window.__levenslijn?.wall?.sceneStats().widthPx ?? 0) > 0);
  return caseId;
}

const viewport = (page: Page) => page.evaluate(() => window.__levenslijn!.wall!.viewport());

/** Raw multi-touch through the DevTools protocol (one session per page keeps the touch state). */
async function touchDriver(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  return async (
    type: 'touchStart' | 'touchMove' | 'touchEnd',
    points: { x: number; y: number; id: number }[],
  ) => {
    await cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map((p) => ({ x: p.x, y: p.y, id: p.id, radiusX: 8, radiusY: 8, force: 1 })),
    });
  };
}

test.describe('the wall', () => {
  test('pans by drag, wheel and arrow keys; zooms with Ctrl+wheel around the pointer; fit all', async ({
    app,
    page,
  }) => {
    await openDemoWall(page, app);
    const canvas = page.getByTestId('lifeline-canvas');
    const box = (await canvas.boundingBox())!;
    const fit = await viewport(page);
    await expect(page.getByTestId('zoom-label')).toHaveText('Zoom 100 %');

    // Ctrl+wheel zooms in around the pointer: the metre under the pointer stays put.
    const px = box.x + 900;
    const py = box.y + 300;
    await page.mouse.move(px, py);
    const metreBefore = fit.x + 900 / fit.zoom;
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await viewport(page)).zoom).toBeGreaterThan(fit.zoom * 1.5);
    const zoomed = await viewport(page);
    expect(zoomed.x + 900 / zoomed.zoom).toBeCloseTo(metreBefore, 1);

    // Drag pans.
    await page.mouse.move(box.x + 1000, box.y + 300);
    await page.mouse.down();
    await page.mouse.move(box.x + 700, box.y + 300, { steps: 10 });
    await page.mouse.up();
    const dragged = await viewport(page);
    expect(dragged.x).toBeGreaterThan(zoomed.x);

    // Wheel pans; arrow keys pan.
    await page.mouse.wheel(0, 200);
    await expect.poll(async () => (await viewport(page)).x).toBeGreaterThan(dragged.x);
    const afterWheel = await viewport(page);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await viewport(page)).x).toBeLessThan(afterWheel.x);

    // Fit all returns to the whole lifeline.
    await page.getByRole('button', { name: 'Alles', exact: true }).click();
    await expect.poll(async () => (await viewport(page)).zoom).toBeCloseTo(fit.zoom, 5);
    await expect(page.getByTestId('zoom-label')).toHaveText('Zoom 100 %');
  });

  test('the lifeline is drawn in strips that cover the screen; panning moves them without redrawing', async ({
    app,
    page,
  }) => {
    await openDemoWall(page, app);
    const box = (await page.getByTestId('lifeline-canvas').boundingBox())!;
    // The strips' images, with the number of times each was painted, so a redraw can be told from a move.
    const strips = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLCanvasElement>('.lifeline-strips canvas')].map((c) => {
          const r = c.getBoundingClientRect();
          return {
            strip: Number(c.dataset.strip),
            left: r.left,
            right: r.right,
            tag: c.dataset.painted,
            static: !c.getContext('2d'),
          };
        }),
      );
    /** Every x across the canvas lies on a drawn strip (no blank strip shown). */
    const coverage = async () => {
      const s = await strips();
      for (let x = box.x + 1; x < box.x + box.width - 1; x += 16)
        if (!s.some((t) => t.left <= x && t.right >= x)) return `gap at ${x}`;
      return 'covered';
    };
    const zoomIn = (factor: number) =>
      page.evaluate((f) => window.__levenslijn!.wall!.zoomAt(f, 900), factor);
    const panBy = (dx: number) => page.evaluate((d) => window.__levenslijn!.wall!.panBy(d), dx);

    await expect.poll(coverage).toBe('covered');
    await zoomIn(5);
    await expect
      .poll(
        async () =>
          (await page.evaluate(() => window.__levenslijn!.wall!.sceneStats().zoom)) > 0 && coverage(),
      )
      .toBe('covered');
    // A drawn strip is a static image at once (no 2D canvas that the browser copies every frame).
    expect((await strips()).every((t) => t.static)).toBe(true);
    const before = await strips();
    await panBy(-200);
    await panBy(150);
    const after = await strips();
    expect(await coverage()).toBe('covered');
    for (const t of before) {
      const same = after.find((a) => a.strip === t.strip);
      expect(same?.tag, `strip ${t.strip} kept its bitmap`).toBe(t.tag);
      expect(same!.left).toBeCloseTo(t.left - 50, 0);
    }
    // A long pan reaches strips not drawn before; they are there in the same frame.
    for (let i = 0; i < 6; i++) {
      await panBy(-700);
      expect(await coverage()).toBe('covered');
      expect((await strips()).every((t) => t.static)).toBe(true);
    }
    // Mid zoom gesture (before the new layout) the strips are stretched and still cover the screen.
    await zoomIn(0.6);
    expect(await coverage()).toBe('covered');
  });

  test('two-finger pinch zooms and two-finger swipe pans (CDP multi-touch)', async ({ app, page }) => {
    await openDemoWall(page, app);
    const box = (await page.getByTestId('lifeline-canvas').boundingBox())!;
    const y = box.y + 320;
    const cx = box.x + 960;
    const before = await viewport(page);
    const touch = await touchDriver(page);
    await touch('touchStart', [
      { x: cx - 100, y, id: 1 },
      { x: cx + 100, y, id: 2 },
    ]);
    for (let i = 1; i <= 10; i++) {
      await touch('touchMove', [
        { x: cx - 100 - i * 30, y, id: 1 },
        { x: cx + 100 + i * 30, y, id: 2 },
      ]);
    }
    await touch('touchEnd', []);
    const pinched = await viewport(page);
    expect(pinched.zoom / before.zoom).toBeGreaterThan(2);

    // Swipe with two fingers to the left: the view moves right along the lifeline.
    await touch('touchStart', [
      { x: cx, y, id: 3 },
      { x: cx + 150, y, id: 4 },
    ]);
    for (let i = 1; i <= 10; i++) {
      await touch('touchMove', [
        { x: cx - i * 30, y, id: 3 },
        { x: cx + 150 - i * 30, y, id: 4 },
      ]);
    }
    await touch('touchEnd', []);
    const swiped = await viewport(page);
    expect(swiped.x).toBeGreaterThan(pinched.x);
    expect(swiped.zoom).toBeCloseTo(pinched.zoom, 0);
  });

  test('moved to a display with another pixel ratio, the lifeline is drawn again at its sharpness', async ({
    app,
    page,
  }) => {
    await openDemoWall(page, app);
    // bitmap width of each strip and of the overview, per CSS pixel
    const ratios = () =>
      page.evaluate(() => ({
        strips: [...document.querySelectorAll<HTMLCanvasElement>('.lifeline-strips canvas')].map(
          (c) => c.width / c.getBoundingClientRect().width,
        ),
        overview: ((c) => c.width / c.getBoundingClientRect().width)(
          document.querySelector<HTMLCanvasElement>(
            '[data-testid="overview-strip"] canvas, canvas[data-testid="overview-strip"]',
          )!,
        ),
      }));
    const before = await ratios();
    expect(before.strips.length).toBeGreaterThan(0);
    for (const r of [...before.strips, before.overview]) expect(r).toBeCloseTo(1, 1);
    const cdp = await page.context().newCDPSession(page);
    // Same size, twice the pixels. Emulating that fires no event here; a real move to another
    // display fires the resolution media query and a resize, which the wall listens for: stand in
    // for them with a resize event (the wall's size does not change, so nothing else redraws).
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: 1920,
      height: 1080,
      deviceScaleFactor: 2,
      mobile: false,
    });
    await page.evaluate(() => window.dispatchEvent(new Event('resize')));
    await expect
      .poll(async () => {
        const now = await ratios();
        return now.strips.length > 0 && [...now.strips, now.overview].every((r) => Math.abs(r - 2) < 0.05);
      })
      .toBe(true);
  });

  test('the overview strip moves the view; true size shows the lifeline at its real length', async ({
    app,
    page,
  }) => {
    await openDemoWall(page, app);
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    const zoomed = await viewport(page);
    const strip = page.getByTestId('overview-strip');
    const sbox = (await strip.boundingBox())!;
    await strip.click({ position: { x: sbox.width * 0.85, y: sbox.height / 2 } });
    await expect.poll(async () => (await viewport(page)).x).toBeGreaterThan(zoomed.x + 1);

    await page.getByRole('button', { name: 'Ware grootte' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/Breedte van dit scherm/).fill('200');
    await dialog.getByRole('button', { name: /100 %/ }).click();
    // 1920 px over 2 m of glass: 960 px per metre of lifeline.
    await expect.poll(async () => (await viewport(page)).zoom).toBeCloseTo(960, 0);
  });

  test('the wall is legible and usable on a 3840×2160 touch screen', async ({ app, page }) => {
    await openDemoWall(page, app, { width: 3840, height: 2160 });
    const stats = await app.sceneStats();
    expect(stats.cards).toBeGreaterThan(10);
    for (const button of await page.locator('.wall-controls button').all()) {
      const b = (await button.boundingBox())!;
      expect(b.height).toBeGreaterThanOrEqual(96);
      expect(b.width).toBeGreaterThanOrEqual(96);
    }
  });
});
