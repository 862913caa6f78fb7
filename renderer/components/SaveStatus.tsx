import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { onSaveStatus, saveStatus } from '../db/saveStatus';
import { errorMessage } from '../app/errorMessage';

/** A write that takes longer than this shows "saving…"; quicker ones never flicker the indicator. */
const SHOW_SAVING_AFTER_MS = 300;

/**
 * The autosave indicator: "Opgeslagen" when every change of this window is stored, "Bezig met
 * opslaan…" while a write takes a moment, "Niet opgeslagen" when the last write could not be stored.
 */
export function SaveStatus({ className = '' }: { className?: string }) {
  const { t } = useTranslation();
  const status = useSyncExternalStore(onSaveStatus, saveStatus);
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (status.pending === 0) {
      setSlow(false);
      return;
    }
    const timer = setTimeout(() => setSlow(true), SHOW_SAVING_AFTER_MS);
    return () => clearTimeout(timer);
  }, [status.pending]);
  const state = status.failure ? 'failed' : slow ? 'saving' : 'saved';
  // The failure's reason is in the error message shown where the change was made; here it is named
  // for screen readers and kept short on screen.
  const text = state === 'failed' ? t('app.notSaved') : state === 'saving' ? t('app.saving') : t('app.saved');
  const reason = state === 'failed' ? errorMessage(t, status.failure) : undefined;
  return (
    <span
      className={`save-status save-status-${state} ${className}`}
      role="status"
      data-testid="save-status"
      data-state={state}
      title={reason}
    >
      <span aria-hidden="true" className="save-status-sign">
        {state === 'failed' ? '!' : state === 'saving' ? '…' : '✓'}
      </span>
      {text}
      {reason && <span className="visually-hidden">{reason}</span>}
    </span>
  );
}
