// The report's DOCX and the cards' XLSX/CSV from a case file, in Node (for `npm run report`):
// the pure generators of shared/export, bundled once with esbuild, plus resvg for the tree image.
//
//   import { exportCaseFileTo } from './lib/exportFormats.mjs';
//   const r = await exportCaseFileTo({ caseText, format: 'docx' | 'xlsx' | 'csv', uiLanguage: 'nl' });
//   if (r.ok) writeFileSync(out, r.bytes); else console.error(r.message);
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { bundledFont, rasterise } from './nodeRasterise.mjs';

/** The formats this module writes, by file extension. */
export const EXPORT_FORMATS = ['docx', 'xlsx', 'csv'];

let bundle;
async function exportModule() {
  if (!bundle) {
    const out = resolve('dist/.report-export.mjs');
    await build({
      entryPoints: [resolve('shared/export/index.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      // The two big writers come from node_modules as they are; the rest (our code, i18next,
      // zod and the hyphenation patterns, which plain Node cannot import by directory) is bundled.
      external: ['docx', 'exceljs'],
      outfile: out,
      logLevel: 'warning',
    });
    bundle = await import(pathToFileURL(out).href);
  }
  return bundle;
}

/**
 * @param {{ caseText: string, format: 'docx' | 'xlsx' | 'csv', uiLanguage?: 'nl' | 'en', now?: number }} opts
 *   uiLanguage: headers and values of XLSX/CSV (CSV: ';' in Dutch, ',' in English); the DOCX is in
 *   the case's own language.
 * @returns {Promise<{ ok: true, bytes: Uint8Array } | { ok: false, message: string }>}
 */
export async function exportCaseFileTo({ caseText, format, uiLanguage = 'nl', now }) {
  if (!EXPORT_FORMATS.includes(format)) return { ok: false, message: `unknown format: ${format}` };
  const { exportCaseFile } = await exportModule();
  const result = await exportCaseFile(caseText, format, {
    uiLanguage,
    rasterise,
    font: bundledFont(),
    ...(now !== undefined ? { now } : {}),
  });
  return result.ok ? { ok: true, bytes: result.bytes } : { ok: false, message: result.message };
}
