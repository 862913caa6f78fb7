import { useTranslation } from 'react-i18next';
import type { CaseState, Language } from '@shared/model';
import { compareFuzzy, formatFuzzyDate, fuzzySpan } from '@shared/time';
import { Dialog } from '../../components/Dialog';
import { MarkIcon } from './MarkLegend';

/**
 * The moments of a group, in large type over the wall: each title with its date and lane, in
 * time order. "Zoom in" goes to where each of them gets its card.
 */
export function GroupPanel({
  state,
  itemIds,
  lang,
  onClose,
  onZoom,
}: {
  state: CaseState;
  itemIds: readonly string[];
  lang: Language;
  onClose: () => void;
  onZoom: () => void;
}) {
  const { t } = useTranslation();
  const lanes = new Map(state.lanes.map((l) => [l.id, l]));
  const items = itemIds
    .map((id) => state.items.find((i) => i.id === id))
    .filter((i) => i !== undefined)
    .sort((a, b) => compareFuzzy(a.start, b.start));
  if (items.length === 0) return null;
  const years = items.map((i) => new Date(fuzzySpan(i.start).centre * 86_400_000).getUTCFullYear());
  const first = Math.min(...years);
  const last = Math.max(...years);
  const span = first === last ? String(first) : `${first}–${last}`;
  return (
    <Dialog
      title={t('wall.groupTitle', { span, count: items.length })}
      onClose={onClose}
      labelledBy="wall-group-title"
    >
      <ol className="wall-group-list">
        {items.map((item) => {
          const lane = lanes.get(item.laneId);
          return (
            <li key={item.id} data-item-id={item.id}>
              <span className="lane" style={{ background: lane?.colour ?? '#555555' }} aria-hidden />
              <span className="what">
                <strong dir="auto">{item.title}</strong>
                <span className="when">
                  {formatFuzzyDate(item.start, lang)}
                  {lane && lane.kind === 'help' ? ` · ${lane.name}` : ''}
                </span>
              </span>
              {item.origin !== 'prepared' && (
                <MarkIcon mark={item.origin === 'addedInSession' ? 'added' : 'corrected'} />
              )}
            </li>
          );
        })}
      </ol>
      <div className="actions">
        <button type="button" onClick={onZoom}>
          {t('wall.groupZoom')}
        </button>
        <button type="button" onClick={onClose}>
          {t('wall.close')}
        </button>
      </div>
    </Dialog>
  );
}
