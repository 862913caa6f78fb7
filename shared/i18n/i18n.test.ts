import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS, STUDY_COMMANDS } from '../commands/registry';
import { LOCALES, lookup } from './index';

function keysOf(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string' || Array.isArray(node)) return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
    keysOf(v, prefix ? `${prefix}.${k}` : k),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(f) && !f.endsWith('.test.ts') ? [p] : [];
  });
}

describe('translations', () => {
  it('every plural has its one and other form', () => {
    for (const [lang, messages] of Object.entries(LOCALES))
      for (const key of keysOf(messages).filter((k) => /_(one|other)$/.test(k))) {
        const base = key.replace(/_(one|other)$/, '');
        expect(lookup(messages, `${base}_one`), `${lang}:${base}_one`).toBeTypeOf('string');
        // the other form as `key_other`, or as the bare key (i18next's fallback)
        expect(
          lookup(messages, `${base}_other`) ?? lookup(messages, base),
          `${lang}:${base}_other`,
        ).toBeTypeOf('string');
      }
  });
  it('Dutch and English have exactly the same keys', () => {
    expect(keysOf(LOCALES.en).sort()).toEqual(keysOf(LOCALES.nl).sort());
  });
  it('every command label exists', () => {
    for (const c of [...COMMANDS.values(), ...STUDY_COMMANDS.values()])
      expect(typeof lookup(LOCALES.nl, c.labelKey), c.labelKey).toBe('string');
  });
  it("every refuse('…') and t('…') key used in the code exists in both languages", () => {
    const root = join(import.meta.dirname, '..', '..');
    const files = [...sourceFiles(join(root, 'shared')), ...sourceFiles(join(root, 'renderer'))];
    const missing: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\b(?:refuse|t)\(\s*'([a-zA-Z0-9_.]+)'/g)) {
        const key = m[1]!;
        for (const [lang, messages] of Object.entries(LOCALES)) {
          // plural keys exist as key_one / key_other (i18next picks one by `count`)
          if (lookup(messages, key) === undefined && lookup(messages, `${key}_other`) === undefined)
            missing.push(`${lang}:${key} (${f.slice(root.length + 1)})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
