import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Configuration } from 'app-builder-lib';

// electron-builder's own YAML reader (js-yaml), so the file is read as electron-builder reads it.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

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

  const config = yaml.load(yml) as Configuration;

  it('leaves the test build (it holds the test API) and scratch files out of installers', () => {
    expect(filesPatterns(yml)).toEqual(expect.arrayContaining(['!dist/renderer-test/**', '!dist/.*']));
    expect(config.files).toEqual(filesPatterns(yml));
  });

  it('flips the hardening fuses: no Node entry points, only the integrity-checked asar, no file:// privileges', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('opens .levenslijn (case) and .levenslijn-onderzoek (study) files with the app and has no update server', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'levenslijn' }),
      expect.objectContaining({ ext: 'levenslijn-onderzoek' }),
    ]);
    expect(config.publish).toBeNull();
  });
});
