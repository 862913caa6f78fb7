import { describe, expect, it } from 'vitest';
import {
  decodeFileBytes,
  decryptFileText,
  encryptFileText,
  isEncryptedFile,
  PBKDF2_ITERATIONS,
  serializeCase,
} from './index';
import { sampleRecords } from './testSupport';

const caseText = serializeCase(sampleRecords(), { appVersion: '0.1.0' });

describe('encrypted case files', () => {
  it('round-trips with the passphrase; holds no plain text; uses a strong key derivation', async () => {
    const file = await encryptFileText(caseText, 'correct horse battery');
    expect(isEncryptedFile(file)).toBe(true);
    expect(isEncryptedFile(caseText)).toBe(false);
    expect(file).not.toContain('Zeeland');
    expect(JSON.parse(file).kdf).toMatchObject({
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: PBKDF2_ITERATIONS,
    });
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const r = await decryptFileText(file, 'correct horse battery');
    expect(r).toEqual({ ok: true, text: caseText, content: 'case' });
    // The same text twice gives different files (random salt and IV).
    expect(await encryptFileText(caseText, 'correct horse battery')).not.toBe(file);
  });

  it('a wrong passphrase says so; a changed header or byte does not decrypt', async () => {
    const file = await encryptFileText('{"x":1}', 'correct horse battery', { iterations: 100_000 });
    expect(await decryptFileText(file, 'Correct horse battery')).toEqual({
      ok: false,
      reason: 'wrongPassphrase',
    });
    const doc = JSON.parse(file);
    expect(
      await decryptFileText(JSON.stringify({ ...doc, content: 'study' }), 'correct horse battery'),
    ).toEqual({
      ok: false,
      reason: 'wrongPassphrase',
    });
    expect(
      await decryptFileText(JSON.stringify({ ...doc, kdf: { ...doc.kdf, iterations: 1000 } }), 'x'),
    ).toEqual({
      ok: false,
      reason: 'unsupported',
    });
    expect(await decryptFileText(JSON.stringify({ ...doc, data: 'AAAA' }), 'correct horse battery')).toEqual({
      ok: false,
      reason: 'damaged',
    });
    expect(await decryptFileText('{', 'x')).toEqual({ ok: false, reason: 'damaged' });
  });

  it('normalises the passphrase (é typed composed or decomposed is the same)', async () => {
    const file = await encryptFileText('t', 'geheim-caf\u00e9', { iterations: 100_000 });
    expect((await decryptFileText(file, 'geheim-cafe\u0301')).ok).toBe(true);
  });
});

describe('reading a case file from bytes', () => {
  const text = '{"format":"levenslijn-case","t":"Gezin Özdemir 👨‍👩‍👧"}';
  const utf16 = (s: string, be: boolean, bom: boolean) => {
    const out: number[] = bom ? (be ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out.push(...(be ? [c >> 8, c & 255] : [c & 255, c >> 8]));
    }
    return new Uint8Array(out);
  };
  it('reads UTF-8 with and without a BOM and UTF-16 LE/BE with and without one', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeFileBytes(utf8)).toBe(text);
    expect(decodeFileBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
    for (const be of [false, true])
      for (const bom of [false, true]) expect(decodeFileBytes(utf16(text, be, bom))).toBe(text);
  });
  it('refuses bytes that are no text', () => {
    expect(decodeFileBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0xfd, 0x7d]))).toBeNull();
  });
});
