import { memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardList, CaseState } from '@shared/model';
import { stickersLeft } from '@shared/session';
import { ParticipantChipDot } from '../../../components/ParticipantChipDot';
import { ParticipantIconSvg } from '../../../components/participantIcons';

export interface StickerDrop {
  readonly participantId: string;
  readonly list: CardList;
  /** The card under the finger when it was lifted, or null. */
  readonly cardId: string | null;
  /** True when the sticker was tapped rather than dragged. */
  readonly tap: boolean;
}

interface Drag {
  participantId: string;
  list: CardList;
  colour: string;
  x: number;
  y: number;
  startX: number;
  startY: number;
}

/**
 * A tray per participant with their remaining stickers for each list. Stickers are dragged with
 * pointer events, one drag per pointer, so several people can drag at the same time on a
 * multi-touch screen.
 */
export const StickerTrays = memo(function StickerTrays({
  state,
  u,
  chosen,
  onChoose,
  onDrop,
  onHover,
}: {
  state: CaseState;
  u: number;
  /** Who stands at the wall: tapping your name on your tray shows (and lets you take back) your stickers. */
  chosen: string | null;
  onChoose: (id: string | null) => void;
  onDrop: (drop: StickerDrop) => void;
  onHover: (pointerId: number, cardId: string | null) => void;
}) {
  const { t } = useTranslation();
  const [drags, setDrags] = useState<ReadonlyMap<number, Drag>>(new Map());
  const dragsRef = useRef(new Map<number, Drag>());
  const update = (next: Map<number, Drag>) => {
    dragsRef.current = next;
    setDrags(next);
  };
  const neutral = state.case.settings.stickerStyle === 'neutral';

  const cardAt = (x: number, y: number): string | null => {
    const el = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-card-id]');
    return el?.dataset.cardId ?? null;
  };

  return (
    <div className="wall-trays">
      {state.participants.map((p) => (
        <div
          key={p.id}
          className="wall-tray"
          style={{ borderColor: p.colour }}
          data-tray-for={p.id}
          aria-label={t('session.tray', { name: p.pseudonym })}
        >
          <button
            type="button"
            className="tray-name"
            aria-pressed={p.id === chosen}
            onClick={() => onChoose(p.id === chosen ? null : p.id)}
          >
            <ParticipantChipDot participant={p} className="dot" />
            <span dir="auto">{p.pseudonym}</span>
          </button>
          {(['strengths', 'improvements'] as const).map((list) => {
            const left = stickersLeft(state, p.id, list);
            return (
              <div key={list} className="row" aria-label={`${t(`session.lists.${list}`)}: ${left}`}>
                {Array.from({ length: left }, (_, i) => (
                  <button
                    key={i}
                    type="button"
                    className={`tray-sticker ${list === 'strengths' ? 'good' : 'bad'}`}
                    style={{ background: neutral ? '#6b7280' : p.colour }}
                    aria-label={`${t(`session.lists.${list}`)} sticker ${p.pseudonym}`}
                    data-list={list}
                    onPointerDown={(e) => {
                      e.currentTarget.setPointerCapture?.(e.pointerId);
                      const next = new Map(dragsRef.current);
                      next.set(e.pointerId, {
                        participantId: p.id,
                        list,
                        colour: neutral ? '#6b7280' : p.colour,
                        x: e.clientX,
                        y: e.clientY,
                        startX: e.clientX,
                        startY: e.clientY,
                      });
                      update(next);
                    }}
                    onPointerMove={(e) => {
                      const d = dragsRef.current.get(e.pointerId);
                      if (!d) return;
                      const next = new Map(dragsRef.current);
                      next.set(e.pointerId, { ...d, x: e.clientX, y: e.clientY });
                      update(next);
                      onHover(e.pointerId, cardAt(e.clientX, e.clientY));
                    }}
                    onPointerUp={(e) => {
                      const d = dragsRef.current.get(e.pointerId);
                      if (!d) return;
                      const next = new Map(dragsRef.current);
                      next.delete(e.pointerId);
                      update(next);
                      onHover(e.pointerId, null);
                      const tap = Math.hypot(e.clientX - d.startX, e.clientY - d.startY) < 12 * u;
                      onDrop({
                        participantId: d.participantId,
                        list: d.list,
                        cardId: tap ? null : cardAt(e.clientX, e.clientY),
                        tap,
                      });
                    }}
                    onPointerCancel={(e) => {
                      const next = new Map(dragsRef.current);
                      next.delete(e.pointerId);
                      update(next);
                      onHover(e.pointerId, null);
                    }}
                  >
                    {p.icon && <ParticipantIconSvg icon={p.icon} size="62%" colour="#ffffff" />}
                  </button>
                ))}
              </div>
            );
          })}
        </div>
      ))}
      {[...drags.entries()].map(([id, d]) => (
        <span
          key={id}
          className="drag-ghost"
          style={{ left: d.x, top: d.y, background: d.colour }}
          data-testid="drag-ghost"
        />
      ))}
    </div>
  );
});
