import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PathPolicy, PathPolicyError, hasTraversal, isInside } from './paths';

let tmp: string;
let dataDir: string;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'levenslijn-paths-'));
  dataDir = path.join(tmp, 'userData');
  fs.mkdirSync(dataDir);
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('helpers', () => {
  it('detects traversal segments', () => {
    expect(hasTraversal('/a/../b')).toBe(true);
    expect(hasTraversal('C:\\a\\..\\b')).toBe(true);
    expect(hasTraversal('/a/..b/c')).toBe(false);
    expect(hasTraversal('/a/b')).toBe(false);
  });
  it('isInside', () => {
    expect(isInside('/a/b', '/a/b/c')).toBe(true);
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/bc')).toBe(false);
    expect(isInside('/a/b', '/a')).toBe(false);
  });
});

describe('PathPolicy', () => {
  it('allows writes inside the data folder', () => {
    const policy = new PathPolicy(dataDir);
    expect(policy.isWritable(path.join(dataDir, 'backups', 'x.levenslijn'))).toBe(true);
    expect(policy.isWritable(dataDir)).toBe(true);
  });

  it('rejects paths outside the data folder that the user did not choose', () => {
    const policy = new PathPolicy(dataDir);
    expect(() => policy.assertWritable(path.join(tmp, 'elsewhere.json'))).toThrow(PathPolicyError);
    expect(policy.isWritable('/etc/passwd')).toBe(false);
  });

  it('allows a path once the user chose it in a dialog, and only that path', () => {
    const policy = new PathPolicy(dataDir);
    const chosen = path.join(tmp, 'export', 'gezin.levenslijn');
    expect(policy.isWritable(chosen)).toBe(false);
    policy.allowUserChosen(chosen);
    expect(policy.isWritable(chosen)).toBe(true);
    expect(policy.isUserChosen(chosen)).toBe(true);
    expect(policy.isWritable(path.join(tmp, 'export', 'other.levenslijn'))).toBe(false);
  });

  it('rejects relative paths', () => {
    const policy = new PathPolicy(dataDir);
    expect(() => policy.assertWritable('backups/x.levenslijn')).toThrow(/not absolute/);
    expect(() => policy.allowUserChosen('x.json')).toThrow(PathPolicyError);
  });

  it('rejects traversal even when it would normalise back inside', () => {
    const policy = new PathPolicy(dataDir);
    expect(() => policy.assertWritable(path.join(dataDir, 'a') + '/../b.json')).toThrow(/\.\./);
    expect(() => policy.assertWritable(dataDir + '/../../etc/passwd')).toThrow(PathPolicyError);
  });

  it('rejects NUL bytes and empty paths', () => {
    const policy = new PathPolicy(dataDir);
    expect(() => policy.assertWritable(path.join(dataDir, 'a\0b'))).toThrow(/NUL/);
    expect(() => policy.assertWritable('')).toThrow(PathPolicyError);
  });

  it.skipIf(process.platform === 'win32')(
    'rejects a symlink inside the data folder that points outside',
    () => {
      const outside = path.join(tmp, 'outside');
      fs.mkdirSync(outside);
      fs.symlinkSync(outside, path.join(dataDir, 'link'));
      const policy = new PathPolicy(dataDir);
      expect(() => policy.assertWritable(path.join(dataDir, 'link', 'evil.json'))).toThrow(/symlink/);
      expect(policy.isWritable(path.join(dataDir, 'real', 'fine.json'))).toBe(true);
    },
  );
});
