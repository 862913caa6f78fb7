import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseState } from '@shared/model';
import { WALL } from '../../canvas/palette';

/** The session marks as the wall paints them on cards (paint.ts, paintMark): + added, pencil corrected. */
export function MarkIcon({ mark }: { mark: 'added' | 'corrected' }) {
  return (
    <svg className="mark-icon" viewBox="-12 -12 24 24" aria-hidden="true">
      <circle r="12" fill={WALL.sessionEdit} />
      {mark === 'added' ? (
        <path d="M-7 -1.75h14v3.5h-14z M-1.75 -7h3.5v14h-3.5z" fill="#fff" />
      ) : (
        <g transform="rotate(-45)" fill="#fff">
          <rect x="-4" y="-2.5" width="11" height="5" />
          <path d="M-5 -2.5 L-9 0 L-5 2.5 Z" />
        </g>
      )}
    </svg>
  );
}

/** What the marks on the wall's cards mean; shown while some moment carries one. */
export const MarkLegend = memo(function MarkLegend({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  const added = state.items.some((i) => i.shape === 'moment' && i.origin === 'addedInSession');
  const corrected = state.items.some((i) => i.shape === 'moment' && i.origin === 'correctedInSession');
  if (!added && !corrected) return null;
  return (
    <ul className="wall-legend" data-testid="wall-legend">
      {added && (
        <li>
          <MarkIcon mark="added" /> {t('wall.legendAdded')}
        </li>
      )}
      {corrected && (
        <li>
          <MarkIcon mark="corrected" /> {t('wall.legendCorrected')}
        </li>
      )}
    </ul>
  );
});
