import type { CardList, CardRecord, CaseState, ElementRecord, Language } from '../model';
import {
  cardsOfFactor,
  codesOfCard,
  factorsOfCard,
  mainFactorsOf,
  quotesOf,
  votesOf,
  whoSaid,
  type MainFactor,
  type Quote,
  type Speaker,
  type Votes,
} from '../analysis/reads';
import { codePathLabel } from '../analysis/codebooks';
import { similarNames } from './text';
import type { StudyState } from '../study/state';

/**
 * The cross-case matrices: rows (main factors, codes or overarching elements) × the study's
 * cases. Each cell counts the cards behind it, split by the perspective of who named them, and
 * the stickers on those cards, split by the perspective of who placed them; it keeps the cards
 * and quotes themselves so a view can open them.
 */
export interface Tally {
  readonly cards: number;
  /** Cards named by a family member, by a professional, or by the group (no one in particular). */
  readonly cardsFamily: number;
  readonly cardsProfessional: number;
  readonly cardsGroup: number;
  readonly votes: number;
  readonly votesFamily: number;
  readonly votesProfessional: number;
}

export const EMPTY_TALLY: Tally = {
  cards: 0,
  cardsFamily: 0,
  cardsProfessional: 0,
  cardsGroup: 0,
  votes: 0,
  votesFamily: 0,
  votesProfessional: 0,
};

export interface CellCard {
  readonly card: CardRecord;
  readonly speaker: Speaker | null;
  readonly votes: Votes;
  readonly factorNames: readonly string[];
  readonly codes: readonly string[];
}

export interface MatrixCell {
  readonly caseId: string;
  readonly tally: Tally;
  readonly cards: readonly CellCard[];
  /** The main factors of this case in the cell (for factor and element rows). */
  readonly factors: readonly { id: string; name: string }[];
  readonly quotes: readonly Quote[];
}

export interface MatrixRow {
  readonly key: string;
  readonly label: string;
  /** Strengths or improvements (factor rows); null for codes and elements. */
  readonly list: CardList | null;
  /** One cell per case of the study, in the study's order (empty cells have no cards). */
  readonly cells: readonly MatrixCell[];
  readonly total: Tally;
  /** Cases with at least one card in the row. */
  readonly caseCount: number;
}

export interface Matrix {
  readonly cases: readonly { id: string; title: string }[];
  readonly rows: readonly MatrixRow[];
}

export function tallyCards(state: CaseState, cards: readonly CardRecord[]): Tally {
  const t = { ...EMPTY_TALLY };
  for (const card of cards) {
    t.cards++;
    const who = whoSaid(state, card);
    if (who?.perspective === 'family') t.cardsFamily++;
    else if (who?.perspective === 'professional') t.cardsProfessional++;
    else t.cardsGroup++;
    const v = votesOf(state, card.id);
    t.votes += v.total;
    t.votesFamily += v.family;
    t.votesProfessional += v.professional;
  }
  return t;
}

export function addTallies(a: Tally, b: Tally): Tally {
  return {
    cards: a.cards + b.cards,
    cardsFamily: a.cardsFamily + b.cardsFamily,
    cardsProfessional: a.cardsProfessional + b.cardsProfessional,
    cardsGroup: a.cardsGroup + b.cardsGroup,
    votes: a.votes + b.votes,
    votesFamily: a.votesFamily + b.votesFamily,
    votesProfessional: a.votesProfessional + b.votesProfessional,
  };
}

function cellOf(state: CaseState, cards: readonly CardRecord[], factors: readonly MainFactor[]): MatrixCell {
  const unique = [...new Map(cards.map((c) => [c.id, c])).values()];
  const ids = new Set(unique.map((c) => c.id));
  const factorIds = new Set(factors.map((f) => f.id));
  return {
    caseId: state.case.id,
    tally: tallyCards(state, unique),
    cards: unique.map((card) => ({
      card,
      speaker: whoSaid(state, card),
      votes: votesOf(state, card.id),
      factorNames: factorsOfCard(state, card.id).map((f) => f.name),
      codes: codesOfCard(state, card.id),
    })),
    factors: factors.map((f) => ({ id: f.id, name: f.name })),
    quotes: quotesOf(state).filter(
      (q) => (q.cardId !== null && ids.has(q.cardId)) || q.factorIds.some((id) => factorIds.has(id)),
    ),
  };
}

function rowOf(
  key: string,
  label: string,
  list: CardList | null,
  cases: readonly CaseState[],
  pick: (state: CaseState) => { cards: readonly CardRecord[]; factors: readonly MainFactor[] },
): MatrixRow {
  const cells = cases.map((state) => {
    const { cards, factors } = pick(state);
    return cellOf(state, cards, factors);
  });
  return {
    key,
    label,
    list,
    cells,
    total: cells.reduce((t, c) => addTallies(t, c.tally), EMPTY_TALLY),
    caseCount: cells.filter((c) => c.cards.length > 0 || c.factors.length > 0).length,
  };
}

const casesOf = (study: StudyState) => study.cases.map((c) => ({ id: c.case.id, title: c.case.title }));

/** A main factor of one case, with what it is compared by. */
export interface StudyFactor {
  readonly caseId: string;
  readonly factor: MainFactor;
  readonly votes: number;
  readonly codes: ReadonlySet<string>;
}

export function studyFactors(study: StudyState): StudyFactor[] {
  return study.cases.flatMap((state) =>
    mainFactorsOf(state).map((factor) => {
      const cards = cardsOfFactor(state, factor.id);
      return {
        caseId: state.case.id,
        factor,
        votes: cards.reduce((n, c) => n + votesOf(state, c.id).total, 0),
        codes: new Set(cards.flatMap((c) => codesOfCard(state, c.id))),
      };
    }),
  );
}

export const factorKey = (f: { caseId: string; factor: { id: string } }) => `${f.caseId}/${f.factor.id}`;

/**
 * Main success factors and improvement points × cases. Factors of different cases with similar
 * names (see text.ts) share a row; a row is labelled with its most-voted factor's name. Rows are
 * ordered strengths first, then by the number of cases, then by stickers.
 */
export function factorMatrix(study: StudyState): Matrix {
  const all = studyFactors(study).sort((a, b) => b.votes - a.votes);
  const rows: { label: string; list: CardList; members: StudyFactor[] }[] = [];
  for (const f of all) {
    const row = rows.find(
      (r) => r.list === f.factor.list && r.members.some((m) => similarNames(m.factor.name, f.factor.name)),
    );
    if (row) row.members.push(f);
    else rows.push({ label: f.factor.name, list: f.factor.list, members: [f] });
  }
  const built = rows.map((r) =>
    rowOf(`factor:${factorKey(r.members[0]!)}`, r.label, r.list, study.cases, (state) => {
      const factors = r.members.filter((m) => m.caseId === state.case.id).map((m) => m.factor);
      return { cards: factors.flatMap((f) => cardsOfFactor(state, f.id)), factors };
    }),
  );
  const listOrder = (l: CardList | null) => (l === 'strengths' ? 0 : 1);
  built.sort(
    (a, b) =>
      listOrder(a.list) - listOrder(b.list) || b.caseCount - a.caseCount || b.total.votes - a.total.votes,
  );
  return { cases: casesOf(study), rows: built };
}

/** Codes × cases: every code used on a card in any case, with the cards it tags. */
export function codeMatrix(study: StudyState, lang: Language): Matrix {
  const used = new Map<string, string>();
  for (const state of study.cases)
    for (const codes of Object.values(state.analysis?.codes ?? {}))
      for (const id of codes)
        if (!used.has(id)) used.set(id, codePathLabel(id, lang, state.analysis?.customCodes ?? []));
  const rows = [...used].map(([id, label]) =>
    rowOf(`code:${id}`, label, null, study.cases, (state) => ({
      cards: state.cards.filter((c) => codesOfCard(state, c.id).includes(id)),
      factors: [],
    })),
  );
  rows.sort(
    (a, b) => b.caseCount - a.caseCount || b.total.votes - a.total.votes || a.label.localeCompare(b.label),
  );
  return { cases: casesOf(study), rows };
}

/** Overarching elements × cases: each cell holds the supporting main factors of that case. */
export function elementMatrix(study: StudyState): Matrix {
  return {
    cases: casesOf(study),
    rows: study.elements.map((e) => elementRow(study, e)),
  };
}

export function elementRow(study: StudyState, element: ElementRecord): MatrixRow {
  return rowOf(`element:${element.id}`, element.name, null, study.cases, (state) => {
    const factors = element.support
      .filter((s) => s.caseId === state.case.id)
      .flatMap((s) => mainFactorsOf(state).filter((f) => f.id === s.groupId));
    return { cards: factors.flatMap((f) => cardsOfFactor(state, f.id)), factors };
  });
}
