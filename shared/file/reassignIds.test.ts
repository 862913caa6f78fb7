import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anyRecordSchema, type AnyRecord, type ItemRecord } from '../model';
import { consistencyProblem, reassignIds } from './index';
import { FUZZ_RUNS, sampleRecords } from './testSupport';

describe('reassignIds', () => {
  const records = sampleRecords();
  const before = structuredClone(records);
  let n = 0;
  const copy = reassignIds(records, (p) => `${p}_new${++n}`);
  const oldById = new Map(records.map((r) => [r.id, r]));
  const newToOld = new Map(copy.map((r, i) => [r.id, records[i]!]));

  it('gives every record a fresh id of the same prefix', () => {
    expect(copy).toHaveLength(records.length);
    expect(new Set(copy.map((r) => r.id)).size).toBe(copy.length);
    for (const [i, r] of copy.entries()) {
      expect(oldById.has(r.id)).toBe(false);
      expect(r.id.split('_')[0]).toBe(records[i]!.id.split('_')[0]);
      expect(r.type).toBe(records[i]!.type);
    }
  });

  it('rewrites caseId, laneId and memberIds consistently', () => {
    expect(consistencyProblem(copy)).toBeNull();
    for (const r of copy) expect(anyRecordSchema.safeParse(r).success).toBe(true);
    const caseRecord = copy.find((r) => r.type === 'case')!;
    expect(copy.every((r) => r.caseId === caseRecord.id)).toBe(true);
    const back = (id: string | null) => (id === null ? null : (newToOld.get(id)?.id ?? id));
    for (const [i, r] of copy.entries()) {
      const old = records[i]!;
      switch (r.type) {
        case 'item': {
          const o = old as ItemRecord;
          expect(back(r.laneId)).toBe(o.laneId);
          expect(r.memberIds.map(back)).toEqual(o.memberIds);
          expect(newToOld.has(r.laneId)).toBe(true);
          break;
        }
        case 'session':
          expect(back(r.speakerId)).toBe((old as typeof r).speakerId);
          break;
        case 'marker': {
          const o = old as typeof r;
          expect([back(r.participantId), back(r.laneId), r.contributorIds.map(back)]).toEqual([
            o.participantId,
            o.laneId,
            o.contributorIds,
          ]);
          expect(newToOld.has(r.participantId)).toBe(true);
          break;
        }
        case 'card': {
          const o = old as typeof r;
          expect([back(r.markerId), back(r.participantId)]).toEqual([o.markerId, o.participantId]);
          break;
        }
        case 'sticker': {
          const o = old as typeof r;
          expect([back(r.cardId), back(r.participantId)]).toEqual([o.cardId, o.participantId]);
          expect(newToOld.has(r.cardId)).toBe(true);
          break;
        }
        case 'change':
          expect(back(r.itemId)).toBe((old as typeof r).itemId);
          break;
        default:
          break;
      }
    }
    // a change about a removed item keeps pointing at nothing in this case
    expect(copy.some((r) => r.type === 'change' && r.itemId === 'item_verwijderd')).toBe(true);
    expect(new Set(copy.map((r) => r.type)).size).toBe(10);
  });

  it('keeps everything else and leaves the input alone', () => {
    expect(records).toEqual(before);
    const strip = (r: AnyRecord) => {
      const refs = [
        'id',
        'caseId',
        'laneId',
        'memberIds',
        'speakerId',
        'participantId',
        'contributorIds',
        'markerId',
        'cardId',
        'itemId',
      ];
      return Object.fromEntries(Object.entries(r).filter(([k]) => !refs.includes(k)));
    };
    expect(copy.map(strip)).toEqual(records.map(strip));
  });

  it('applied twice with any id source, stays consistent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        let k = seed;
        const again = reassignIds(copy, (p) => `${p}_${(k++).toString(36)}`);
        return consistencyProblem(again) === null && again.every((r, i) => r.type === copy[i]!.type);
      }),
      { numRuns: Math.min(FUZZ_RUNS, 200) },
    );
  });
});
