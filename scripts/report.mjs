#!/usr/bin/env node
// `npm run report -- case.levenslijn out.pdf`: renders the PDF report of a case file without the
// UI, through the same report view (built renderer + Debian/any Chromium), for batch re-exports.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: npm run report -- <case.levenslijn> <out.pdf>');
  process.exit(2);
}
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync('dist/renderer/index.html')) {
  console.error('The renderer is not built yet: run `npx vite build` first (npm run report does this).');
  process.exit(2);
}
const text = readFileSync(resolve(input), 'utf8');
const port = 4796 + Math.floor(Math.random() * 100);
const server = spawn('node', ['scripts/serve-web.mjs', '--port', String(port), '--quiet'], { stdio: 'inherit' });
let code = 0;
try {
  await waitFor(`http://127.0.0.1:${port}/`);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const context = await browser.newContext();
    await context.addInitScript(() => localStorage.setItem('levenslijnTestApi', '1'));
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => !!window.__levenslijn);
    // The app's own importer validates the file (same messages as in the UI).
    const result = await page.evaluate((t) => window.__levenslijn.importCaseText(t), text);
    if (result.kind !== 'imported') {
      console.error(`Cannot read ${input}: ${result.message}`);
      code = 1;
    } else {
      await page.goto(`http://127.0.0.1:${port}/#/report/${result.caseId}`);
      await page.waitForSelector('body[data-report-ready="true"]');
      await page.evaluate(() => document.fonts.ready);
      const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      // Chromium copies only the title into the PDF; author and creator are added as the desktop app does.
      const meta = await page.evaluate(() => ({ title: document.title, author: document.querySelector('meta[name="author"]')?.getAttribute('content') ?? 'Levenslijn' }));
      const pdf = (await pdfInfoModule()).withPdfInfo(new Uint8Array(printed), meta);
      writeFileSync(resolve(output), pdf);
      console.log(`written ${output} (${Math.round(pdf.length / 1024)} kB)`);
    }
  } finally {
    await browser.close();
  }
} catch (err) {
  console.error(String(err?.message ?? err));
  code = 1;
} finally {
  server.kill();
}
process.exit(code);

async function pdfInfoModule() {
  const out = 'dist/.report-pdfinfo.mjs';
  await build({ entryPoints: ['shared/report/pdfInfo.ts'], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning' });
  return import(pathToFileURL(resolve(out)).href);
}

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start at ${url}`);
}
