import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardList, CaseState } from '@shared/model';
import { rankList } from '@shared/session';

/** Both lists ranked by stickers; ties are shown as shared ranks; family/professional split. */
export const RankingPanel = memo(function RankingPanel({
  state,
  large = false,
}: {
  state: CaseState;
  large?: boolean;
}) {
  return (
    <div className={large ? 'two-lists ranking large' : 'two-lists ranking'}>
      {(['strengths', 'improvements'] as const).map((list) => (
        <RankedList key={list} state={state} list={list} />
      ))}
    </div>
  );
});

function RankedList({ state, list }: { state: CaseState; list: CardList }) {
  const { t } = useTranslation();
  const ranked = rankList(state, list);
  return (
    <article className={`card-panel stack list-${list}`}>
      <h3>{t(`session.lists.${list}`)}</h3>
      {ranked.length === 0 && <p className="muted">{t('session.emptyList')}</p>}
      <ol className="ranked">
        {ranked.map((r) => (
          <li key={r.card.id} data-card-id={r.card.id}>
            <span className="rank">
              {t('session.rank', { rank: r.rank })}
              {r.tied && <small> {t('session.tie')}</small>}
            </span>
            <span className="grow" dir="auto">
              {r.card.text}
            </span>
            <span className="votes">
              <strong>{r.votes}</strong>
              <small>{t('session.split', r.byPerspective)}</small>
            </span>
          </li>
        ))}
      </ol>
    </article>
  );
}
