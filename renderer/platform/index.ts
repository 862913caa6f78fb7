import type { Platform } from '@shared/platform/types';
import { createBrowserPlatform } from './browser';

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge); absent in a plain browser. */
    levenslijnPlatform?: Platform;
  }
}

/** The Electron preload's implementation when running in the desktop app, else the browser's. */
export function getPlatform(): Platform {
  return window.levenslijnPlatform ?? createBrowserPlatform();
}
