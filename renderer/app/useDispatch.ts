import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from './services';
import { useToast } from '../components/Toasts';
import { executeCommand } from '../db/executor';
import { errorMessage } from './errorMessage';

/**
 * The one way UI code runs a command on a case: it resolves after the change is stored, and
 * a refusal or error is shown to the user (nothing half-done is ever shown as done).
 */
export function useDispatch(caseId: string) {
  const { db } = useServices();
  const { t } = useTranslation();
  const toast = useToast();
  return useCallback(
    async (name: string, args: unknown): Promise<boolean> => {
      try {
        const result = await executeCommand(db, caseId, name, args);
        if (result.ok) return true;
        toast({ tone: 'error', message: t(result.refusal.reasonKey, result.refusal.values ?? {}) });
        return false;
      } catch (err) {
        toast({ tone: 'error', message: errorMessage(t, err) });
        return false;
      }
    },
    [db, caseId, t, toast],
  );
}
