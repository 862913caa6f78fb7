import { detectSeparator, splitRows, type Separator } from '@shared/rows';

/** What a spreadsheet or CSV file holds: its sheets, each as rows of cell texts. */
export interface SheetFile {
  readonly name: string;
  readonly sheets: readonly {
    readonly name: string;
    readonly rows: string[][];
    readonly separator: Separator;
  }[];
}

export type SheetFileError =
  | { readonly kind: 'tooLarge'; readonly bytes: number }
  | { readonly kind: 'notASheet' }
  | { readonly kind: 'unreadable'; readonly message: string };

export const MAX_SHEET_FILE_BYTES = 10 * 1024 * 1024;
/** More rows than a lifeline ever has; the rest of a huge sheet is not read. */
export const MAX_SHEET_ROWS = 5000;

const TEXT_EXTENSIONS = ['csv', 'tsv', 'txt'];

/**
 * Reads a CSV/TSV/text file or an Excel workbook (.xlsx, read with exceljs) into rows of cell
 * texts for the row reader. Excel dates become ISO dates (2019-03-04), numbers plain figures
 * (2019), rich text its plain text, formulas their last result.
 */
export async function readSheetFile(file: {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}): Promise<SheetFile | SheetFileError> {
  if (file.size > MAX_SHEET_FILE_BYTES) return { kind: 'tooLarge', bytes: file.size };
  const ext = file.name.toLowerCase().split('.').pop() ?? '';
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    if (TEXT_EXTENSIONS.includes(ext)) {
      const text = decodeText(bytes);
      const separator = ext === 'tsv' ? '\t' : detectSeparator(text, { allowComma: ext === 'csv' });
      return {
        name: file.name,
        sheets: [{ name: file.name, rows: splitRows(text, separator).slice(0, MAX_SHEET_ROWS), separator }],
      };
    }
    if (ext === 'xlsx' || isZip(bytes)) return { name: file.name, sheets: await readWorkbook(bytes) };
    return { kind: 'notASheet' };
  } catch (err) {
    return { kind: 'unreadable', message: err instanceof Error ? err.message : String(err) };
  }
}

/** UTF-8 (with or without BOM); files Excel saved as "CSV" on Windows are Windows-1252. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

async function readWorkbook(bytes: Uint8Array): Promise<SheetFile['sheets']> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook.worksheets
    .filter((ws) => ws.state === 'visible' || ws.state === undefined)
    .map((ws) => {
      const rows: string[][] = [];
      ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
        if (rowNumber > MAX_SHEET_ROWS) return;
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, col) => {
          cells[col - 1] = cellText(cell.value);
        });
        rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
      });
      return { name: ws.name, rows: Array.from(rows, (r) => r ?? []), separator: '\t' as const };
    })
    .filter((s) => s.rows.some((r) => r.some((c) => c.trim() !== '')));
}

/** The text of an Excel cell value, as the row reader wants it. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text?: string }[]; text?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? '').join('');
    if ('result' in v) return cellText(v.result);
    if (typeof v.text === 'string') return v.text;
    if (v.text && typeof v.text === 'object') return cellText(v.text);
  }
  return '';
}
