import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, APP_ORIGIN, isAppUrl, wallUrl } from './origin';

describe('origin', () => {
  it('is the fixed app://levenslijn origin', () => {
    expect(APP_ORIGIN).toBe('app://levenslijn');
    expect(APP_INDEX_URL).toBe('app://levenslijn/index.html');
  });
  it('builds wall URLs as hash routes on index.html', () => {
    expect(wallUrl('case_abc123')).toBe('app://levenslijn/index.html#/wall/case_abc123');
    expect(isAppUrl(wallUrl('case_abc123'))).toBe(true);
  });
  it('encodes odd case ids instead of producing another path', () => {
    expect(wallUrl('a/../b')).toBe('app://levenslijn/index.html#/wall/a%2F..%2Fb');
  });
});
