// The local web server of the browser build (`npm run web`, the e2e tests, the benchmark and
// the report command line): serves a built renderer on the loopback interface, and renders
// reports to PDF on request of the page it serves. Nothing it does can be triggered from another
// site: every request must name this machine's loopback address in its Host header (no DNS
// rebinding), and the report endpoint answers only the page's own Origin.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

// Same policy as the desktop shell: nothing but this origin.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const REPORT_PATH = '/__levenslijn/report.pdf';
/** Largest case file the report endpoint accepts (the app's own import limit). */
export const MAX_REPORT_BODY = 20 * 1024 * 1024;
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/** Why the server could not start, in one line (a busy port names PORT). */
export function listenErrorMessage(err, port) {
  if (err?.code === 'EADDRINUSE')
    return `port ${port} is in use; start with PORT=<another port> (e.g. PORT=${Number(port) + 1})`;
  if (err?.code === 'EACCES')
    return `port ${port} is not allowed for this user; start with PORT=<a port above 1024>`;
  return `cannot listen on port ${port}: ${String(err?.message ?? err)}`;
}

/**
 * @param {{
 *   root: string,
 *   renderReport?: ((opts: { caseText: string, baseUrl: string, signal: AbortSignal }) => Promise<{ ok: true, pdf: Uint8Array } | { ok: false, message: string }>) | null,
 *   maxQueued?: number,
 *   renderTimeoutMs?: number,
 *   log?: (line: string) => void,
 * }} opts
 */
export function createWebServer({
  root,
  renderReport = null,
  maxQueued = 2,
  renderTimeoutMs = 120_000,
  log = (line) => console.error(line),
}) {
  let port = 0;
  /** Renders run one at a time; `waiting` counts those queued behind the running one. */
  let queue = Promise.resolve();
  let waiting = 0;

  const isOwnHost = (host) => typeof host === 'string' && LOOPBACK_HOSTS.some((h) => host === `${h}:${port}`);

  const send = (res, status, body = '', headers = {}) => {
    if (res.headersSent) return void res.end();
    res.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    });
    res.end(body);
  };

  async function serveFile(req, res, pathname) {
    let path;
    try {
      path = decodeURIComponent(pathname);
    } catch {
      return send(res, 400, 'Bad request: malformed URL.');
    }
    if (path.includes('\0')) return send(res, 400, 'Bad request.');
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'Forbidden.');
    let body;
    try {
      if (!(await stat(file)).isFile()) return send(res, 404, 'Not found');
      body = await readFile(file);
    } catch {
      return send(res, 404, 'Not found');
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  /**
   * POST with a case file: its report as PDF, rendered by the same report view in a headless
   * Chromium on this machine (nothing leaves it). One render at a time, at most `maxQueued`
   * waiting (503 beyond), each within `renderTimeoutMs` (504).
   */
  async function reportPdf(req, res) {
    if (!renderReport) return send(res, 501, 'No Chromium to render reports on this machine.');
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
      size += chunk.length;
      if (size > MAX_REPORT_BODY) return send(res, 413, 'Case file too large.', { Connection: 'close' });
      chunks.push(chunk);
    }
    if (waiting >= maxQueued)
      return send(res, 503, 'Busy rendering other reports; try again shortly.', { 'Retry-After': '10' });
    waiting++;
    const controller = new AbortController();
    const job = queue.then(async () => {
      waiting--;
      const timer = setTimeout(() => controller.abort(new Error('timeout')), renderTimeoutMs);
      try {
        return await renderReport({
          caseText: Buffer.concat(chunks).toString('utf8'),
          baseUrl: `http://127.0.0.1:${port}/`,
          signal: controller.signal,
        });
      } finally {
        clearTimeout(timer);
      }
    });
    queue = job.catch(() => undefined);
    // A client that goes away stops its render.
    res.on('close', () => {
      if (!res.writableFinished) controller.abort(new Error('client closed'));
    });
    try {
      const result = await job;
      if (!result.ok) return send(res, 422, result.message);
      res.writeHead(200, { 'Content-Type': 'application/pdf', 'Cache-Control': 'no-store' });
      res.end(Buffer.from(result.pdf));
    } catch (err) {
      if (controller.signal.aborted)
        return send(res, 504, `The report took longer than ${Math.round(renderTimeoutMs / 1000)} s.`);
      send(res, 500, `Could not render the report: ${String(err?.message ?? err).split('\n')[0]}`);
    }
  }

  async function handle(req, res) {
    // Only this machine, by its loopback name: a page elsewhere reaching us through a rebound
    // DNS name sends another Host.
    if (!isOwnHost(req.headers.host)) return send(res, 403, 'Forbidden: not a loopback Host.');
    let url;
    try {
      url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    } catch {
      return send(res, 400, 'Bad request: malformed URL.');
    }
    if (url.pathname === REPORT_PATH) {
      const origin = req.headers.origin;
      // Only the page this server serves may ask: same origin, by the name the page was opened with.
      if (req.method !== 'POST') return send(res, 405, 'Method not allowed.', { Allow: 'POST' });
      if (typeof origin !== 'string' || origin !== `http://${req.headers.host}`)
        return send(res, 403, 'Forbidden: not this page.');
      return reportPdf(req, res);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
    return serveFile(req, res, url.pathname);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      log(`levenslijn web server: ${String(err?.message ?? err).split('\n')[0]}`);
      send(res, 500, 'Internal error.');
    });
  });
  // Garbage on the wire (not even HTTP): answer 400 and carry on.
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  server.headersTimeout = 30_000;
  server.requestTimeout = renderTimeoutMs + 60_000;

  return {
    server,
    /** Starts listening (port 0: one the OS assigns); resolves with the port, rejects with a one-line Error. */
    listen(wanted, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        const onError = (err) => reject(new Error(listenErrorMessage(err, wanted)));
        server.once('error', onError);
        server.listen(wanted, host, () => {
          server.off('error', onError);
          port = server.address().port;
          resolve(port);
        });
      });
    },
    get port() {
      return port;
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      });
    },
  };
}
