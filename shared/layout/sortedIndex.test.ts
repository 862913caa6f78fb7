import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstIndexNotBefore } from './sortedIndex';

describe('firstIndexNotBefore', () => {
  it('finds where a value goes in a sorted list (the first index not below it)', () => {
    expect(firstIndexNotBefore([], () => true)).toBe(0);
    expect(firstIndexNotBefore([1, 3, 3, 5], (x) => x < 3)).toBe(1);
    expect(firstIndexNotBefore([1, 3, 3, 5], (x) => x < 9)).toBe(4);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (xs, v) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const i = firstIndexNotBefore(sorted, (x) => x < v);
        expect(sorted.slice(0, i).every((x) => x < v)).toBe(true);
        expect(sorted.slice(i).every((x) => x >= v)).toBe(true);
      }),
    );
  });
});
