// Renders the PDF report of a case file — or the cross-case report of a study file — through the
// app's own report view in headless Chromium: the command-line export and the web server's "save
// PDF" use this one path. The file goes in the way a user brings it in — the library's import
// button, which reads a case or a study file — so shipped builds need no test hooks, and the
// app's own importer checks the file (same rules, same messages as in the UI).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { loadShared } from './shared.mjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const IMPORT_BUTTON = /^(Casus importeren|Import case)$/;

export const canRenderReports = () => existsSync(CHROMIUM_PATH);

/**
 * @param {{ caseText: string, baseUrl: string, signal?: AbortSignal, locale?: 'nl' | 'en' }} opts
 *   baseUrl serves the built renderer; aborting closes the browser.
 * @returns {Promise<{ ok: true, pdf: Uint8Array } | { ok: false, message: string }>}
 */
export async function renderReportPdf({ caseText, baseUrl, signal, locale = 'nl' }) {
  signal?.throwIfAborted();
  // A fresh, temporary browser profile: the case is imported there and gone when it closes.
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  const abort = () => void browser.close().catch(() => undefined);
  signal?.addEventListener('abort', abort, { once: true });
  try {
    const context = await browser.newContext({ locale: locale === 'en' ? 'en-GB' : 'nl-NL' });
    const page = await context.newPage();
    await page.goto(baseUrl);
    if (locale === 'en') await page.getByRole('button', { name: 'EN', exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: IMPORT_BUTTON }).click();
    await (
      await chooser
    ).setFiles({
      name: 'case.levenslijn',
      mimeType: 'application/json',
      buffer: Buffer.from(caseText, 'utf8'),
    });
    const outcome = await Promise.race([
      page.waitForURL(/#\/(case|study)\/[^/?#]+$/, { timeout: 120_000 }).then(() => 'imported'),
      page
        .getByTestId('import-error')
        .waitFor({ timeout: 120_000 })
        .then(() => 'refused'),
    ]);
    if (outcome === 'refused') {
      const dialog = page.getByRole('dialog');
      const message = await dialog.getByTestId('import-error').innerText();
      const details = await dialog.locator('.details li').allInnerTexts();
      return { ok: false, message: [message, ...details.slice(0, 3)].join(' — ').replace(/\s+/g, ' ') };
    }
    // The report route shows a case's report, or a study's cross-case report.
    const scopeId = decodeURIComponent(/#\/(?:case|study)\/([^/?#]+)$/.exec(page.url())[1]);
    await page.goto(`${baseUrl}#/report/${encodeURIComponent(scopeId)}`);
    await page.waitForSelector('body[data-report-ready="true"]', { timeout: 120_000 });
    await page.evaluate(() => document.fonts.ready);
    const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    // Chromium writes only the window title (never the case's) into the PDF: title and author
    // come from the report's meta tags, added as the desktop app does.
    const meta = await page.evaluate(() => ({
      title:
        document.querySelector('meta[name="levenslijn:pdf-title"]')?.getAttribute('content') ?? 'Levenslijn',
      author: document.querySelector('meta[name="author"]')?.getAttribute('content') ?? 'Levenslijn',
    }));
    const { withPdfInfo } = await loadShared();
    return { ok: true, pdf: withPdfInfo(new Uint8Array(printed), meta) };
  } catch (err) {
    if (signal?.aborted) throw signal.reason ?? new Error('aborted');
    throw err;
  } finally {
    signal?.removeEventListener('abort', abort);
    await browser.close().catch(() => undefined);
  }
}
