import { describe, expect, it } from 'vitest';
import { consoleWindowOptions, wallWindowOptions } from './windowOptions';

const preloadPath = '/opt/Levenslijn/resources/app.asar/dist/electron/preload.cjs';

describe('window options', () => {
  const variants = [
    ['console', (p: boolean) => consoleWindowOptions({ preloadPath, isProduction: p })],
    ['wall', (p: boolean) => wallWindowOptions({ preloadPath, isProduction: p, fullscreen: true })],
  ] as const;

  it.each(variants)('%s window is isolated, sandboxed and without Node', (_name, make) => {
    const wp = make(true).webPreferences!;
    expect(wp.contextIsolation).toBe(true);
    expect(wp.sandbox).toBe(true);
    expect(wp.nodeIntegration).toBe(false);
    expect(wp.nodeIntegrationInWorker).toBe(false);
    expect(wp.nodeIntegrationInSubFrames).toBe(false);
    expect(wp.webSecurity).toBe(true);
    expect(wp.allowRunningInsecureContent).toBe(false);
    expect(wp.webviewTag).toBe(false);
    expect(wp.preload).toBe(preloadPath);
  });

  it.each(variants)('%s window has no devtools in production, devtools in development', (_name, make) => {
    expect(make(true).webPreferences!.devTools).toBe(false);
    expect(make(false).webPreferences!.devTools).toBe(true);
    // the security flags do not depend on the mode
    expect(make(false).webPreferences!.sandbox).toBe(true);
    expect(make(false).webPreferences!.contextIsolation).toBe(true);
  });

  it('uses the given bounds and full-screen flag for the wall', () => {
    const o = wallWindowOptions({
      preloadPath,
      isProduction: true,
      fullscreen: false,
      bounds: { x: 10, y: 20, width: 800, height: 600 },
    });
    expect(o).toMatchObject({ x: 10, y: 20, width: 800, height: 600, fullscreen: false, show: false });
  });
});
