import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { serializeCase } from '../../shared/file';
import { publishedCaseRecords } from '../../shared/fixtures/publishedCase';
import { exportCaseFileTo } from './exportFormats.mjs';

/** The Node entry the command line calls: a case file's text in, the format's bytes out. */
describe('exportCaseFileTo (the command line’s DOCX, XLSX and CSV)', () => {
  const caseText = serializeCase(publishedCaseRecords(), { appVersion: 'test' });
  it('writes a DOCX of the report with the tree images and the bundled font embedded', async () => {
    const r = await exportCaseFileTo({ caseText, format: 'docx', now: Date.UTC(2025, 6, 1) });
    if (!r.ok) throw new Error(r.message);
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(r.bytes) })).value;
    expect(text).toContain('Groepsinterview op 12 juni 2025 in Buurthuis De Kruisstraat, Eindhoven');
    expect(Buffer.from(r.bytes).includes(Buffer.from('word/fonts/'))).toBe(true);
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
