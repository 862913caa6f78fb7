/**
 * Sets a PDF's document information (title, author…) by appending an incremental update, the
 * way PDF editors do: the original bytes stay as they are, a new Info object, a one-entry cross-
 * reference section and a trailer pointing back to the previous one are added at the end.
 * Chromium's PDF printer copies only `document.title`; the author and creator come from here.
 * Works on classic cross-reference tables (what Chromium/Skia writes); anything else is refused.
 */
export interface PdfInfo {
  readonly title: string;
  readonly author: string;
  readonly subject?: string;
  readonly creator?: string;
}

export function withPdfInfo(pdf: Uint8Array, info: PdfInfo, now = new Date()): Uint8Array {
  const tail = latin1(pdf.subarray(Math.max(0, pdf.length - 2048)));
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!startxref) throw new Error('not a PDF with a classic cross-reference table');
  const trailerAt = tail.lastIndexOf('trailer');
  if (trailerAt < 0) throw new Error('not a PDF with a classic cross-reference table');
  const trailer = tail.slice(trailerAt);
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  if (!Number.isInteger(size) || size < 1 || !root) throw new Error('PDF trailer without /Size or /Root');

  const id = size;
  const date = pdfDate(now);
  const entries = [
    ['Title', info.title],
    ['Author', info.author],
    ['Subject', info.subject ?? ''],
    ['Creator', info.creator ?? 'Levenslijn'],
    ['Producer', 'Levenslijn'],
  ]
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `/${k} ${pdfTextString(v!)}`);
  const head = pdf[pdf.length - 1] === 0x0a ? '' : '\n';
  const object = `${head}${id} 0 obj\n<< ${entries.join(' ')} /CreationDate (${date}) /ModDate (${date}) >>\nendobj\n`;
  const objectOffset = pdf.length + head.length;
  const xrefOffset = pdf.length + object.length;
  const update =
    object +
    `xref\n${id} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${id + 1} /Root ${root} /Info ${id} 0 R /Prev ${startxref[1]} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  const out = new Uint8Array(pdf.length + update.length);
  out.set(pdf, 0);
  out.set(asciiBytes(update), pdf.length);
  return out;
}

/** A PDF text string: UTF-16BE with a byte-order mark, hex-encoded (any Unicode, no escaping). */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

function pdfDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

function asciiBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) throw new Error('internal: non-ASCII in PDF update');
    out[i] = c;
  }
  return out;
}
