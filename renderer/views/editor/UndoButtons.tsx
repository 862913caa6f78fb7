import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { useUndoState } from '../../db/hooks';
import { redo, undo } from '../../db/undo';
import { useToast } from '../../components/Toasts';

/** Undo/redo buttons that say what they will undo, plus Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y). */
export function UndoButtons({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const toast = useToast();
  const undoState = useUndoState(caseId);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      // Inside a text field the browser's own text undo applies.
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) return;
      const mod = e.ctrlKey || e.metaKey;
      if (!mod) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        void undo(db, caseId).catch((err: Error) => toast({ tone: 'error', message: err.message }));
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        void redo(db, caseId).catch((err: Error) => toast({ tone: 'error', message: err.message }));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [db, caseId, toast]);

  const undoLabel = undoState?.undoLabelKey ? t('app.undoWhat', { what: t(undoState.undoLabelKey) }) : t('app.nothingToUndo');
  const redoLabel = undoState?.redoLabelKey ? t('app.redoWhat', { what: t(undoState.redoLabelKey) }) : t('app.nothingToRedo');
  return (
    <div className="row" role="group">
      <button
        type="button"
        disabled={!undoState?.canUndo}
        title={undoLabel}
        onClick={() => void undo(db, caseId)}
      >
        <span aria-hidden>↶ </span>
        {t('app.undo')}
        {undoState?.undoLabelKey && <span className="visually-hidden">: {t(undoState.undoLabelKey)}</span>}
      </button>
      <button
        type="button"
        disabled={!undoState?.canRedo}
        title={redoLabel}
        onClick={() => void redo(db, caseId)}
      >
        <span aria-hidden>↷ </span>
        {t('app.redo')}
        {undoState?.redoLabelKey && <span className="visually-hidden">: {t(undoState.redoLabelKey)}</span>}
      </button>
    </div>
  );
}
