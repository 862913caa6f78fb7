import { useTranslation } from 'react-i18next';
import type { LifelineView } from './useLifelineView';

/** Zoom buttons and "fit all" over the canvas (touch friendly; keys: + − 0 and arrows). */
export function ViewControls({
  view,
  u,
  className = 'view-controls',
}: {
  view: LifelineView;
  u: number;
  className?: string;
}) {
  const { t } = useTranslation();
  void u;
  return (
    <div className={className}>
      <button type="button" onClick={() => view.zoomCentre(1 / 1.5)} aria-label={t('wall.zoomOut')}>
        −
      </button>
      <button type="button" onClick={() => view.zoomCentre(1.5)} aria-label={t('wall.zoomIn')}>
        +
      </button>
      <button type="button" onClick={view.fitAll}>
        {t('editor.fitAll')}
      </button>
    </div>
  );
}
