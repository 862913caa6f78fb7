// Renders the PDF report of a case file through the app's own report view in headless Chromium:
// the command-line export and the web server's "save PDF" use this one path.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const canRenderReports = () => existsSync(CHROMIUM_PATH);

/**
 * @param {{ caseText: string, baseUrl: string }} opts baseUrl serves the built renderer
 * @returns {Promise<{ ok: true, pdf: Uint8Array } | { ok: false, message: string }>}
 */
export async function renderReportPdf({ caseText, baseUrl }) {
  // A fresh browser profile: the case is imported there and gone when the browser closes.
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  try {
    const context = await browser.newContext();
    await context.addInitScript(() => localStorage.setItem('levenslijnTestApi', '1'));
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.waitForFunction(() => !!window.__levenslijn);
    // The app's own importer validates the file (same messages as in the UI).
    const result = await page.evaluate((t) => window.__levenslijn.importCaseText(t), caseText);
    if (result.kind !== 'imported') return { ok: false, message: result.message };
    await page.goto(`${baseUrl}#/report/${encodeURIComponent(result.caseId)}`);
    await page.waitForSelector('body[data-report-ready="true"]');
    await page.evaluate(() => document.fonts.ready);
    const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    // Chromium copies only the title into the PDF; author and creator are added as the desktop app does.
    const meta = await page.evaluate(() => ({
      title:
        document.querySelector('meta[name="levenslijn:pdf-title"]')?.getAttribute('content') ?? 'Levenslijn',
      author: document.querySelector('meta[name="author"]')?.getAttribute('content') ?? 'Levenslijn',
    }));
    const { withPdfInfo } = await pdfInfoModule();
    return { ok: true, pdf: withPdfInfo(new Uint8Array(printed), meta) };
  } finally {
    await browser.close();
  }
}

let pdfInfo;
async function pdfInfoModule() {
  if (!pdfInfo) {
    const out = resolve('dist/.report-pdfinfo.mjs');
    await build({
      entryPoints: [resolve('shared/report/pdfInfo.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: out,
      logLevel: 'warning',
    });
    pdfInfo = await import(pathToFileURL(out).href);
  }
  return pdfInfo;
}
