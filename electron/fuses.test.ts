import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Configuration } from 'app-builder-lib';

// electron-builder's own YAML reader (js-yaml), so the file is read as electron-builder reads it.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

/** The shipped binary's fuses, as electron-builder flips them (electron-builder.yml). */
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as Configuration;

describe('electron-builder configuration', () => {
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

  it('opens .levenslijn files with the app, has no update server, and ships only the build', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'levenslijn' })]);
    expect(config.publish).toBeNull();
    expect(config.files).toEqual([
      'dist/**',
      '!dist/renderer-test/**',
      '!dist/**/*.map',
      '!dist/.*',
      'package.json',
    ]);
  });
});
