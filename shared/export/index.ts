import { buildCaseState, type CardList, type CaseState, type Language } from '../model';
import { parseCaseFile } from '../file/caseFile';
import { translator } from '../i18n/translate';
import { buildReportDocument, caseTreeDrawing } from '../report/document';
import { reportDocx, type DocxOptions, type Rasterise } from './docx';
import { cardsCsv, cardsXlsx } from './sheets';

export { reportDocx } from './docx';
export { cardsCsv, cardsXlsx, cardTable } from './sheets';
export type { DocxOptions, Rasterise };

/** The formats a case exports to besides the PDF (which needs the report view in Chromium). */
export type ExportFormat = 'docx' | 'xlsx' | 'csv';

export interface ExportOptions {
  /** Language of the spreadsheet headers and values (the UI's); the DOCX follows the case. */
  readonly uiLanguage: Language;
  /** Needed for DOCX: turns the findings tree drawings into PNG. */
  readonly rasterise?: Rasterise;
  readonly font?: DocxOptions['font'];
  /** "Made on" date of the report (ms since 1970). */
  readonly now?: number;
}

/** One case's export in a format, as bytes (CSV as UTF-8 with a byte-order mark). */
export async function exportCase(
  state: CaseState,
  format: ExportFormat,
  opts: ExportOptions,
): Promise<Uint8Array> {
  switch (format) {
    case 'csv':
      return new TextEncoder().encode(cardsCsv(state, opts.uiLanguage));
    case 'xlsx':
      return cardsXlsx(state, opts.uiLanguage);
    case 'docx': {
      if (!opts.rasterise) throw new Error('exportCase: DOCX needs a rasteriser for the findings tree');
      const doc = buildReportDocument(state, opts.now ?? Date.now());
      return reportDocx(doc, { rasterise: opts.rasterise, ...(opts.font ? { font: opts.font } : {}) });
    }
  }
}

/**
 * A case file's text → its export, checked and migrated as on import. For the command line:
 * `{ ok: false, message }` (in `uiLanguage`, the app's import messages) when the file is refused.
 */
export async function exportCaseFile(
  caseText: string,
  format: ExportFormat,
  opts: ExportOptions & { readonly maxBytes?: number },
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string; details: readonly string[] }> {
  const parsed = parseCaseFile(caseText, { maxBytes: opts.maxBytes ?? 20 * 1024 * 1024 });
  if (!parsed.ok) {
    const message = translator(opts.uiLanguage)(parsed.error.messageKey, parsed.error.values);
    return { ok: false, message, details: parsed.error.details };
  }
  return { ok: true, bytes: await exportCase(buildCaseState(parsed.records), format, opts) };
}

/** The findings tree of a list as SVG text, for slides (with the bundled font embedded when given). */
export function treeSvg(state: CaseState, list: CardList, fontCss = ''): string {
  return caseTreeDrawing(state, list, fontCss).svg;
}
