import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { applyPatch } from '@shared/store/patch';
import { reuseUnchanged } from '@shared/store/share';
import { onCommitted } from './committed';
import { buildCaseState, type CaseRecord, type CaseState } from '@shared/model';
import { useServices } from '../app/services';
import { getCaseRecords, listCases, listStudies } from './library';
import { readStudyCases } from './executor';
import { buildStudyState, type StudyState } from '@shared/study/state';
import type { StudyRecord } from '@shared/model';
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
  // The last state handed out: a re-read reuses its unchanged records (identity kept).
  const heldRef = useRef<CaseState | null>(null);
  const live = useLiveQuery(async () => {
    const records = await getCaseRecords(db, caseId);
    const c = records.find((r) => r.type === 'case');
    if (!c || c.deletedAt !== null) return null;
    return buildCaseState(reuseUnchanged(heldRef.current?.byId, records));
  }, [db, caseId]);
  // This window's committed patches, applied on top of the last read until the next read arrives.
  const [local, setLocal] = useState<{ from: CaseState; state: CaseState } | null>(null);
  const liveRef = useRef(live);
  useEffect(() => {
    liveRef.current = live;
  }, [live]);
  // Rendered at once (flushSync): the change is drawn before the next frame, not after it.
  useEffect(
    () =>
      onCommitted(caseId, (patch) =>
        flushSync(() =>
          setLocal((prev) => {
            const from = liveRef.current;
            if (!from) return prev;
            const base = prev && prev.from === from ? prev.state : from;
            const records = [...applyPatch(base.byId, patch).values()];
            const c = records.find((r) => r.type === 'case');
            // A case that leaves (bin, purge) is left to the database read.
            if (!c || c.deletedAt !== null) return prev;
            return { from, state: buildCaseState(records) };
          }),
        ),
      ),
    [caseId],
  );
  const current = local && live && local.from === live ? local.state : live;
  useEffect(() => {
    heldRef.current = current ?? null;
  }, [current]);
  return current;
}

export function useUndoState(caseId: string): UndoState | undefined {
  const { db } = useServices();
  return useLiveQuery(() => readUndoState(db, caseId), [db, caseId]);
}

export function usePref<K extends PrefKey>(key: K): Prefs[K] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => getPref(db, key), [db, key]);
}

export function useStudyList(): StudyRecord[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => listStudies(db), [db]);
}

/**
 * A study with its elements and its member cases as they are now; follows every committed change
 * of the study and of its cases. undefined while loading; null when it does not exist or is in the bin.
 */
export function useStudyState(studyId: string): StudyState | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const records = await getCaseRecords(db, studyId);
    const study = records.find((r) => r.type === 'study');
    if (!study || study.deletedAt !== null) return null;
    const { cases, libraryCaseIds } = await readStudyCases(db, study.caseIds);
    return buildStudyState(records, cases, libraryCaseIds);
  }, [db, studyId]);
}
