import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../../app/services';
import { executeCommand } from '../../../db/executor';
import { errorMessage } from '../../../app/errorMessage';

/** Runs a participant's action from the wall; a refusal is shown large on the wall itself. */
export function useWallDispatch(caseId: string, show: (message: string) => void) {
  const { db } = useServices();
  const { t } = useTranslation();
  return useCallback(
    async (name: string, args: unknown): Promise<boolean> => {
      try {
        const r = await executeCommand(db, caseId, name, args);
        if (!r.ok) show(t(r.refusal.reasonKey, r.refusal.values ?? {}));
        return r.ok;
      } catch (err) {
        show(errorMessage(t, err));
        return false;
      }
    },
    [db, caseId, show, t],
  );
}
