import type { CardList, CardRecord, CaseState, ParticipantRecord } from '../model';
import { perspectiveOf, type Perspective } from '../model/participant';

/**
 * Small read functions over a case's analysis, used by everything that looks across cases
 * (cross-case synthesis, cross-case report, REFI-QDA export). They are the one place that knows
 * how main factors, their cards, quotes and speakers are stored, so richer records (a card
 * supporting several main factors, quotes as records of their own, display roles) plug in here.
 */

/** A main factor (hoofdsuccesfactor or belangrijkste verbeterpunt) of one case. */
export interface MainFactor {
  readonly id: string;
  readonly list: CardList;
  readonly name: string;
  readonly cardIds: readonly string[];
}

/** The main factors the researchers made, in the findings-tree order. */
export function mainFactorsOf(state: CaseState): MainFactor[] {
  return (state.analysis?.groups ?? []).map((g) => ({
    id: g.id,
    list: g.list,
    name: g.name,
    cardIds: g.cardIds,
  }));
}

export function mainFactorOf(state: CaseState, factorId: string): MainFactor | undefined {
  return mainFactorsOf(state).find((f) => f.id === factorId);
}

/** The cards behind a main factor (those still there). */
export function cardsOfFactor(state: CaseState, factorId: string): CardRecord[] {
  const factor = mainFactorOf(state, factorId);
  if (!factor) return [];
  return factor.cardIds.map((id) => state.byId.get(id)).filter((r): r is CardRecord => r?.type === 'card');
}

/** The main factors a card supports (today at most one). */
export function factorsOfCard(state: CaseState, cardId: string): MainFactor[] {
  return mainFactorsOf(state).filter((f) => f.cardIds.includes(cardId));
}

/** Codes on a card (ids of built-in or own codes). */
export function codesOfCard(state: CaseState, cardId: string): readonly string[] {
  return state.analysis?.codes[cardId] ?? [];
}

/** Who said it: the participant and their perspective, or null for the group / the facilitator. */
export interface Speaker {
  readonly participant: ParticipantRecord;
  readonly perspective: Perspective;
}

export function speakerOf(state: CaseState, participantId: string | null): Speaker | null {
  if (!participantId) return null;
  const p = state.byId.get(participantId);
  if (!p || p.type !== 'participant') return null;
  return { participant: p, perspective: perspectiveOf(p.role) };
}

export function whoSaid(state: CaseState, card: CardRecord): Speaker | null {
  return speakerOf(state, card.participantId);
}

/** Stickers on a card, split by the voters' perspective. */
export interface Votes {
  readonly total: number;
  readonly family: number;
  readonly professional: number;
}

export function votesOf(state: CaseState, cardId: string): Votes {
  let family = 0;
  let professional = 0;
  let total = 0;
  for (const s of state.stickers) {
    if (s.cardId !== cardId) continue;
    total++;
    const who = speakerOf(state, s.participantId);
    if (who?.perspective === 'family') family++;
    else if (who?.perspective === 'professional') professional++;
  }
  return { total, family, professional };
}

/** A quote of the case: its text, who said it, and the main factors it belongs to. */
export interface Quote {
  readonly id: string;
  readonly text: string;
  readonly speaker: Speaker | null;
  readonly cardId: string | null;
  readonly factorIds: readonly string[];
}

/** The case's quotes (records of their own, never voted on), with the main factors they support. */
export function quotesOf(state: CaseState): Quote[] {
  return state.quotes.map((q) => ({
    id: q.id,
    text: q.text,
    speaker: speakerOf(state, q.participantId),
    cardId: q.cardId,
    factorIds: q.groupIds,
  }));
}

export function quoteOf(state: CaseState, quoteId: string): Quote | undefined {
  return quotesOf(state).find((q) => q.id === quoteId);
}

/** The success statement of the case ('' while not written). */
export function successOf(state: CaseState): string {
  return state.analysis?.successStatement.trim() ?? '';
}

/** How a participant is named by role in reports, quotes and exports (one rule: shared/report/people). */
export { displayRoleOf } from '../report/people';
