import type { CardList, CardRecord, CaseState, ParticipantRecord, Phase, StickerRecord } from '../model';
import { perspectiveOf, type Perspective } from '../model/participant';

/** Which marker and list a round belongs to: round 2 is "goede hulp", round 3 "geen goede hulp". */
export function roundOfPhase(phase: Phase): { valence: 'good' | 'bad'; list: CardList } | null {
  if (phase === 2) return { valence: 'good', list: 'strengths' };
  if (phase === 3) return { valence: 'bad', list: 'improvements' };
  return null;
}

export const listOfValence = (valence: 'good' | 'bad'): CardList =>
  valence === 'good' ? 'strengths' : 'improvements';

export function currentPhase(state: CaseState): Phase {
  return state.session?.phase ?? 0;
}

export function budgetOf(state: CaseState, list: CardList): number {
  return state.case.settings.stickerBudget[list];
}

/** Stickers a participant has placed on a list. */
export function stickersOf(state: CaseState, participantId: string, list: CardList): StickerRecord[] {
  const listOfCard = new Map(state.cards.map((c) => [c.id, c.list]));
  return state.stickers.filter((s) => s.participantId === participantId && listOfCard.get(s.cardId) === list);
}

/** Stickers left for a participant on a list (never negative). */
export function stickersLeft(state: CaseState, participantId: string, list: CardList): number {
  return Math.max(0, budgetOf(state, list) - stickersOf(state, participantId, list).length);
}

export interface RankedCard {
  readonly card: CardRecord;
  readonly votes: number;
  readonly byPerspective: Readonly<Record<Perspective, number>>;
  /** Competition ranking: equal votes share a rank ("1, 2, 2, 4"). */
  readonly rank: number;
  /** True when another card has the same number of votes. */
  readonly tied: boolean;
}

/** A list ranked by stickers, ties shared and flagged, with the family/professional split. */
export function rankList(state: CaseState, list: CardList): RankedCard[] {
  const participants = new Map<string, ParticipantRecord>(state.participants.map((p) => [p.id, p]));
  const counts = new Map<string, { votes: number; family: number; professional: number }>();
  for (const s of state.stickers) {
    const c = counts.get(s.cardId) ?? { votes: 0, family: 0, professional: 0 };
    c.votes += 1;
    const p = participants.get(s.participantId);
    if (p) c[perspectiveOf(p.role)] += 1;
    counts.set(s.cardId, c);
  }
  const cards = state.cards
    .filter((c) => c.list === list)
    .map((card) => {
      const c = counts.get(card.id) ?? { votes: 0, family: 0, professional: 0 };
      return { card, votes: c.votes, byPerspective: { family: c.family, professional: c.professional } };
    })
    .sort(
      (a, b) => b.votes - a.votes || a.card.createdAt - b.card.createdAt || (a.card.id < b.card.id ? -1 : 1),
    );
  const tally = new Map<number, number>();
  for (const c of cards) tally.set(c.votes, (tally.get(c.votes) ?? 0) + 1);
  let rank = 0;
  return cards.map((c, i) => {
    if (i === 0 || cards[i - 1]!.votes !== c.votes) rank = i + 1;
    return { ...c, rank, tied: (tally.get(c.votes) ?? 0) > 1 };
  });
}
