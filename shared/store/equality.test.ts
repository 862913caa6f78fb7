import { describe, expect, it } from 'vitest';
import { sameFields, sameItems, sameJson } from './equality';

describe('equality', () => {
  it('sameJson ignores key order and undefined keys but not values', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, u: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: null }, { a: {} })).toBe(false);
  });

  it('sameItems compares elements by identity, in order', () => {
    const a = { x: 1 };
    expect(sameItems([a], [a])).toBe(true);
    expect(sameItems([a], [{ x: 1 }])).toBe(false);
    expect(sameItems([a, a], [a])).toBe(false);
  });

  it('sameFields compares every key by identity, or by the function given for it', () => {
    const list = [1];
    expect(sameFields({ a: 1, list }, { a: 1, list })).toBe(true);
    expect(sameFields({ a: 1, list }, { a: 1, list: [1] })).toBe(false);
    expect(sameFields({ a: 1, list }, { a: 1, list: [1] }, { list: sameItems })).toBe(true);
    expect(sameFields({ a: 1, list }, { a: 2, list: [1] }, { list: sameItems })).toBe(false);
    expect(sameFields<{ a: number; b?: number }>({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
});
