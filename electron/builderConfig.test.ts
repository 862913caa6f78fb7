import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The `files:` list of electron-builder.yml (a flat YAML list of quoted or plain globs). */
function filesPatterns(yml: string): string[] {
  const lines = yml.split('\n');
  const start = lines.findIndex((l) => l.trim() === 'files:');
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const m = line.match(/^\s+-\s+(.+)$/);
    if (m) out.push(m[1]!.trim().replace(/^'(.*)'$/, '$1'));
  }
  return out;
}

describe('electron-builder.yml', () => {
  const yml = readFileSync(new URL('../electron-builder.yml', import.meta.url), 'utf8');

  it('packs the build but leaves source maps out of installers', () => {
    const files = filesPatterns(yml);
    expect(files).toContain('dist/**');
    expect(files).toContain('!**/*.map');
    expect(files.indexOf('!**/*.map')).toBeGreaterThan(files.indexOf('dist/**'));
  });
});
