import type { CardList, Language } from '../model';
import { displayRoleOf } from '../report/people';
import { perspectiveOf, type Perspective } from '../model/participant';
import {
  cardsOfFactor,
  mainFactorsOf,
  quoteOf,
  successOf,
  votesOf,
  type MainFactor,
} from '../analysis/reads';
import type { StudyState } from '../study/state';
import { codeMatrix, elementRow, factorMatrix, tallyCards, type Matrix, type Tally } from './matrix';

/**
 * Everything the cross-case report shows, derived from a study: plain data, no layout, so the
 * PDF view and a DOCX writer render the same content. Pseudonyms and roles only.
 */
export interface CrossCaseReport {
  readonly language: Language;
  readonly title: string;
  readonly description: string;
  readonly generatedAt: number;
  /** The researchers named in the cases' analyses (report author). */
  readonly authors: string;
  readonly cases: readonly CaseBrief[];
  readonly factorMatrix: Matrix;
  readonly codeMatrix: Matrix;
  readonly elements: readonly ElementEvidence[];
  readonly differences: Differences;
}

export interface FactorBrief {
  readonly name: string;
  readonly list: CardList;
  readonly tally: Tally;
}

export interface CaseBrief {
  readonly id: string;
  readonly title: string;
  readonly success: string;
  readonly strengths: readonly FactorBrief[];
  readonly improvements: readonly FactorBrief[];
  readonly participants: Readonly<Record<Perspective, number>>;
}

export interface PerspectiveEvidence {
  /** The cards named from this perspective (their text). */
  readonly cards: readonly string[];
  /** Stickers placed from this perspective on the element's cards in this case. */
  readonly votes: number;
}

export interface ReportQuote {
  readonly caseTitle: string;
  readonly text: string;
  /** The speaker's display role ("vader", "gezinsvoogd"), or null for the group. */
  readonly by: string | null;
}

export interface ElementEvidence {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly caseCount: number;
  readonly perCase: readonly {
    readonly caseId: string;
    readonly caseTitle: string;
    readonly factors: readonly { name: string; list: CardList }[];
    readonly family: PerspectiveEvidence;
    readonly professional: PerspectiveEvidence;
    /** Cards named for the group (no one in particular). */
    readonly group: readonly string[];
  }[];
  readonly quotes: readonly ReportQuote[];
}

/** A main factor (or a row of similar ones across cases) carried mainly by one perspective. */
export interface LeaningFactor {
  readonly name: string;
  readonly list: CardList;
  readonly caseTitles: readonly string[];
  readonly family: number;
  readonly professional: number;
}

export interface Differences {
  /** Across cases (rows of the factor matrix): carried mainly by the family / the professionals. */
  readonly family: readonly LeaningFactor[];
  readonly professional: readonly LeaningFactor[];
}

/**
 * When a factor "leans": its weight from one perspective (cards named plus stickers placed from
 * it) is at least LEAN_SHARE of both perspectives' weight, and that weight is at least LEAN_MIN.
 */
export const LEAN_SHARE = 2 / 3;
export const LEAN_MIN = 2;

export function leaning(t: Tally): Perspective | null {
  const family = t.cardsFamily + t.votesFamily;
  const professional = t.cardsProfessional + t.votesProfessional;
  const total = family + professional;
  if (total === 0) return null;
  if (family >= LEAN_MIN && family / total >= LEAN_SHARE) return 'family';
  if (professional >= LEAN_MIN && professional / total >= LEAN_SHARE) return 'professional';
  return null;
}

export function buildCrossCaseReport(study: StudyState, lang: Language, now: number): CrossCaseReport {
  const brief = (state: StudyState['cases'][number], f: MainFactor): FactorBrief => ({
    name: f.name,
    list: f.list,
    tally: tallyCards(state, cardsOfFactor(state, f.id)),
  });
  const cases: CaseBrief[] = study.cases.map((state) => ({
    id: state.case.id,
    title: state.case.title,
    success: successOf(state),
    strengths: mainFactorsOf(state)
      .filter((f) => f.list === 'strengths')
      .map((f) => brief(state, f)),
    improvements: mainFactorsOf(state)
      .filter((f) => f.list === 'improvements')
      .map((f) => brief(state, f)),
    participants: {
      family: state.participants.filter((p) => perspectiveOf(p.role) === 'family').length,
      professional: state.participants.filter((p) => perspectiveOf(p.role) === 'professional').length,
    },
  }));
  const factors = factorMatrix(study);
  const titleOf = new Map(study.cases.map((c) => [c.case.id, c.case.title]));
  const elements: ElementEvidence[] = study.elements.map((element) => {
    const row = elementRow(study, element);
    return {
      id: element.id,
      name: element.name,
      description: element.description.trim(),
      caseCount: row.caseCount,
      perCase: row.cells
        .filter((cell) => cell.factors.length > 0)
        .map((cell) => {
          const state = study.cases.find((c) => c.case.id === cell.caseId)!;
          const from = (p: Perspective): PerspectiveEvidence => {
            const cards = cell.cards.filter((c) => c.speaker?.perspective === p);
            return {
              cards: cards.map((c) => c.card.text),
              votes: cell.cards.reduce((n, c) => n + votesOf(state, c.card.id)[p], 0),
            };
          };
          return {
            caseId: cell.caseId,
            caseTitle: titleOf.get(cell.caseId) ?? '',
            factors: cell.factors.map((f) => ({
              name: f.name,
              list: mainFactorsOf(state).find((m) => m.id === f.id)?.list ?? 'strengths',
            })),
            family: from('family'),
            professional: from('professional'),
            group: cell.cards.filter((c) => !c.speaker).map((c) => c.card.text),
          };
        }),
      quotes: element.quotes.flatMap((ref) => {
        const state = study.cases.find((c) => c.case.id === ref.caseId);
        const q = state && quoteOf(state, ref.quoteId);
        if (!state || !q) return [];
        return [
          {
            caseTitle: state.case.title,
            text: q.text,
            by: q.speaker ? displayRoleOf(q.speaker.participant, lang) : null,
          },
        ];
      }),
    };
  });
  const leaningRows = (p: Perspective): LeaningFactor[] =>
    factors.rows
      .filter((r) => leaning(r.total) === p)
      .map((r) => ({
        name: r.label,
        list: r.list ?? 'strengths',
        caseTitles: r.cells.filter((c) => c.cards.length > 0).map((c) => titleOf.get(c.caseId) ?? ''),
        family: r.total.cardsFamily + r.total.votesFamily,
        professional: r.total.cardsProfessional + r.total.votesProfessional,
      }));
  const authors = [
    ...new Set(
      study.cases
        .flatMap((c) => (c.analysis?.facilitators ?? '').split(';').map((n) => n.trim()))
        .filter(Boolean),
    ),
  ].join('; ');
  return {
    language: lang,
    title: study.study.name,
    description: study.study.description.trim(),
    generatedAt: now,
    authors,
    cases,
    factorMatrix: factors,
    codeMatrix: codeMatrix(study, lang),
    elements,
    differences: { family: leaningRows('family'), professional: leaningRows('professional') },
  };
}
