import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseKeyFiles } from './keys';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const store = () => {
  const root = mkdtempSync(join(tmpdir(), 'levenslijn-keys-'));
  dirs.push(root);
  return new CaseKeyFiles(join(root, 'keys'));
};
const key = (b: number) => new Uint8Array(32).fill(b);

describe('desktop case keys (<userData>/keys)', () => {
  it('saves, lists and destroys keys; a destroyed key leaves no file', async () => {
    const s = store();
    expect(await s.list()).toEqual([]);
    await s.save('case_a1', key(1));
    await s.save('case_b2', key(2));
    expect((await s.list()).sort((a, b) => (a.caseId < b.caseId ? -1 : 1))).toEqual([
      { caseId: 'case_a1', key: key(1) },
      { caseId: 'case_b2', key: key(2) },
    ]);
    if (process.platform !== 'win32') expect(statSync(join(s.dir, 'case_a1.key')).mode & 0o077).toBe(0);
    await s.destroy('case_a1');
    await s.destroy('case_a1'); // twice is fine
    expect(readdirSync(s.dir)).toEqual(['case_b2.key']);
  });

  it('keeps the keys of studies too (a study is a scope of its own), and lists them at start', async () => {
    const s = store();
    await s.save('study_s1', key(4));
    await s.save('case_c3', key(5));
    expect((await s.list()).map((k) => k.caseId).sort()).toEqual(['case_c3', 'study_s1']);
    await s.destroy('study_s1');
    expect(readdirSync(s.dir)).toEqual(['case_c3.key']);
    expect(() => s.save('element_x', key(1))).toThrow(/caseId/);
  });

  it('refuses bad case ids and keys of the wrong size; ignores stray files', async () => {
    const s = store();
    expect(() => s.save('../case_x', key(1))).toThrow(/caseId/);
    expect(() => s.save('case_' + 'a'.repeat(100_000), key(1))).toThrow(/caseId/);
    expect(() => s.save('case_x', new Uint8Array(16))).toThrow(/32 bytes/);
    await s.save('case_ok', key(3));
    writeFileSync(join(s.dir, 'case_short.key'), new Uint8Array(5));
    writeFileSync(join(s.dir, 'notes.txt'), 'x');
    expect((await s.list()).map((k) => k.caseId)).toEqual(['case_ok']);
  });
});
