import { useTranslation } from 'react-i18next';
import type { CardList, CaseState, StickerRecord } from '@shared/model';
import { rankList } from '@shared/session';

const NEUTRAL = '#6b7280';

/**
 * The two flip-over lists on the wall. In the sticker round every card is a drop target; tallies
 * and other people's stickers show only once the facilitator reveals them (your own always show).
 */
export function WallLists({
  state,
  voting,
  chosen,
  selectedCardId,
  dropTargetIds,
  onTapCard,
  onTapSticker,
}: {
  state: CaseState;
  voting: boolean;
  chosen: string | null;
  selectedCardId: string | null;
  dropTargetIds: ReadonlySet<string>;
  onTapCard: (cardId: string) => void;
  onTapSticker: (sticker: StickerRecord) => void;
}) {
  return (
    <div className="wall-lists">
      {(['strengths', 'improvements'] as const).map((list) => (
        <WallList key={list} state={state} list={list} voting={voting} chosen={chosen} selectedCardId={selectedCardId} dropTargetIds={dropTargetIds} onTapCard={onTapCard} onTapSticker={onTapSticker} />
      ))}
    </div>
  );
}

function WallList(props: {
  state: CaseState;
  list: CardList;
  voting: boolean;
  chosen: string | null;
  selectedCardId: string | null;
  dropTargetIds: ReadonlySet<string>;
  onTapCard: (cardId: string) => void;
  onTapSticker: (sticker: StickerRecord) => void;
}) {
  const { state, list, voting, chosen } = props;
  const { t } = useTranslation();
  const visible = state.session?.talliesVisible ?? false;
  const neutral = state.case.settings.stickerStyle === 'neutral';
  const colourOf = new Map(state.participants.map((p) => [p.id, p.colour]));
  const cards = visible ? rankList(state, list).map((r) => r.card) : state.cards.filter((c) => c.list === list);
  return (
    <section className={`wall-list ${list}`} aria-label={t(`session.lists.${list}`)}>
      <h2>
        {t(`session.lists.${list}`)} <small>({cards.length})</small>
      </h2>
      <ul className="wall-cards">
        {cards.map((card) => {
          const stickers = state.stickers.filter((s) => s.cardId === card.id);
          const shown = visible ? stickers : stickers.filter((s) => s.participantId === chosen);
          const cls = ['wall-card', props.selectedCardId === card.id ? 'selected' : '', props.dropTargetIds.has(card.id) ? 'drop-target' : ''].join(' ');
          return (
            <li key={card.id} className={cls} data-card-id={card.id} onClick={() => voting && props.onTapCard(card.id)}>
              <span dir="auto">{card.text}</span>
              {(voting || visible) && (
                <span className="stickers">
                  {shown.map((s) => (
                    <button
                      key={s.id}
                      type="button"
                      className={`sticker${s.participantId === chosen ? ' own' : ''}`}
                      style={{ background: neutral ? NEUTRAL : colourOf.get(s.participantId) }}
                      aria-label="sticker"
                      data-sticker-id={s.id}
                      onClick={(e) => {
                        e.stopPropagation();
                        props.onTapSticker(s);
                      }}
                    />
                  ))}
                  {visible && <span className="count">{stickers.length}</span>}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
