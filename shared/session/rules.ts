import type { CardList, CardRecord, CaseState, ParticipantRecord, Phase, StickerRecord } from '../model';
import { perspectiveOf, type Perspective } from '../model/participant';

/** A round of the session: which marker participants place and which flip-over list it feeds. */
export interface Round {
  readonly valence: 'good' | 'bad';
  readonly list: CardList;
}

/** What a phase of the session is called in code and what it allows (METHOD.md, steps 1–5). */
export interface PhaseRules {
  readonly phase: Phase;
  /** The phase's part of the meeting: the console shows the panel for it. */
  readonly step: 'welcome' | 'lifeline' | 'round' | 'voting' | 'closing';
  /** The round ("goede hulp" feeds the strengths, "geen goede hulp" the improvement points); null outside the rounds. */
  readonly round: Round | null;
  /** Past the welcome: the meeting has begun. */
  readonly begun: boolean;
  /** Participants place markers on the wall (the facilitator may add them in any phase). */
  readonly participantMarkers: boolean;
  /** Stickers may be placed and taken back: the voting is open. */
  readonly stickers: boolean;
  /** The wall shows the two lists (with their cards) under the lifeline. */
  readonly listsShown: boolean;
  /** The wall and the console show the ranking of the lists. */
  readonly rankingShown: boolean;
  /** The rounds are over (voting, closing): the markers on the line are context now. */
  readonly roundsDone: boolean;
  /** Edits of the lifeline go into the change trail (from presenting it to the stickers). */
  readonly tracksChanges: boolean;
}

const GOOD: Round = { valence: 'good', list: 'strengths' };
const BAD: Round = { valence: 'bad', list: 'improvements' };

const rules = (
  phase: Phase,
  step: PhaseRules['step'],
  round: Round | null,
  flags: Partial<Omit<PhaseRules, 'phase' | 'step' | 'round'>>,
): PhaseRules => ({
  phase,
  step,
  round,
  begun: phase !== 0,
  participantMarkers: round !== null,
  stickers: false,
  listsShown: false,
  rankingShown: false,
  roundsDone: phase >= 4,
  tracksChanges: false,
  ...flags,
});

/** The session's phases and what each allows: the one place that knows what phase 2 means. */
export const PHASE_RULES: Readonly<Record<Phase, PhaseRules>> = {
  0: rules(0, 'welcome', null, {}),
  1: rules(1, 'lifeline', null, { tracksChanges: true }),
  2: rules(2, 'round', GOOD, { listsShown: true, tracksChanges: true }),
  3: rules(3, 'round', BAD, { listsShown: true, tracksChanges: true }),
  4: rules(4, 'voting', null, { stickers: true, listsShown: true, tracksChanges: true }),
  5: rules(5, 'closing', null, { rankingShown: true }),
};

export function phaseRules(phase: Phase): PhaseRules {
  return PHASE_RULES[phase];
}

/** Which marker and list a round belongs to: round 2 is "goede hulp", round 3 "geen goede hulp". */
export function roundOfPhase(phase: Phase): Round | null {
  return PHASE_RULES[phase].round;
}

export const listOfValence = (valence: 'good' | 'bad'): CardList => (valence === 'good' ? GOOD : BAD).list;

export function currentPhase(state: CaseState): Phase {
  return state.session?.phase ?? 0;
}

/** The rules of the phase the case's session is in (the welcome before a session starts). */
export function currentRules(state: CaseState): PhaseRules {
  return PHASE_RULES[currentPhase(state)];
}

/**
 * The wall's session: the rules of its phase once a session has started (a session record or
 * participants), else null: before that the wall is just the lifeline.
 */
export function wallSessionRules(state: CaseState): PhaseRules | null {
  return state.session || state.participants.length > 0 ? currentRules(state) : null;
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
