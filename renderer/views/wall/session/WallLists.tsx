import { memo, useCallback, useMemo } from 'react';
import { useLatest } from '../../../app/useLatest';
import { useTranslation } from 'react-i18next';
import type { CardList, CardRecord, CaseState, ParticipantIcon, StickerRecord } from '@shared/model';
import { sameFields, sameItems } from '@shared/store/equality';
import { rankList } from '@shared/session';
import { ParticipantIconSvg } from '../../../components/participantIcons';

const NEUTRAL = '#6b7280';

/**
 * The flip-over lists on the wall. In a round only that round's list, as one row that scrolls
 * sideways (the lifeline keeps the room); in the sticker round both lists are the main area,
 * scrolling by a swipe on the cards, and every card is a drop target. Tallies and other people's
 * stickers show only once the facilitator reveals them (your own always show).
 */
export const WallLists = memo(function WallLists({
  state,
  voting,
  only,
  chosen,
  selectedCardId,
  dropTargetIds,
  onTapCard,
  onTapSticker,
}: {
  state: CaseState;
  voting: boolean;
  /** One list only (a round), in a row. */
  only: CardList | null;
  chosen: string | null;
  selectedCardId: string | null;
  dropTargetIds: ReadonlySet<string>;
  onTapCard: (cardId: string) => void;
  onTapSticker: (sticker: StickerRecord) => void;
}) {
  return (
    <div className={only ? 'wall-lists strip' : 'wall-lists'}>
      {(only ? [only] : (['strengths', 'improvements'] as const)).map((list) => (
        <WallList
          key={list}
          state={state}
          list={list}
          voting={voting}
          chosen={chosen}
          selectedCardId={selectedCardId}
          dropTargetIds={dropTargetIds}
          onTapCard={onTapCard}
          onTapSticker={onTapSticker}
        />
      ))}
    </div>
  );
});

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
  // The rows get stable handlers that call the latest props, so a row re-renders only when
  // what it shows changes (one sticker placed redraws one card, not 150).
  const latest = useLatest(props);
  const onTapCard = useCallback(
    (cardId: string) => {
      if (latest.current.voting) latest.current.onTapCard(cardId);
    },
    [latest],
  );
  const onTapSticker = useCallback(
    (sticker: StickerRecord) => latest.current.onTapSticker(sticker),
    [latest],
  );
  // keyed on the colours themselves: the participants array is new after every change
  const colourKey = JSON.stringify(state.participants.map((p) => [p.id, p.colour]));
  const colourOf = useMemo(() => new Map(JSON.parse(colourKey) as [string, string][]), [colourKey]);
  const iconKey = JSON.stringify(state.participants.map((p) => [p.id, p.icon]));
  const iconOf = useMemo(() => new Map(JSON.parse(iconKey) as [string, ParticipantIcon | null][]), [iconKey]);
  const stickersByCard = useMemo(() => {
    const by = new Map<string, StickerRecord[]>();
    for (const s of state.stickers) {
      const on = by.get(s.cardId);
      if (on) on.push(s);
      else by.set(s.cardId, [s]);
    }
    return by;
  }, [state.stickers]);
  const cards = visible
    ? rankList(state, list).map((r) => r.card)
    : state.cards.filter((c) => c.list === list);
  return (
    <section className={`wall-list ${list}`} aria-label={t(`session.lists.${list}`)}>
      <h2>
        {t(`session.lists.${list}`)} <small>({cards.length})</small>
      </h2>
      <ul className="wall-cards">
        {cards.map((card) => (
          <WallCardRow
            key={card.id}
            card={card}
            stickers={stickersByCard.get(card.id) ?? NO_STICKERS}
            colourOf={colourOf}
            iconOf={iconOf}
            voting={voting}
            visible={visible}
            neutral={neutral}
            chosen={chosen}
            selected={props.selectedCardId === card.id}
            dropTarget={props.dropTargetIds.has(card.id)}
            onTapCard={onTapCard}
            onTapSticker={onTapSticker}
          />
        ))}
      </ul>
    </section>
  );
}

const NO_STICKERS: readonly StickerRecord[] = [];

interface WallCardRowProps {
  card: CardRecord;
  stickers: readonly StickerRecord[];
  colourOf: ReadonlyMap<string, string>;
  iconOf: ReadonlyMap<string, ParticipantIcon | null>;
  voting: boolean;
  visible: boolean;
  neutral: boolean;
  chosen: string | null;
  selected: boolean;
  dropTarget: boolean;
  onTapCard: (cardId: string) => void;
  onTapSticker: (sticker: StickerRecord) => void;
}

/** One card of a list with its stickers (everyone's once tallies show, else the chosen person's). */
const WallCardRow = memo(function WallCardRow(props: WallCardRowProps) {
  const { card, stickers, visible, chosen, neutral, colourOf } = props;
  const shown = visible ? stickers : stickers.filter((s) => s.participantId === chosen);
  const cls = ['wall-card', props.selected ? 'selected' : '', props.dropTarget ? 'drop-target' : ''].join(
    ' ',
  );
  return (
    <li className={cls} data-card-id={card.id} onClick={() => props.onTapCard(card.id)}>
      <span dir="auto">{card.text}</span>
      {(props.voting || visible) && (
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
            >
              {!neutral && props.iconOf.get(s.participantId) && (
                <ParticipantIconSvg icon={props.iconOf.get(s.participantId)!} size="66%" colour="#ffffff" />
              )}
            </button>
          ))}
          {visible && <span className="count">{stickers.length}</span>}
        </span>
      )}
    </li>
  );
}, sameRow);

/** Rows compare their stickers by identity one by one (each render groups them into new arrays). */
function sameRow(a: WallCardRowProps, b: WallCardRowProps): boolean {
  return sameFields(a, b, { stickers: sameItems });
}
