/**
 * BrowserWindow options for the console (facilitator) and the wall (projected view).
 * The security flags are spelled out even where they equal Electron's defaults, so a reader
 * (and scripts/security-scan.mjs) can see them.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { Rect } from './displays';

export interface WindowOptionsInput {
  readonly preloadPath: string;
  readonly isProduction: boolean;
  readonly bounds?: Rect;
}

export function secureWebPreferences(preloadPath: string, isProduction: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    disableBlinkFeatures: 'Auxclick',
    devTools: !isProduction,
  };
}

export function consoleWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...(input.bounds ?? { width: 1280, height: 800 }),
    minWidth: 900,
    minHeight: 600,
    title: 'Levenslijn',
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(input.preloadPath, input.isProduction),
  };
}

export function wallWindowOptions(
  input: WindowOptionsInput & { readonly fullscreen: boolean },
): BrowserWindowConstructorOptions {
  return {
    ...(input.bounds ?? { width: 1280, height: 800 }),
    minWidth: 480,
    minHeight: 320,
    title: 'Levenslijn — wand',
    show: false,
    fullscreen: input.fullscreen,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(input.preloadPath, input.isProduction),
  };
}
