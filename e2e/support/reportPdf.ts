import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { AnyRecord } from '../../shared/model';
import { serializeCase } from '../../shared/file';

/** Imports records as a case through the app's own importer; returns the new case id. */
export async function importRecords(page: Page, records: readonly AnyRecord[]): Promise<string> {
  await page.goto('./#/');
  await page.waitForFunction(() => !!window.__levenslijn);
  const imported = await page.evaluate(
    (text) => window.__levenslijn!.importCaseText(text),
    serializeCase(records, { appVersion: 'e2e' }),
  );
  if (imported.kind !== 'imported') throw new Error(`import failed: ${JSON.stringify(imported)}`);
  return (imported as { caseId: string }).caseId;
}

/** Opens a case's report and prints it to `file` as the app does. */
export async function printReport(page: Page, caseId: string, file: string): Promise<void> {
  await page.goto(`./#/report/${caseId}`);
  await page.waitForSelector('body[data-report-ready="true"]');
  await page.evaluate(() => document.fonts.ready);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
}

/** The PDF's text per page, whitespace collapsed and words hyphenated at a line end joined. */
export function pdfPages(file: string): string[] {
  const raw = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return raw.split('\f').map(normalise);
}

export function normalise(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/(\p{L})-\s*\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ');
}

/** The fonts the app bundles (Atkinson Hyperlegible and the arrow face, regular and bold); nothing else may be embedded. */
export const BUNDLED_FONT = /^[A-Z]{6}\+(AtkinsonHyperlegible|LevenslijnArrows)-(Regular|Bold)$/;

/** Font lines of `pdffonts`: name, type, and whether embedded. */
export function pdfFonts(file: string): { name: string; line: string }[] {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .slice(2)
    .map((line) => ({ name: line.split(/\s+/)[0]!, line }));
}

/** Renders every page at 60 dpi into `dir` (to look at), returns the number of pages. */
export function renderPages(file: string, dir: string, prefix: string): number {
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', file, `${dir}/${prefix}`]);
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
}
