/**
 * The `app://levenslijn/` protocol that serves the renderer from dist/renderer.
 *
 * Why a custom privileged scheme instead of file://:
 *  - `standard: true` + `secure: true` give the renderer a real, secure origin, so IndexedDB
 *    (where all case data lives), localStorage and fetch work as on https.
 *  - The origin is the fixed string `app://levenslijn` and does NOT depend on the install path
 *    or the app version. IndexedDB is keyed by origin, so data survives updates and moves.
 *    Never rename APP_SCHEME / APP_HOST: existing users would lose their stored cases.
 *  - registerSchemesAsPrivileged must be called BEFORE the app's 'ready' event (Electron only
 *    accepts privileged schemes at startup), which is why main.ts calls it at module load.
 */
import type { Protocol } from 'electron';
import fs from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './origin';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
} as const;

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps `app://levenslijn/<path>` to a file under `rootDir`, or null when the URL is not ours or
 * tries to leave the root (`..`, encoded separators, NUL, backslashes). `/` maps to index.html.
 * Query and hash are ignored (the renderer uses hash routes).
 */
export function resolveAppUrl(url: string, rootDir: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.hostname !== APP_HOST || u.port || u.username || u.password)
    return null;
  const raw = u.pathname;
  // Encoded separators or dots could smuggle a traversal past URL normalisation.
  if (/%2f|%5c|%00|%2e/i.test(raw)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative);
  const rel = path.relative(root, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return file;
}

export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

/** Builds the response for one request. Exported for tests. */
export async function respond(url: string, method: string, rootDir: string): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD') {
    return new Response('Method not allowed', {
      status: 405,
      headers: securityHeaders('text/plain; charset=utf-8'),
    });
  }
  const file = resolveAppUrl(url, rootDir);
  if (!file)
    return new Response('Not found', { status: 404, headers: securityHeaders('text/plain; charset=utf-8') });
  try {
    const body = await fs.readFile(file);
    return new Response(method === 'HEAD' ? null : body, {
      status: 200,
      headers: securityHeaders(mimeTypeFor(file)),
    });
  } catch {
    return new Response('Not found', { status: 404, headers: securityHeaders('text/plain; charset=utf-8') });
  }
}

/** Must run before app 'ready'. */
export function registerAppSchemePrivileged(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/** Serves dist/renderer on app://levenslijn/. Call after 'ready'. */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respond(request.url, request.method, rootDir));
}
