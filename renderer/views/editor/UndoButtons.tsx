import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { useUndoState } from '../../db/hooks';
import { redo, undo } from '../../db/undo';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../app/errorMessage';

/** Undo/redo buttons that say what they will undo, plus Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y). */
export function UndoButtons({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const toast = useToast();
  const undoState = useUndoState(caseId);
  // Keys and buttons alike: a step that could not be stored is reported, never silently dropped.
  const step = useCallback(
    (which: typeof undo) =>
      void which(db, caseId).catch((err: unknown) => toast({ tone: 'error', message: errorMessage(t, err) })),
    [db, caseId, t, toast],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      // Inside a text field the browser's own text undo applies.
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable))
        return;
      const mod = e.ctrlKey || e.metaKey;
      if (!mod) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        step(undo);
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        step(redo);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);

  const undoLabel = undoState?.undoLabelKey
    ? t('app.undoWhat', { what: t(undoState.undoLabelKey) })
    : t('app.nothingToUndo');
  const redoLabel = undoState?.redoLabelKey
    ? t('app.redoWhat', { what: t(undoState.redoLabelKey) })
    : t('app.nothingToRedo');
  return (
    <div className="row" role="group">
      <button type="button" disabled={!undoState?.canUndo} title={undoLabel} onClick={() => step(undo)}>
        <span aria-hidden>↶ </span>
        {t('app.undo')}
        {undoState?.undoLabelKey && <span className="visually-hidden">: {t(undoState.undoLabelKey)}</span>}
      </button>
      <button type="button" disabled={!undoState?.canRedo} title={redoLabel} onClick={() => step(redo)}>
        <span aria-hidden>↷ </span>
        {t('app.redo')}
        {undoState?.redoLabelKey && <span className="visually-hidden">: {t(undoState.redoLabelKey)}</span>}
      </button>
    </div>
  );
}
