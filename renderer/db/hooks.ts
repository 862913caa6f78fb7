import { useLiveQuery } from 'dexie-react-hooks';
import { buildCaseState, type CaseRecord, type CaseState } from '@shared/model';
import { useServices } from '../app/services';
import { getCaseRecords, listCases } from './library';
import { getPref, type PrefKey, type Prefs } from './prefs';
import { readUndoState, type UndoState } from './undo';

/**
 * Live views of the database: they update after every committed change, in this window and in
 * every other window of the app (the wall follows the console this way, without a server).
 */
export function useCaseList(query: string): CaseRecord[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => listCases(db, query), [db, query]);
}

/** undefined while loading; null when the case does not exist or is in the bin. */
export function useCaseState(caseId: string): CaseState | null | undefined {
  const { db } = useServices();
  return useLiveQuery(
    async () => {
      const records = await getCaseRecords(db, caseId);
      const c = records.find((r) => r.type === 'case');
      if (!c || c.deletedAt !== null) return null;
      return buildCaseState(records);
    },
    [db, caseId],
  );
}

export function useUndoState(caseId: string): UndoState | undefined {
  const { db } = useServices();
  return useLiveQuery(() => readUndoState(db, caseId), [db, caseId]);
}

export function usePref<K extends PrefKey>(key: K): Prefs[K] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => getPref(db, key), [db, key]);
}
