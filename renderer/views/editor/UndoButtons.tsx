import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { useUndoState } from '../../db/hooks';
import { redo, undo } from '../../db/undo';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../app/errorMessage';
import { useKeyMap } from '../../app/useKeyMap';
import { useWindowOrigin } from '../../app/windowOrigin';

/** Undo/redo buttons that say what they will undo; the same steps run from the key map and the menu. */
export function UndoButtons({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const toast = useToast();
  const origin = useWindowOrigin();
  const undoState = useUndoState(caseId, origin);
  // Keys and buttons alike: a step refused (changed elsewhere meanwhile, or against the rules) or
  // not stored is reported, never silently dropped.
  const step = useCallback(
    (which: typeof undo) =>
      void which(db, caseId, origin).then(
        (result) => {
          if (!result.ok)
            toast({
              tone: 'error',
              message: t(result.refusal.reasonKey, { ...result.refusal.values, what: t(result.labelKey) }),
            });
        },
        (err: unknown) => toast({ tone: 'error', message: errorMessage(t, err) }),
      ),
    [db, caseId, origin, t, toast],
  );

  // Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y and the desktop menu's Undo / Redo (shared/keymap).
  useKeyMap('console', { undo: () => step(undo), redo: () => step(redo) });

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
