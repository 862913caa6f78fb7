import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { serializeCase } from '../../shared/file';
import { publishedCaseRecords } from '../../shared/fixtures/publishedCase';
import { exportCaseFileTo } from './exportFormats.mjs';

/** The Node entry the command line calls: a case file's text in, the format's bytes out. */
describe('exportCaseFileTo (the command line’s DOCX, XLSX and CSV)', () => {
  const caseText = serializeCase(publishedCaseRecords(), { appVersion: 'test' });
  it('writes a DOCX of the report with the tree images and the bundled font embedded, in plain Node', async () => {
    // run as the command line will: a Node process of its own (not the test runner's loader)
    const dir = mkdtempSync(join(tmpdir(), 'levenslijn-export-'));
    writeFileSync(join(dir, 'case.levenslijn'), caseText);
    const script = `
      import { readFileSync, writeFileSync } from 'node:fs';
      import { exportCaseFileTo } from './scripts/lib/exportFormats.mjs';
      for (const format of ['docx', 'xlsx', 'csv']) {
        const r = await exportCaseFileTo({ caseText: readFileSync(process.argv[1], 'utf8'), format, now: ${Date.UTC(2025, 6, 1)} });
        if (!r.ok) throw new Error(r.message);
        writeFileSync(process.argv[2] + '.' + format, r.bytes);
      }`;
    execFileSync(
      'node',
      ['--input-type=module', '-e', script, join(dir, 'case.levenslijn'), join(dir, 'out')],
      {
        stdio: 'pipe',
      },
    );
    const docx = readFileSync(join(dir, 'out.docx'));
    const text = (await mammoth.extractRawText({ buffer: docx })).value;
    expect(text).toContain('Groepsinterview op 12 juni 2025 in Buurthuis De Kruisstraat, Eindhoven');
    expect(docx.includes(Buffer.from('word/fonts/'))).toBe(true);
    expect(readFileSync(join(dir, 'out.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toContain('casus;lijst;tekst');
  });
  it('writes CSV in the UI language and refuses a foreign file with a message', async () => {
    const en = await exportCaseFileTo({ caseText, format: 'csv', uiLanguage: 'en' });
    expect(en.ok && new TextDecoder().decode(en.bytes).startsWith('case,list,text')).toBe(true);
    const bad = await exportCaseFileTo({ caseText: 'not json', format: 'xlsx' });
    expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('geen geldige JSON') });
    const unknown = await exportCaseFileTo({ caseText, format: 'odt' as never });
    expect(unknown.ok).toBe(false);
  });
});
