import { describe, expect, it, vi } from 'vitest';
import type { App, Session, WebContents } from 'electron';
import {
  hardenSession,
  hardenWebContents,
  installSecurityHandlers,
  isAllowedNavigation,
  isAllowedRequest,
  isPermissionGranted,
  windowOpenDecision,
} from './security';

describe('isAllowedNavigation', () => {
  it('allows the app origin', () => {
    expect(isAllowedNavigation('app://levenslijn/index.html')).toBe(true);
    expect(isAllowedNavigation('app://levenslijn/index.html#/wall/case_a')).toBe(true);
  });
  it.each([
    'https://example.com/',
    'http://levenslijn/',
    'file:///etc/passwd',
    'app://levenslijn.evil.com/',
    'app://evil/',
    'app://levenslijn@evil/',
    'javascript:alert(1)',
    'data:text/html,<h1>x</h1>',
    'about:blank',
    'chrome://settings',
    '',
    'garbage',
  ])('blocks %s', (url) => expect(isAllowedNavigation(url)).toBe(false));
});

describe('other decisions', () => {
  it('denies every window.open', () => {
    expect(windowOpenDecision('app://levenslijn/index.html')).toEqual({ action: 'deny' });
    expect(windowOpenDecision('https://example.com')).toEqual({ action: 'deny' });
  });
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fullscreen',
    'unknown',
  ])('denies permission %s', (p) => expect(isPermissionGranted(p)).toBe(false));
  it('allows only app, data and blob requests', () => {
    expect(isAllowedRequest('app://levenslijn/assets/index.js')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AA==')).toBe(true);
    expect(isAllowedRequest('blob:app://levenslijn/1234')).toBe(true);
    expect(isAllowedRequest('https://fonts.googleapis.com/css')).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/')).toBe(false);
    expect(isAllowedRequest('ws://localhost:5173/')).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd')).toBe(false);
    expect(isAllowedRequest('not a url')).toBe(false);
  });
});

describe('wiring', () => {
  function fakeContents() {
    const listeners = new Map<string, (...a: unknown[]) => void>();
    let openHandler: ((d: { url: string }) => unknown) | undefined;
    const contents = {
      on: (name: string, fn: (...a: unknown[]) => void) => listeners.set(name, fn),
      setWindowOpenHandler: (fn: (d: { url: string }) => unknown) => (openHandler = fn),
    };
    return {
      contents: contents as unknown as WebContents,
      listeners,
      open: (url: string) => openHandler!({ url }),
    };
  }

  it('prevents navigation away from the app and allows in-app navigation', () => {
    const { contents, listeners, open } = fakeContents();
    hardenWebContents(contents);
    const evil = { preventDefault: vi.fn() };
    listeners.get('will-navigate')!(evil, 'https://evil.example/');
    expect(evil.preventDefault).toHaveBeenCalled();
    const ok = { preventDefault: vi.fn() };
    listeners.get('will-navigate')!(ok, 'app://levenslijn/index.html#/wall/case_a');
    expect(ok.preventDefault).not.toHaveBeenCalled();
    const frame = { url: 'file:///etc/passwd', preventDefault: vi.fn() };
    listeners.get('will-frame-navigate')!(frame);
    expect(frame.preventDefault).toHaveBeenCalled();
    const redirect = { preventDefault: vi.fn() };
    listeners.get('will-redirect')!(redirect, 'https://evil.example/');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(open('https://evil.example/')).toEqual({ action: 'deny' });
  });

  it('denies permissions and outside requests on the session', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: ((c: unknown, p: string) => boolean) | undefined;
    let device: (() => boolean) | undefined;
    let before: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    const session = {
      setPermissionRequestHandler: (fn: typeof request) => (request = fn),
      setPermissionCheckHandler: (fn: typeof check) => (check = fn),
      setDevicePermissionHandler: (fn: typeof device) => (device = fn),
      webRequest: { onBeforeRequest: (fn: typeof before) => (before = fn) },
    };
    hardenSession(session as unknown as Session);
    const cb = vi.fn();
    request!(null, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
    expect(check!(null, 'notifications')).toBe(false);
    expect(device!()).toBe(false);
    const rcb = vi.fn();
    before!({ url: 'https://tracker.example/' }, rcb);
    expect(rcb).toHaveBeenCalledWith({ cancel: true });
    before!({ url: 'app://levenslijn/index.html' }, rcb);
    expect(rcb).toHaveBeenLastCalledWith({ cancel: false });
  });

  it('hardens every web contents created later', () => {
    let created: ((e: unknown, c: WebContents) => void) | undefined;
    const app = {
      on: (name: string, fn: typeof created) => name === 'web-contents-created' && (created = fn),
    };
    installSecurityHandlers(app as unknown as App);
    const { contents, listeners } = fakeContents();
    created!({}, contents);
    expect(listeners.has('will-navigate')).toBe(true);
  });
});
