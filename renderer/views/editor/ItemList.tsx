import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseState } from '@shared/model';
import { compareFuzzy, formatWhen } from '@shared/time';

/** All moments and periods in time order: the keyboard-friendly way to reach any item. */
export function ItemList({
  state,
  onSelect,
  onImport,
}: {
  state: CaseState;
  onSelect: (id: string) => void;
  /** Opens the paste/import preview (with pasted text, or empty). */
  onImport: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const items = useMemo(() => [...state.items].sort((a, b) => compareFuzzy(a.start, b.start)), [state.items]);
  const laneName = (id: string) => state.lanes.find((l) => l.id === id)?.name ?? '';
  return (
    <section className="stack" aria-labelledby="items-heading">
      <div className="row">
        <h2 id="items-heading" className="grow">
          {t('editor.items')} ({items.length})
        </h2>
        <button type="button" onClick={() => onImport('')}>
          {t('rows.open')}
        </button>
      </div>
      <p className="muted">{t('editor.selectHint')}</p>
      <ul className="item-list">
        {items.map((item) => (
          <li key={item.id}>
            <button type="button" onClick={() => onSelect(item.id)} data-item-id={item.id}>
              <span dir="auto">
                {item.shape === 'period' ? '▬ ' : '● '}
                {item.title}
                <span className="muted"> · {laneName(item.laneId)}</span>
              </span>
              <span className="when">{formatWhen(item, lang)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
