import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Protocol } from 'electron';
import {
  CONTENT_SECURITY_POLICY,
  mimeTypeFor,
  registerAppSchemePrivileged,
  resolveAppUrl,
  respond,
} from './protocol';

const root = path.resolve('/srv/levenslijn/dist/renderer');

describe('resolveAppUrl', () => {
  it('maps app URLs to files under the root', () => {
    expect(resolveAppUrl('app://levenslijn/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppUrl('app://levenslijn/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppUrl('app://levenslijn/index.html#/wall/case_a', root)).toBe(
      path.join(root, 'index.html'),
    );
    expect(resolveAppUrl('app://levenslijn/assets/index-abc.js?v=1', root)).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppUrl('app://levenslijn/fonts/Atkinson%20Hyperlegible.woff2', root)).toBe(
      path.join(root, 'fonts', 'Atkinson Hyperlegible.woff2'),
    );
  });

  it.each([
    'app://levenslijn/assets/%2e%2e%2f%2e%2e%2fsecret',
    'app://levenslijn/..%2f..%2fsecret',
    'app://levenslijn/..%5c..%5csecret',
    'app://levenslijn/a%00.html',
    'app://levenslijn/%E0%A4%A',
    'app://levenslijn/a\\b.html',
    'app://evil/index.html',
    'app://levenslijn.evil/index.html',
    'app://levenslijn:1234/index.html',
    'app://user@levenslijn/index.html',
    'https://levenslijn/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('rejects %s', (url) => {
    expect(resolveAppUrl(url, root)).toBeNull();
  });

  it.each([
    'app://levenslijn/../../etc/passwd',
    'app://levenslijn/%2e%2e/%2e%2e/etc/passwd',
    'app://levenslijn/a/./../../../x',
  ])('never escapes the root: %s', (url) => {
    // WHATWG URL parsing already removes dot segments; whatever remains must stay strictly inside.
    const r = resolveAppUrl(url, root);
    if (r !== null) expect(r.startsWith(root + path.sep)).toBe(true);
  });

  it('knows common MIME types', () => {
    expect(mimeTypeFor('a.js')).toMatch(/javascript/);
    expect(mimeTypeFor('a.HTML')).toMatch(/text\/html/);
    expect(mimeTypeFor('a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a.exe')).toBe('application/octet-stream');
  });
});

describe('respond', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'levenslijn-proto-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Levenslijn</title>');
    fs.writeFileSync(path.join(dir, 'assets', 'a.js'), 'console.log(1)');
    fs.writeFileSync(path.join(path.dirname(dir), 'levenslijn-secret.txt'), 'secret');
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(path.join(path.dirname(dir), 'levenslijn-secret.txt'), { force: true });
  });

  it('serves files with the strict CSP', async () => {
    const r = await respond('app://levenslijn/index.html', 'GET', dir);
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('Levenslijn');
    expect(r.headers.get('content-type')).toMatch(/text\/html/);
    expect(r.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    const js = await respond('app://levenslijn/assets/a.js', 'GET', dir);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
  });

  it('uses exactly the agreed CSP', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
  });

  it('returns 404 for missing files and traversal attempts', async () => {
    expect((await respond('app://levenslijn/missing.js', 'GET', dir)).status).toBe(404);
    expect((await respond('app://levenslijn/%2e%2e/levenslijn-secret.txt', 'GET', dir)).status).toBe(404);
    expect((await respond('app://levenslijn/../levenslijn-secret.txt', 'GET', dir)).status).toBe(404);
    expect((await respond('app://other/index.html', 'GET', dir)).status).toBe(404);
  });

  it('refuses methods other than GET/HEAD', async () => {
    expect((await respond('app://levenslijn/index.html', 'POST', dir)).status).toBe(405);
  });
});

describe('registration', () => {
  it('registers app as standard, secure and fetch-capable', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppSchemePrivileged({ registerSchemesAsPrivileged } as unknown as Protocol);
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      },
    ]);
  });
});
