import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfTextString, withPdfInfo } from './pdfInfo';

/** A minimal one-page PDF with a classic cross-reference table, offsets computed. */
function minimalPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    '<< /Title (Old) >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

const text = (b: Uint8Array) => new TextDecoder('latin1').decode(b);

describe('PDF document information', () => {
  it('appends an update whose xref offset points at the new Info object', () => {
    const before = minimalPdf();
    const after = withPdfInfo(
      before,
      { title: 'Gezin Zeeland', author: 'Onderzoekers Ü' },
      new Date(Date.UTC(2026, 10, 23, 6, 0, 0)),
    );
    expect(text(after.subarray(0, before.length))).toBe(text(before));
    const added = text(after.subarray(before.length));
    const offset = Number(/xref\n5 1\n(\d{10}) 00000 n \n/.exec(added)![1]);
    expect(text(after.subarray(offset, offset + 9))).toBe('5 0 obj\n<');
    expect(added).toContain(`/Author ${pdfTextString('Onderzoekers Ü')}`);
    expect(added).toContain('/Prev ');
    expect(added).toContain('/Root 1 0 R /Info 5 0 R');
    expect(added).toContain('D:20261123060000Z');
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(added)![1]);
    expect(text(after.subarray(startxref, startxref + 4))).toBe('xref');
  });
  it('encodes any Unicode as UTF-16BE with a byte-order mark', () => {
    expect(pdfTextString('é')).toBe('<FEFF00E9>');
    expect(pdfTextString('😀')).toBe('<FEFFD83DDE00>');
  });
  it('refuses what is not a classic-xref PDF', () => {
    expect(() => withPdfInfo(new TextEncoder().encode('hello'), { title: 'x', author: 'y' })).toThrow(
      /cross-reference/,
    );
  });
  it.runIf(existsSync('/usr/bin/qpdf') && existsSync('/usr/bin/pdfinfo'))(
    'qpdf accepts the result and pdfinfo reads the author (needs qpdf, poppler-utils)',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'pdfinfo-'));
      const file = join(dir, 'out.pdf');
      writeFileSync(file, withPdfInfo(minimalPdf(), { title: 'Rapport – Gezin', author: 'A. Onderzoeker' }));
      execFileSync('qpdf', ['--check', file]);
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Title:\s+Rapport – Gezin/);
      expect(info).toMatch(/Author:\s+A\. Onderzoeker/);
    },
  );
});
