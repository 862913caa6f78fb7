import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StickerRecord } from '@shared/model';
import type { Dispatch } from '@shared/commands';

/** How long "Ongedaan maken" stays after a sticker was taken off. */
export const STICKER_UNDO_MS = 6000;

interface Offer {
  readonly sticker: StickerRecord;
  readonly name: string;
  readonly x: number;
  readonly y: number;
}

/**
 * Taking your own sticker off a card on the wall: the sticker goes (stored), and for a few
 * seconds an "Ongedaan maken" button appears where the finger was, which puts the same sticker
 * back. Several people may take stickers off at once; each gets their own button.
 */
export function useStickerUndo(dispatch: Dispatch): {
  offers: readonly Offer[];
  remove: (sticker: StickerRecord, name: string, at: { x: number; y: number }) => void;
  undo: (offer: Offer) => void;
} {
  const [offers, setOffers] = useState<readonly Offer[]>([]);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const all = timers.current;
    return () => {
      for (const t of all.values()) clearTimeout(t);
    };
  }, []);
  const drop = useCallback((id: string) => {
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setOffers((list) => list.filter((o) => o.sticker.id !== id));
  }, []);
  const remove = useCallback(
    (sticker: StickerRecord, name: string, at: { x: number; y: number }) => {
      void dispatch('sticker.remove', { id: sticker.id, participantId: sticker.participantId }).then((ok) => {
        if (!ok) return;
        setOffers((list) => [...list.filter((o) => o.sticker.id !== sticker.id), { sticker, name, ...at }]);
        clearTimeout(timers.current.get(sticker.id));
        timers.current.set(
          sticker.id,
          setTimeout(() => drop(sticker.id), STICKER_UNDO_MS),
        );
      });
    },
    [dispatch, drop],
  );
  const undo = useCallback(
    (offer: Offer) => {
      drop(offer.sticker.id);
      // The same sticker (same id) back on the same card; refused only if voting closed meanwhile.
      void dispatch('sticker.place', {
        id: offer.sticker.id,
        cardId: offer.sticker.cardId,
        participantId: offer.sticker.participantId,
      });
    },
    [dispatch, drop],
  );
  return { offers, remove, undo };
}

/** The undo buttons, each near where its sticker was taken off. */
export function StickerUndoOffers({
  offers,
  onUndo,
}: {
  offers: readonly Offer[];
  onUndo: (offer: Offer) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {offers.map((o) => (
        <div
          key={o.sticker.id}
          className="sticker-undo"
          role="status"
          style={{
            left: Math.min(Math.max(o.x, window.innerWidth * 0.18), window.innerWidth * 0.82),
            top: Math.max(o.y, window.innerHeight * 0.12),
          }}
          data-testid="sticker-undo"
        >
          <span>{t('session.stickerRemoved', { name: o.name })}</span>
          <button type="button" onClick={() => onUndo(o)}>
            {t('session.undoRemove')}
          </button>
        </div>
      ))}
    </>
  );
}
