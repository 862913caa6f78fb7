import type { AnyRecord } from '../model/records';

/**
 * The effect of a command: records to write (whole records, insert or replace) and ids to
 * remove. A patch plus the records it touched before is enough to undo it.
 */
export interface Patch {
  readonly put: readonly AnyRecord[];
  readonly remove: readonly string[];
}

export const EMPTY_PATCH: Patch = { put: [], remove: [] };

export function isEmptyPatch(p: Patch): boolean {
  return p.put.length === 0 && p.remove.length === 0;
}

/** Ids a patch touches (puts and removes). */
export function touchedIds(p: Patch): string[] {
  return [...new Set([...p.put.map((r) => r.id), ...p.remove])];
}

/**
 * The patch that restores `before` (the touched records as they were, undefined where absent)
 * after `patch` was applied.
 */
export function invertPatch(patch: Patch, before: ReadonlyMap<string, AnyRecord | undefined>): Patch {
  const put: AnyRecord[] = [];
  const remove: string[] = [];
  for (const id of touchedIds(patch)) {
    const old = before.get(id);
    if (old) put.push(old);
    else remove.push(id);
  }
  return { put, remove };
}

/** Applies a patch to a map of records, returning a new map (the input is untouched). */
export function applyPatch(records: ReadonlyMap<string, AnyRecord>, patch: Patch): Map<string, AnyRecord> {
  const next = new Map(records);
  for (const id of patch.remove) next.delete(id);
  for (const r of patch.put) next.set(r.id, r);
  return next;
}

/** Concatenates patches; later ones win on the same id. */
export function mergePatches(...patches: Patch[]): Patch {
  const put = new Map<string, AnyRecord>();
  const remove = new Set<string>();
  for (const p of patches) {
    for (const id of p.remove) {
      put.delete(id);
      remove.add(id);
    }
    for (const r of p.put) {
      remove.delete(r.id);
      put.set(r.id, r);
    }
  }
  return { put: [...put.values()], remove: [...remove] };
}
