import type { IdPrefix } from '../model/ids';
import type { AnyRecord } from '../model/records';

/**
 * The same case under new ids (for a duplicate, or importing a case that already exists):
 * every record gets a fresh id of its kind and every reference follows.
 */
export function reassignIds(records: readonly AnyRecord[], newId: (prefix: IdPrefix) => string): AnyRecord[] {
  const map = new Map<string, string>();
  for (const r of records) map.set(r.id, newId(r.type));
  const to = (id: string) => map.get(id) ?? id;
  const caseRecord = records.find((r) => r.type === 'case');
  const caseId = caseRecord ? to(caseRecord.id) : undefined;
  return records.map((r): AnyRecord => {
    const base = { ...r, id: to(r.id), caseId: caseId ?? to(r.caseId) };
    if (base.type === 'case') return { ...base, caseId: base.id };
    if (base.type === 'item') return { ...base, laneId: to(base.laneId), memberIds: base.memberIds.map(to) };
    return base;
  });
}
