import type { CardList, Language } from '../model';
import type { FactorRef } from '../model/study';
import { codeLabel } from '../analysis/codebooks';
import { mainFactorsOf } from '../analysis/reads';
import type { StudyState } from '../study/state';
import { sharedStems, similarNames } from './text';
import { factorKey, studyFactors, type StudyFactor } from './matrix';

/**
 * Candidate overarching elements: main factors of at least two cases that share a code, or whose
 * names are similar (text.ts). The researchers decide: a candidate becomes an element only by
 * their command, and one they set aside (dismissed) is not suggested again.
 */
export interface Suggestion {
  /** Stable for the same set of factors, whatever the order (what "set aside" remembers). */
  readonly key: string;
  readonly name: string;
  readonly list: CardList;
  readonly factors: readonly FactorRef[];
  /** Why: the codes the factors share, and the word stems their names share. */
  readonly codes: readonly string[];
  readonly words: readonly string[];
  readonly caseCount: number;
  readonly votes: number;
}

export function suggestionKey(factors: readonly FactorRef[]): string {
  return factors
    .map((f) => `${f.caseId}/${f.groupId}`)
    .sort()
    .join('|');
}

export function suggestElements(study: StudyState, lang: Language): Suggestion[] {
  const factors = studyFactors(study);
  const drafts: { members: StudyFactor[]; codes: Set<string>; words: Set<string>; name: string }[] = [];
  const cases = (members: readonly StudyFactor[]) => new Set(members.map((m) => m.caseId)).size;

  // Shared codes: every code carried by factors of two or more cases (per list).
  const customOf = (caseId: string) =>
    study.cases.find((c) => c.case.id === caseId)?.analysis?.customCodes ?? [];
  const codes = new Set(factors.flatMap((f) => [...f.codes]));
  for (const code of codes)
    for (const list of ['strengths', 'improvements'] as const) {
      const members = factors.filter((f) => f.factor.list === list && f.codes.has(code));
      if (cases(members) >= 2)
        drafts.push({
          members,
          codes: new Set([code]),
          words: new Set(),
          name: codeLabel(code, lang, customOf(members[0]!.caseId)),
        });
    }

  // Similar names: each factor (most-voted first) with the similar factors of other cases.
  const byVotes = [...factors].sort((a, b) => b.votes - a.votes);
  for (const seed of byVotes) {
    const members = [
      seed,
      ...byVotes.filter(
        (g) =>
          g.caseId !== seed.caseId &&
          g.factor.list === seed.factor.list &&
          similarNames(seed.factor.name, g.factor.name),
      ),
    ];
    if (cases(members) < 2) continue;
    const words = new Set(members.slice(1).flatMap((g) => sharedStems(seed.factor.name, g.factor.name)));
    drafts.push({ members, codes: new Set(), words, name: seed.factor.name });
  }

  // The same set of factors found twice (a code and a name) is one suggestion with both reasons.
  const merged = new Map<string, (typeof drafts)[number]>();
  for (const d of drafts) {
    const refs = d.members.map((m) => ({ caseId: m.caseId, groupId: m.factor.id }));
    const key = suggestionKey(refs);
    const seen = merged.get(key);
    if (!seen) merged.set(key, { ...d, codes: new Set(d.codes), words: new Set(d.words) });
    else {
      d.codes.forEach((c) => seen.codes.add(c));
      d.words.forEach((w) => seen.words.add(w));
    }
  }

  const dismissed = new Set(study.study.dismissed);
  const covered = (keys: readonly string[]) =>
    study.elements.some((e) => {
      const support = new Set(e.support.map((s) => `${s.caseId}/${s.groupId}`));
      return keys.every((k) => support.has(k));
    });
  const out: Suggestion[] = [];
  for (const [key, d] of merged) {
    const keys = d.members.map(factorKey);
    if (dismissed.has(key) || covered(keys)) continue;
    out.push({
      key,
      name: d.name,
      list: d.members[0]!.factor.list,
      factors: d.members.map((m) => ({ caseId: m.caseId, groupId: m.factor.id })),
      codes: [...d.codes],
      words: [...d.words],
      caseCount: cases(d.members),
      votes: d.members.reduce((n, m) => n + m.votes, 0),
    });
  }
  return out.sort(
    (a, b) =>
      b.caseCount - a.caseCount ||
      b.codes.length + b.words.length - (a.codes.length + a.words.length) ||
      b.votes - a.votes ||
      (a.key < b.key ? -1 : 1),
  );
}

/** A suggestion the researchers set aside, as they can see it again: the main factors it grouped. */
export interface DismissedSuggestion {
  readonly key: string;
  readonly factors: readonly {
    readonly caseId: string;
    readonly groupId: string;
    /** "Gezin Zeeland: Eén vast gezicht", or null when that case or main factor is gone. */
    readonly label: string | null;
  }[];
}

/** The dismissed suggestions, most recently dismissed first (what "restore" can bring back). */
export function dismissedSuggestions(study: StudyState): DismissedSuggestion[] {
  return [...study.study.dismissed].reverse().map((key) => ({
    key,
    factors: key.split('|').map((ref) => {
      const cut = ref.lastIndexOf('/');
      const caseId = ref.slice(0, cut);
      const groupId = ref.slice(cut + 1);
      const state = study.cases.find((c) => c.case.id === caseId);
      const factor = state ? mainFactorsOf(state).find((f) => f.id === groupId) : undefined;
      return { caseId, groupId, label: state && factor ? `${state.case.title}: ${factor.name}` : null };
    }),
  }));
}
