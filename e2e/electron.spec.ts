import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { _electron as electron } from '@playwright/test';
import { test, expect } from './support/fixtures';

/**
 * The desktop app end to end: console and wall windows. Runs only where Electron's binary was
 * downloaded at install (machines with internet); elsewhere it is skipped with a printed reason.
 */
function electronBinary(): string | null {
  // Read electron's own path.txt instead of require('electron'): requiring it tries to download.
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary)
  console.log(
    'electron.spec.ts: skipped: no Electron binary (it is downloaded by npm install on machines with internet)',
  );

test.describe('desktop app (Electron)', () => {
  test.skip(!binary, 'skipped: no Electron binary (ELECTRON_SKIP_BINARY_DOWNLOAD or no internet at install)');

  test('opens the console, creates a case and opens the wall in a second window', async () => {
    const app = await electron.launch({ executablePath: binary!, args: ['dist/electron/main.cjs'] });
    const console_ = await app.firstWindow();
    await expect(console_.getByRole('heading', { name: 'Casussen' })).toBeVisible();
    await console_.getByRole('button', { name: 'Voorbeeldcasus openen' }).first().click();
    const wallPromise = app.waitForEvent('window');
    await console_.getByRole('button', { name: 'Muur openen' }).click();
    const wall = await wallPromise;
    await expect(wall.getByTestId('wall')).toBeVisible();
    await app.close();
  });
});
