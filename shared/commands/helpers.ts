import type { AnyRecord, CaseState } from '../model/records';
import type { FuzzyDate } from '../model/fuzzyDate';
import { fuzzySpan } from '../time/fuzzy';
import { refuse, type CommandRefusal } from './types';

/** The record with this id and type, or a refusal the user can read. */
export function findRecord<T extends AnyRecord['type']>(
  state: CaseState,
  type: T,
  id: string,
): Extract<AnyRecord, { type: T }> | CommandRefusal {
  const r = state.byId.get(id);
  if (!r || r.type !== type) return refuse('refusal.notFound');
  return r as Extract<AnyRecord, { type: T }>;
}

/** A period may not end before it starts (comparing the earliest possible days). */
export function checkPeriod(start: FuzzyDate, end: FuzzyDate | null): CommandRefusal | null {
  if (!end) return null;
  return fuzzySpan(end).end < fuzzySpan(start).start ? refuse('refusal.endBeforeStart') : null;
}

/** Sort key after the last one. */
export function nextOrder(list: readonly { order: number }[]): number {
  return list.reduce((max, x) => Math.max(max, x.order), -1) + 1;
}

/** Only the keys that are present (so `{ title: undefined }` changes nothing). */
export function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
