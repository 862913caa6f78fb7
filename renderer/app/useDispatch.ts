import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dispatch, StudyDispatch } from '@shared/commands';
import { useServices } from './services';
import { useToast } from '../components/Toasts';
import { executeCommand, executeStudyCommand } from '../db/executor';
import { errorMessage, refusalMessage } from './errorMessage';

export interface DispatchOptions {
  /**
   * Where a refusal or error is shown. Default: a toast (console, editor, analysis); the wall
   * passes its large message so participants can read it from where they stand.
   */
  readonly onRefusal?: (message: string) => void;
}

/**
 * The one way views run a command on a case, typed by the command registry: it resolves true
 * after the change is stored, false after a refusal or error, which has then been shown to the
 * user (nothing half-done is ever shown as done).
 */
export function useDispatch(caseId: string, { onRefusal }: DispatchOptions = {}): Dispatch {
  const { db } = useServices();
  const { t } = useTranslation();
  const toast = useToast();
  return useCallback<Dispatch>(
    async (name, args) => {
      const show = onRefusal ?? ((message: string) => toast({ tone: 'error', message }));
      try {
        const result = await executeCommand(db, caseId, name, args);
        if (result.ok) return true;
        show(refusalMessage(t, result.refusal));
        return false;
      } catch (err) {
        show(errorMessage(t, err));
        return false;
      }
    },
    [db, caseId, t, toast, onRefusal],
  );
}

/** The same for a study (onderzoek): its commands, typed by the registry's study list. */
export function useStudyDispatch(studyId: string): StudyDispatch {
  const { db } = useServices();
  const { t } = useTranslation();
  const toast = useToast();
  return useCallback<StudyDispatch>(
    async (name, args) => {
      try {
        const result = await executeStudyCommand(db, studyId, name, args);
        if (result.ok) return true;
        toast({ tone: 'error', message: refusalMessage(t, result.refusal) });
        return false;
      } catch (err) {
        toast({ tone: 'error', message: errorMessage(t, err) });
        return false;
      }
    },
    [db, studyId, t, toast],
  );
}
