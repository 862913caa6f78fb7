import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';

/**
 * Debian's Chromium started as a user starts it, on a profile folder the test controls
 * (--user-data-dir), reached over the DevTools protocol: the durability and purge tests need
 * the real profile on disk, its crashes and its clean shutdowns.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface RunningBrowser {
  readonly proc: ChildProcess;
  readonly browser: Browser;
  readonly exited: Promise<unknown>;
}

export async function startBrowser(profile: string): Promise<RunningBrowser> {
  const portFile = join(profile, 'DevToolsActivePort');
  rmSync(portFile, { force: true });
  // Its own process group, so a kill takes the renderer and storage processes down with it.
  const proc = spawn(
    chromiumPath,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    { stdio: 'ignore', detached: true },
  );
  const exited = new Promise((r) => proc.once('exit', r));
  // Chromium creates the file before it writes the port into it.
  let port = '';
  for (let i = 0; i < 200 && !/^\d+$/.test(port); i++) {
    await new Promise((r) => setTimeout(r, 50));
    port = existsSync(portFile) ? readFileSync(portFile, 'utf8').split('\n')[0]! : '';
  }
  if (!/^\d+$/.test(port)) throw new Error(`Chromium wrote no DevTools port to ${portFile}`);
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  return { proc, browser, exited };
}

/** SIGKILL for the whole browser (every process of the group), then wait until none is left. */
export async function killBrowser(proc: ChildProcess, profile: string): Promise<void> {
  try {
    process.kill(-proc.pid!, 'SIGKILL');
  } catch {
    proc.kill('SIGKILL');
  }
  await waitForNoProcess(profile);
}

/** Closes the browser as a user does (its files are written and closed), then waits for its processes. */
export async function closeBrowser(running: RunningBrowser, profile: string): Promise<void> {
  const cdp = await running.browser.newBrowserCDPSession();
  await cdp.send('Browser.close').catch(() => undefined);
  await Promise.race([running.exited, new Promise((r) => setTimeout(r, 20_000))]);
  await waitForNoProcess(profile);
}

async function waitForNoProcess(profile: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const left = spawnSync('pgrep', ['-f', `--user-data-dir=${profile}`], { encoding: 'utf8' }).stdout.trim();
    if (!left) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('browser processes survived');
}
