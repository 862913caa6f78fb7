import { describe, expect, it } from 'vitest';
import { copyTitle } from './copyTitle';

const nl = (n: number) => (n === 1 ? '(kopie)' : `(kopie ${n})`);

describe('titles of copies', () => {
  it('marks a copy, and numbers further copies so no two cases look the same', () => {
    expect(copyTitle('Gezin Zeeland', ['Gezin Zeeland'], nl)).toBe('Gezin Zeeland (kopie)');
    expect(copyTitle('Gezin Zeeland', ['Gezin Zeeland', 'Gezin Zeeland (kopie)'], nl)).toBe(
      'Gezin Zeeland (kopie 2)',
    );
    expect(copyTitle('Gezin Zeeland', ['gezin zeeland (KOPIE)', 'Gezin Zeeland (kopie 2)'], nl)).toBe(
      'Gezin Zeeland (kopie 3)',
    );
  });
  it('stays within the title limit', () => {
    const long = 'x'.repeat(200);
    const t = copyTitle(long, [long], nl);
    expect(t.length).toBeLessThanOrEqual(200);
    expect(t.endsWith('(kopie)')).toBe(true);
  });
});
