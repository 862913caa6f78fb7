// Dev aid: opens the demo case and screenshots the console editor and the wall (1920×1080, 3840×2160).
import { chromium } from 'playwright-core';
const base = process.argv[2] ?? 'http://127.0.0.1:4800/';
const out = process.argv[3] ?? '/tmp/shots';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
const page = await ctx.newPage();
const log = (p) => {
  p.on('console', (m) => m.type() !== 'log' && console.log('console:', m.type(), m.text()));
  p.on('pageerror', (e) => console.log('pageerror:', e.message));
};
log(page);
await page.goto(base);
await page.getByRole('button', { name: 'Voorbeeldcasus openen' }).first().click();
await page.waitForTimeout(1500);
await page.screenshot({ path: `${out}/editor.png` });
const caseId = decodeURIComponent(page.url().split('/case/')[1] ?? '');
console.log('case', caseId);
for (const [w, h] of [
  [1920, 1080],
  [3840, 2160],
]) {
  const wall = await ctx.newPage();
  log(wall);
  await wall.setViewportSize({ width: w, height: h });
  await wall.goto(`${base}#/wall/${caseId}`);
  await wall.waitForTimeout(1500);
  await wall.screenshot({ path: `${out}/wall-${w}.png` });
  await wall.close();
}
await browser.close();
