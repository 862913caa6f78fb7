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
export interface FindingsTree {
  readonly root: string;
  /** Main factors (strengths) with their contributing factors. */
  readonly branches: readonly TreeBranch[];
  /** Improvement points, grouped the same way. */
  readonly improvements: readonly TreeBranch[];
}

/**
 * Drafts the findings tree (bevindingenboom) from the analysis: the success statement at the
 * root, each group of strengths a branch (in the researchers' order; unordered groups by
 * votes), its cards the leaves by votes. Cards not in a group become their own branch.
 */
export function draftFindingsTree(state: CaseState): FindingsTree {
  const analysis = state.analysis;
  return {
    root: analysis?.successStatement.trim() ?? '',
    branches: branchesOf(state, analysis, 'strengths'),
    improvements: branchesOf(state, analysis, 'improvements'),
  };
}

function branchesOf(state: CaseState, analysis: AnalysisRecord | null, list: CardList): TreeBranch[] {
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
  for (const r of ranked) {
    if (!grouped.has(r.card.id)) branches.push({ groupId: null, name: r.card.text, votes: r.votes, leaves: [] });
  }
  return branches;
}
