/**
 * Runtime hardening for every web contents and the default session.
 * The decisions are pure functions (tested); the install functions only wire them to Electron
 * objects passed in, so this module has no runtime dependency on 'electron'.
 */
import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './origin';

/** Navigation is allowed only within the app's own origin. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** New windows are never opened by the renderer (the wall is opened by main through IPC). */
export function windowOpenDecision(_url: string): { action: 'deny' } {
  return { action: 'deny' };
}

/** No web permission (camera, microphone, notifications, geolocation, clipboard-read, …) is granted. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}

/** The app is offline: only its own origin plus inline data/blob URLs may be requested. */
export function isAllowedRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  // devtools: only reachable when devTools is enabled (development builds).
  return protocol === 'data:' || protocol === 'blob:' || protocol === 'devtools:';
}

/** Hardening of a single web contents: navigation, redirects, pop-ups, webviews. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => windowOpenDecision(url));
}

/** Session-wide: deny all permissions, block every request that leaves the app. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    callback(isPermissionGranted(permission));
  });
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
}

/** Applies hardenWebContents to every web contents ever created (windows, frames, devtools). */
export function installSecurityHandlers(app: App): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
