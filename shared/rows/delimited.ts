/**
 * Splitting pasted or saved rows into cells: tab-separated (what a spreadsheet puts on the
 * clipboard), semicolon-separated (Dutch CSV, typed notes), comma-separated (CSV files), or one
 * moment per line. Quoted cells ("…") may hold the separator, line breaks and doubled quotes.
 */
export type Separator = '\t' | ';' | ',' | 'line';

/** The separator a text most likely uses: tabs win, then semicolons, else one moment per line. */
export function detectSeparator(text: string, { allowComma = false } = {}): Separator {
  const lines = text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return 'line';
  const share = (sep: string) => lines.filter((l) => l.includes(sep)).length / lines.length;
  if (share('\t') >= 0.5) return '\t';
  if (share(';') >= 0.5) return ';';
  if (allowComma && share(',') >= 0.5) return ',';
  return 'line';
}

/** Cells of each row (RFC 4180 quoting). Rows of only blank cells are kept as empty rows. */
export function splitRows(text: string, separator: Separator): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (separator === 'line') return body.split(/\r\n|\n|\r/).map((l) => [l]);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"') {
        if (body[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
      continue;
    }
    if (c === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
      continue;
    }
    if (c === separator) {
      row.push(cell);
      cell = '';
      atCellStart = true;
      continue;
    }
    if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      continue;
    }
    cell += c;
    atCellStart = false;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The text of rows of cells, quoted where needed (what splitRows reads back). */
export function joinRows(
  rows: readonly (readonly string[])[],
  separator: Exclude<Separator, 'line'>,
): string {
  const quote = (cell: string) =>
    cell.includes(separator) || /["\r\n]/.test(cell) || cell.startsWith('"')
      ? `"${cell.replace(/"/g, '""')}"`
      : cell;
  return rows.map((r) => r.map(quote).join(separator)).join('\n');
}
