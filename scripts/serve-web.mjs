#!/usr/bin/env node
// Serves the built renderer (dist/renderer) on localhost so the whole app runs in a browser.
// Usage: node scripts/serve-web.mjs [--port N] [--quiet]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canRenderReports, renderReportPdf } from './lib/reportPdf.mjs';

const root = resolve(fileURLToPath(new URL('../dist/renderer', import.meta.url)));
const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : Number(process.env.PORT ?? 4173);
const quiet = args.includes('--quiet');

const types = {
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
const csp = [
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

try {
  await stat(join(root, 'index.html'));
} catch {
  console.error('No built renderer in dist/renderer. Run `npm run web` (it builds first).');
  process.exit(1);
}

/** Largest case file the report endpoint accepts (the app's own import limit). */
const MAX_REPORT_BODY = 20 * 1024 * 1024;
let reportQueue = Promise.resolve();

/**
 * POST /__levenslijn/report.pdf with a case file: the PDF of its report, rendered by the same
 * report view in a headless Chromium on this machine (the browser build's "Save PDF"; nothing
 * leaves the machine). 501 when no Chromium is installed: the page then falls back to printing.
 */
async function reportPdf(req, res) {
  if (!canRenderReports()) {
    res
      .writeHead(501, { 'Content-Type': 'text/plain' })
      .end('No Chromium to render reports on this machine.');
    return;
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_REPORT_BODY) {
      res.writeHead(413, { 'Content-Type': 'text/plain' }).end('Case file too large.');
      return;
    }
    chunks.push(chunk);
  }
  const job = reportQueue.then(() =>
    renderReportPdf({
      caseText: Buffer.concat(chunks).toString('utf8'),
      baseUrl: `http://127.0.0.1:${server.address().port}/`,
    }),
  );
  reportQueue = job.catch(() => undefined);
  try {
    const result = await job;
    if (!result.ok) res.writeHead(422, { 'Content-Type': 'text/plain; charset=utf-8' }).end(result.message);
    else
      res
        .writeHead(200, { 'Content-Type': 'application/pdf', 'Cache-Control': 'no-store' })
        .end(Buffer.from(result.pdf));
  } catch (err) {
    res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(err?.message ?? err));
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/__levenslijn/report.pdf') {
    // Only this page may ask (same origin); anything else is refused.
    const origin = req.headers.origin;
    const own = [`http://127.0.0.1:${server.address().port}`, `http://localhost:${server.address().port}`];
    if (req.method !== 'POST' || (origin && !own.includes(origin))) {
      res.writeHead(403).end();
      return;
    }
    await reportPdf(req, res);
    return;
  }
  let path = decodeURIComponent(url.pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  }
});

server.listen(port, '127.0.0.1', () => {
  const addr = server.address();
  const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : port}/`;
  if (!quiet) {
    console.log(`Levenslijn is running at ${url}`);
    console.log(
      'Open it in Chromium or Chrome. Press Ctrl+C to stop. Your data stays in this browser profile.',
    );
  } else console.log(url);
});
