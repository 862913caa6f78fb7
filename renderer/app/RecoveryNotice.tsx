import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from './services';
import { useToast } from '../components/Toasts';

/** Tells the user, once per start, what the start-up check restored or repaired (or could not use). */
export function RecoveryNotice() {
  const { recovery } = useServices();
  const { t } = useTranslation();
  const toast = useToast();
  const shown = useRef(false);
  useEffect(() => {
    if (!recovery || shown.current) return;
    shown.current = true;
    for (const r of recovery.restored)
      toast({ message: t('app.recovered', { title: r.title, count: r.changes }), durationMs: 0 });
    for (const r of recovery.repaired)
      toast({ message: t('app.repaired', { title: r.title, count: r.records }), durationMs: 0 });
    for (const f of recovery.failed)
      toast({ tone: 'error', message: t('app.recoveryFailed', { caseId: f.caseId, message: f.message }) });
  }, [recovery, t, toast]);
  return null;
}
