import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
// @ts-expect-error: plain JavaScript module of the scripts
import { createWebServer } from '../scripts/lib/webServer.mjs';

/**
 * The shipped build (dist/renderer: the desktop app, `npm run web`, `npm run report`) has no
 * test API: not in its code, and not switched on by the localStorage flag the tests use. External
 * acceptance scripts drive it through the UI: a plain case file imports with no extra dialog and
 * the imported case opens with its id in the URL.
 */
const ROOT = join(process.cwd(), 'dist', 'renderer');

test.beforeAll(() => {
  if (!existsSync(join(ROOT, 'index.html')))
    expect(spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' }).status).toBe(0);
});

test('the shipped build holds no test API, in its code or at run time, and imports through the UI', async ({
  page,
}) => {
  const code = readdirSync(join(ROOT, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(ROOT, 'assets', f), 'utf8'))
    .join('\n');
  for (const trace of [
    'levenslijnTestApi',
    'levenslijnRenderMode',
    'levenslijnUndoWindowMs',
    'openFromFileManager',
  ])
    expect(code.includes(trace), `the shipped build contains ${trace}`).toBe(false);
  expect(
    /window\.__levenslijn\b|\.__levenslijn\s*=/.test(code),
    'the shipped build sets window.__levenslijn',
  ).toBe(false);

  const web = createWebServer({ root: ROOT, log: () => undefined });
  const port = await web.listen(4837);
  try {
    await page.addInitScript(() => {
      localStorage.setItem('levenslijnTestApi', '1');
      localStorage.setItem('levenslijnRenderMode', 'naive');
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    await expect(page.getByRole('heading', { name: 'Casussen' })).toBeVisible();
    expect(await page.evaluate(() => typeof (window as { __levenslijn?: unknown }).__levenslijn)).toBe(
      'undefined',
    );
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Casus importeren' }).click();
    await (await chooser).setFiles('shared/file/fixtures/case-v1.json');
    await expect(page).toHaveURL(/#\/case\/case_fx1$/);
    await expect(page.locator('.topbar-title')).toHaveText('Gezin Duinkerk');
    expect(await page.title()).toBe('Levenslijn');
  } finally {
    await web.close();
  }
});
