import ExcelJS from 'exceljs';
import type { CaseState, Language } from '../model';
import { translatedList, translator } from '../i18n/translate';
import { cardRows, type CardRow } from '../report/document';

/**
 * The cards as a table for Excel and other spreadsheets, in the UI's language: case, list, text,
 * stickers (all, family, professionals), main factors, codes, quote flag, named by (display role
 * and pseudonym), perspective, marker date and lane.
 */
export function cardTable(
  state: CaseState,
  lang: Language,
): { header: string[]; rows: (string | number)[][] } {
  const t = translator(lang);
  const yes = t('doc.yes');
  const no = t('doc.no');
  return {
    header: translatedList(lang, 'doc.sheetColumns'),
    rows: cardRows(state, lang).map((r: CardRow) => [
      state.case.title,
      r.list,
      r.text,
      r.votes,
      r.family,
      r.professional,
      r.mainFactors.join('; '),
      r.codes.join('; '),
      r.quoted ? yes : no,
      r.namedBy,
      r.perspective,
      r.markerDate,
      r.lane,
    ]),
  };
}

/**
 * CSV of the cards: UTF-8 with a byte-order mark and CRLF, so Excel reads accents and line
 * breaks. The separator is ';' in Dutch (Dutch Excel's list separator; a `sep=;` line is not
 * written, as Excel then ignores the byte-order mark) and ',' in English. A value starting with
 * =, +, - or @ is prefixed with ' so no spreadsheet runs it as a formula.
 */
export function cardsCsv(state: CaseState, lang: Language): string {
  const sep = lang === 'nl' ? ';' : ',';
  const { header, rows } = cardTable(state, lang);
  const esc = (v: string | number) => {
    const s = String(v);
    const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
    return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${[header, ...rows].map((r) => r.map(esc).join(sep)).join('\r\n')}\r\n`;
}

/** The cards as an Excel workbook (XLSX): header row bold and frozen, filters, sensible widths. */
export async function cardsXlsx(state: CaseState, lang: Language): Promise<Uint8Array> {
  const t = translator(lang);
  const { header, rows } = cardTable(state, lang);
  const book = new ExcelJS.Workbook();
  book.creator = state.analysis?.facilitators || 'Levenslijn';
  book.title = state.case.title;
  const sheet = book.addWorksheet(t('doc.sheetName'), { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = [22, 16, 48, 10, 10, 14, 30, 30, 8, 24, 14, 18, 18];
  sheet.columns = header.map((h, i) => ({ header: h, key: `c${i}`, width: widths[i] ?? 14 }));
  // Cell values are written as values (never formulas): text stays text.
  for (const r of rows) sheet.addRow(r);
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  for (const col of [3, 7, 8]) sheet.getColumn(col).alignment = { wrapText: true, vertical: 'top' };
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
