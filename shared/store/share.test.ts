import { describe, expect, it } from 'vitest';
import type { AnyRecord } from '../model/records';
import { reuseUnchanged } from './share';

const rec = (id: string, title: string) =>
  ({ id, type: 'item', caseId: 'case_a', title }) as unknown as AnyRecord;

describe('reuseUnchanged', () => {
  it('keeps the held object for every record whose content is the same, and takes the fresh one otherwise', () => {
    const a = rec('item_a', 'Een');
    const b = rec('item_b', 'Twee');
    const held = new Map([
      [a.id, a],
      [b.id, b],
    ]);
    const freshA = rec('item_a', 'Een');
    const freshB = rec('item_b', 'Twee (gewijzigd)');
    const freshC = rec('item_c', 'Drie');
    const out = reuseUnchanged(held, [freshA, freshB, freshC]);
    expect(out[0]).toBe(a);
    expect(out[1]).toBe(freshB);
    expect(out[2]).toBe(freshC);
  });

  it('without anything held returns the fresh records', () => {
    const fresh = [rec('item_a', 'Een')];
    expect(reuseUnchanged(null, fresh)).toEqual(fresh);
  });
});
