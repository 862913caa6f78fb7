import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript module of the scripts
import { createWebServer, REPORT_PATH } from './lib/webServer.mjs';

/** The local web server (npm run web) under hostile requests. Its report renderer is replaced by
 * a controllable stand-in here: these tests are about the server's own guards and queue. */

type Web = ReturnType<typeof createWebServer>;
const servers: Web[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

const root = mkdtempSync(join(tmpdir(), 'levenslijn-web-'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Levenslijn</title>');

async function start(opts: Record<string, unknown> = {}): Promise<{ web: Web; port: number }> {
  const web = createWebServer({ root, log: () => undefined, ...opts });
  servers.push(web);
  const port = await web.listen(0);
  return { web, port };
}

function send(
  port: number,
  {
    method = 'GET',
    path = '/',
    headers = {},
    body,
  }: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method, path, headers: { Host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const report = (port: number, headers: Record<string, string> = {}) =>
  send(port, {
    method: 'POST',
    path: REPORT_PATH,
    headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${port}`, ...headers },
    body: '{}',
  });

describe('the local web server', () => {
  it('answers a malformed URL with 400 and stays up', async () => {
    const { port } = await start();
    expect((await send(port, { path: '/%E0' })).status).toBe(400);
    expect((await send(port, { path: '/%' })).status).toBe(400);
    expect((await send(port, { path: '/a%00b' })).status).toBe(400);
    expect((await send(port, { path: '/' })).status).toBe(200);
  });

  it('answers garbage that is not HTTP with 400 and stays up', async () => {
    const { port } = await start();
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('\u0000\u0001 nonsense\r\n\r\n'));
      let text = '';
      socket.on('data', (d) => (text += d.toString()));
      socket.on('close', () => resolve(text));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect((await send(port, { path: '/' })).status).toBe(200);
  });

  it('serves only to a loopback Host (no DNS rebinding) and no file outside its folder', async () => {
    const { port } = await start();
    expect((await send(port, { headers: { Host: 'evil.example:80' } })).status).toBe(403);
    expect((await send(port, { headers: { Host: `localhost:${port}` } })).status).toBe(200);
    expect((await send(port, { path: '/../../etc/passwd' })).status).not.toBe(200);
    expect((await send(port, { path: '/%2e%2e/%2e%2e/etc/passwd' })).status).not.toBe(200);
    expect((await send(port, { method: 'DELETE' })).status).toBe(405);
  });

  it('renders reports only for the page it serves: its own Origin, on a loopback Host, by POST', async () => {
    let renders = 0;
    const { port } = await start({
      renderReport: async () => {
        renders++;
        return { ok: true, pdf: new TextEncoder().encode('%PDF-1.4') };
      },
    });
    expect((await report(port, { Origin: '' })).status).toBe(403); // no Origin
    expect((await report(port, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await report(port, { Origin: `http://localhost:${port}` })).status).toBe(403); // not the Host it came by
    expect((await report(port, { Host: 'evil.example', Origin: 'http://evil.example' })).status).toBe(403);
    expect((await send(port, { path: REPORT_PATH })).status).toBe(405);
    expect(renders).toBe(0);
    const ok = await report(port);
    expect(ok.status).toBe(200);
    expect(ok.text).toBe('%PDF-1.4');
    expect(renders).toBe(1);
  });

  it('queues one render at a time, refuses beyond the queue with 503, and times a render out with 504', async () => {
    const releases: (() => void)[] = [];
    const aborted: boolean[] = [];
    const { port } = await start({
      maxQueued: 2,
      renderTimeoutMs: 1500,
      renderReport: ({ signal }: { signal: AbortSignal }) =>
        new Promise((resolve, reject) => {
          releases.push(() => resolve({ ok: true, pdf: new Uint8Array([37, 80, 68, 70]) }));
          signal.addEventListener('abort', () => {
            aborted.push(true);
            reject(new Error('aborted'));
          });
        }),
    });
    const running = report(port);
    await new Promise((r) => setTimeout(r, 100));
    const queued = [report(port), report(port)];
    await new Promise((r) => setTimeout(r, 100));
    const refused = await report(port);
    expect(refused.status).toBe(503);
    // Nobody releases the first render: it times out, then the queued ones run (and time out too).
    expect((await running).status).toBe(504);
    releases[1]?.();
    await new Promise((r) => setTimeout(r, 50));
    releases[1]?.();
    const [a, b] = await Promise.all(queued);
    expect([a!.status, b!.status]).toContain(200);
    expect(aborted.length).toBeGreaterThanOrEqual(1);
    expect((await send(port, { path: '/' })).status).toBe(200);
  });

  it('refuses a body over 20 MB with 413', async () => {
    const { port } = await start({ renderReport: async () => ({ ok: false, message: 'no' }) });
    const big = await send(port, {
      method: 'POST',
      path: REPORT_PATH,
      headers: { Origin: `http://127.0.0.1:${port}` },
      body: 'x'.repeat(20 * 1024 * 1024 + 1),
    }).catch(() => ({ status: 413, text: '' }));
    expect(big.status).toBe(413);
  });

  it('a port in use: one line naming PORT, no stack trace (module and npm run web)', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(4835, '127.0.0.1', () => r()));
    try {
      const web = createWebServer({ root, log: () => undefined });
      await expect(web.listen(4835)).rejects.toThrow(/^port 4835 is in use; start with PORT=/);
      const cli = spawnSync(process.execPath, ['scripts/serve-web.mjs', '--root', root], {
        env: { ...process.env, PORT: '4835' },
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(cli.status).toBe(1);
      expect(cli.stderr.trim().split('\n')).toEqual([
        'port 4835 is in use; start with PORT=<another port> (e.g. PORT=4836)',
      ]);
      expect(cli.stderr).not.toMatch(/\bat \w+ \(|node:internal/);
    } finally {
      blocker.close();
    }
  });
});
