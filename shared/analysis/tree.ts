import type { AnalysisRecord, CardList, CardRecord, CaseState } from '../model';
import { rankList } from '../session/rules';

export interface TreeLeaf {
  readonly card: CardRecord;
  readonly votes: number;
}
export interface TreeBranch {
  readonly groupId: string | null;
  readonly name: string;
  readonly votes: number;
  readonly leaves: readonly TreeLeaf[];
}
/** One side of the tree: main factors with their contributing factors, and the cards not yet placed. */
export interface TreeSide {
  readonly branches: readonly TreeBranch[];
  readonly others: readonly TreeLeaf[];
}
export interface FindingsTree {
  readonly root: string;
  /** Main success factors (strengths) with their contributing factors. */
  readonly strengths: TreeSide;
  /** Improvement points, grouped the same way. */
  readonly improvements: TreeSide;
}

/** The method names 3–5 main factors; before any grouping the draft takes the top five. */
export const DRAFT_MAIN_FACTORS = 5;

/**
 * Drafts the findings tree (bevindingenboom) from the analysis: the success statement at the
 * root, each group a main factor (in the researchers' order) with its cards as contributing
 * factors by votes. Cards in no group are "others"; while a list has no groups at all, its
 * five most-voted cards stand in as main factors so the tree is never empty.
 */
export function draftFindingsTree(state: CaseState): FindingsTree {
  const analysis = state.analysis;
  return {
    root: analysis?.successStatement.trim() ?? '',
    strengths: sideOf(state, analysis, 'strengths'),
    improvements: sideOf(state, analysis, 'improvements'),
  };
}

function sideOf(state: CaseState, analysis: AnalysisRecord | null, list: CardList): TreeSide {
  const ranked = rankList(state, list);
  const votes = new Map(ranked.map((r) => [r.card.id, r.votes]));
  const byId = new Map(ranked.map((r) => [r.card.id, r.card]));
  const grouped = new Set<string>();
  const branches: TreeBranch[] = [];
  for (const g of analysis?.groups ?? []) {
    if (g.list !== list) continue;
    const leaves = g.cardIds
      .map((id) => byId.get(id))
      .filter((c): c is CardRecord => !!c)
      .map((card) => ({ card, votes: votes.get(card.id) ?? 0 }))
      .sort((a, b) => b.votes - a.votes);
    for (const l of leaves) grouped.add(l.card.id);
    branches.push({ groupId: g.id, name: g.name, votes: leaves.reduce((s, l) => s + l.votes, 0), leaves });
  }
  const rest = ranked.filter((r) => !grouped.has(r.card.id)).map((r) => ({ card: r.card, votes: r.votes }));
  if (branches.length > 0) return { branches, others: rest };
  const stand = rest.slice(0, DRAFT_MAIN_FACTORS);
  return {
    branches: stand.map((l) => ({ groupId: null, name: l.card.text, votes: l.votes, leaves: [] })),
    others: rest.slice(DRAFT_MAIN_FACTORS),
  };
}
