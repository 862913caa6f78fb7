import type {
  CardList,
  CardRecord,
  CaseState,
  ChangeRecord,
  ItemRecord,
  Language,
  MarkerRecord,
  ParticipantRecord,
  Role,
} from '../model';
import { perspectiveOf } from '../model/participant';
import { rankList, type RankedCard } from '../session/rules';
import { compareFuzzy } from '../time/fuzzy';
import { draftFindingsTree, type FindingsTree } from '../analysis/tree';
import { codeLabel } from '../analysis/codebooks';

/**
 * Everything the PDF report shows, derived from a case: pure data, no layout. Pseudonyms and
 * roles only; the report never needs a real name.
 */
export interface ReportModel {
  readonly language: Language;
  readonly title: string;
  readonly familyDescription: string;
  readonly generatedAt: number;
  /** Researchers / facilitators as entered in the analysis (cover and PDF author). */
  readonly facilitators: string;
  readonly paper: 'A4' | 'A3';
  readonly successStatement: string;
  readonly tree: FindingsTree;
  readonly recommendations: readonly string[];
  /** Key quotes with who said them (role and pseudonym; null: the group). */
  readonly quotes: readonly { card: CardRecord; by: ParticipantRecord | null }[];
  readonly followUpNotes: string;
  readonly participantsByRole: readonly { role: Role; names: string[] }[];
  readonly items: readonly ItemRecord[];
  readonly goodHelp: readonly ReportMarker[];
  readonly noGoodHelp: readonly ReportMarker[];
  readonly ranked: Readonly<Record<CardList, readonly RankedCard[]>>;
  readonly totals: Readonly<Record<CardList, { votes: number; family: number; professional: number }>>;
  readonly changes: readonly ChangeRecord[];
  readonly allCards: readonly {
    card: CardRecord;
    by: string;
    perspective: string;
    votes: number;
    codes: readonly string[];
  }[];
}

export interface ReportMarker {
  readonly marker: MarkerRecord;
  readonly by: ParticipantRecord | null;
  readonly contributors: readonly string[];
  readonly cards: readonly CardRecord[];
}

const ROLE_ORDER: Role[] = ['ouder', 'kindJongere', 'grootouder', 'pleegouder', 'anders', 'professional'];

export function buildReportModel(state: CaseState, now: number): ReportModel {
  const byId = new Map(state.participants.map((p) => [p.id, p]));
  const markerOf = (m: MarkerRecord): ReportMarker => ({
    marker: m,
    by: byId.get(m.participantId) ?? null,
    contributors: m.contributorIds.map((id) => byId.get(id)?.pseudonym ?? '').filter(Boolean),
    cards: state.cards.filter((c) => c.markerId === m.id),
  });
  const sortMarkers = (a: MarkerRecord, b: MarkerRecord) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.createdAt - b.createdAt;
  const ranked = { strengths: rankList(state, 'strengths'), improvements: rankList(state, 'improvements') };
  const totals = (list: CardList) =>
    ranked[list].reduce(
      (t, r) => ({
        votes: t.votes + r.votes,
        family: t.family + r.byPerspective.family,
        professional: t.professional + r.byPerspective.professional,
      }),
      {
        votes: 0,
        family: 0,
        professional: 0,
      },
    );
  const votes = new Map<string, number>();
  for (const s of state.stickers) votes.set(s.cardId, (votes.get(s.cardId) ?? 0) + 1);
  const analysis = state.analysis;
  const lang = state.case.language;
  const cardById = new Map(state.cards.map((c) => [c.id, c]));
  return {
    language: state.case.language,
    title: state.case.title,
    familyDescription: state.case.familyDescription,
    generatedAt: now,
    facilitators: analysis?.facilitators ?? '',
    paper: analysis?.paper ?? 'A4',
    successStatement: analysis?.successStatement.trim() ?? '',
    tree: draftFindingsTree(state),
    recommendations: analysis?.recommendations ?? [],
    quotes: (analysis?.quoteCardIds ?? [])
      .map((id) => cardById.get(id))
      .filter((c): c is CardRecord => !!c)
      .map((card) => ({ card, by: card.participantId ? (byId.get(card.participantId) ?? null) : null })),
    followUpNotes: analysis?.followUpNotes.trim() ?? '',
    participantsByRole: ROLE_ORDER.map((role) => ({
      role,
      names: state.participants.filter((p) => p.role === role).map((p) => p.pseudonym),
    })).filter((g) => g.names.length > 0),
    items: [...state.items].sort((a, b) => compareFuzzy(a.start, b.start)),
    goodHelp: state.markers
      .filter((m) => m.valence === 'good')
      .sort(sortMarkers)
      .map(markerOf),
    noGoodHelp: state.markers
      .filter((m) => m.valence === 'bad')
      .sort(sortMarkers)
      .map(markerOf),
    ranked,
    totals: { strengths: totals('strengths'), improvements: totals('improvements') },
    changes: state.changes,
    allCards: state.cards.map((card) => {
      const p = card.participantId ? byId.get(card.participantId) : undefined;
      const codes = (analysis?.codes[card.id] ?? []).map((id) => codeLabel(id, lang, analysis?.customCodes));
      return {
        card,
        by: p?.pseudonym ?? '',
        perspective: p ? perspectiveOf(p.role) : '',
        votes: votes.get(card.id) ?? 0,
        codes,
      };
    }),
  };
}

/** The cards as CSV (UTF-8 with BOM and CRLF, so Excel opens accents and line breaks correctly). */
export function cardsCsv(
  model: ReportModel,
  header: readonly string[],
  listName: (l: CardList) => string,
): string {
  const esc = (v: string | number) => {
    const s = String(v);
    // A leading =, +, - or @ would be run as a formula by spreadsheet programs.
    const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
    return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const rows = model.allCards.map((c) =>
    [listName(c.card.list), c.card.text, c.votes, c.by, c.perspective, c.codes.join('; ')].map(esc).join(','),
  );
  return `\uFEFF${[header.map(esc).join(','), ...rows].join('\r\n')}\r\n`;
}
