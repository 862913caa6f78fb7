import type { CaseState, Language } from '../model';
import { LOCALES } from '../i18n';
import {
  codesOfCard,
  displayRoleOf,
  mainFactorsOf,
  quotesOf,
  successOf,
  speakerOf,
  votesOf,
} from '../analysis/reads';
import type { Code } from '../analysis/codebooks';
import { compareFuzzy, formatFuzzyDate } from '../time/fuzzy';
import type { StudyState } from '../study/state';
import { guidOf } from './guid';
import { builtInQdaCodes, codeGuid, codeXml, ownQdaCodes, PROJECT_NS, type QdaCode } from './codebook';
import { el, xmlText } from './xml';

/**
 * A REFI-QDA project (QDA-XML 1.0, `project.qde` plus its text sources) of one case or of a
 * study's cases, for ATLAS.ti, NVivo, MAXQDA, QualCoder:
 *  - per case, text sources: the lifeline's moments with descriptions, the markers with their
 *    explanations, the cards (factor cards by list, with who named them and their stickers), and
 *    the analysis (success, messages, follow-up notes);
 *  - the codebook: every built-in framework as a parent code with its codes and sub-codes, the
 *    researchers' own codes, the lists, the key quotes, and the main factors (per case);
 *  - every card is a coded selection of the cards source (its exact characters), coded with its
 *    codes, its list, its main factor and, for key quotes, the quote code;
 *  - participants are Cases with variables (role, perspective, function, organisation, case),
 *    linked to the selections they named; each family case is a Case with its sources;
 *  - overarching elements are Sets of the main-factor codes that support them.
 * Positions are Unicode code points from 0, end exclusive (REFI-QDA 1.5, §10.2).
 */
export interface RefiProject {
  readonly name: string;
  readonly qde: string;
  /** Files for the `sources/` folder of the .qdpx: GUID-named plain text. */
  readonly sources: readonly { readonly file: string; readonly text: string }[];
}

interface Selection {
  readonly guid: string;
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly codes: readonly string[];
  readonly cardId: string;
}

interface Source {
  readonly guid: string;
  readonly name: string;
  readonly text: string;
  readonly selections: readonly Selection[];
}

/** Builds text while counting Unicode code points, so selections can point into it. */
class TextBuilder {
  private parts: string[] = [];
  length = 0;
  add(text: string): { start: number; end: number } {
    const start = this.length;
    this.parts.push(text);
    this.length += codePointLength(text);
    return { start, end: this.length };
  }
  toString(): string {
    return this.parts.join('');
  }
}

export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** The characters of `text` from code point `start` to `end` (exclusive). */
export function codePointSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

export function buildRefiProject(input: {
  name: string;
  cases: readonly CaseState[];
  study?: StudyState;
  lang: Language;
  now: number;
  appVersion: string;
}): RefiProject {
  const { lang } = input;
  const tr = LOCALES[lang];
  const en = lang === 'en';
  const listCode = {
    strengths: guidOf('code:list:strengths'),
    improvements: guidOf('code:list:improvements'),
  };
  const quoteCode = guidOf('code:quote');
  const factorCode = (caseId: string, groupId: string) => guidOf(`code:factor:${caseId}/${groupId}`);
  const customById = new Map<string, Code>();
  for (const c of input.cases)
    for (const code of c.analysis?.customCodes ?? []) customById.set(code.id, code);

  const sources: Source[] = [];
  const sourcesOfCase = new Map<string, string[]>();
  const selectionsByParticipant = new Map<string, string[]>();
  for (const state of input.cases) {
    const title = state.case.title;
    const mine: Source[] = [];
    const source = (key: string, name: string, text: string, selections: Selection[] = []) => {
      if (text.trim()) mine.push({ guid: guidOf(`source:${state.case.id}:${key}`), name, text, selections });
    };

    // The lifeline: moments and periods in date order, with their lane and description.
    const lanes = new Map(state.lanes.map((l) => [l.id, l.name]));
    const items = [...state.items].sort((a, b) => compareFuzzy(a.start, b.start));
    source(
      'lifeline',
      `${title} — ${en ? 'lifeline' : 'levenslijn'}`,
      items
        .map((i) => {
          const when =
            formatFuzzyDate(i.start, lang) +
            (i.shape === 'period' ? ` – ${i.end ? formatFuzzyDate(i.end, lang) : tr.item.ongoing}` : '');
          return `${when} · ${lanes.get(i.laneId) ?? ''}\n${i.title}\n${i.description.trim() ? `${i.description.trim()}\n` : ''}\n`;
        })
        .join(''),
    );

    // Markers: where someone stood, what the help was and why it worked or did not.
    const who = (participantId: string | null) => {
      const s = speakerOf(state, participantId);
      return s ? `${s.participant.pseudonym} (${displayRoleOf(s.participant, lang)})` : tr.analysis.theGroup;
    };
    const markers = [...state.markers].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    source(
      'markers',
      `${title} — ${en ? 'markers' : 'markeringen'}`,
      markers
        .map(
          (m) =>
            `${tr.session.markers[m.valence]} · ${m.start}${m.end ? ` – ${m.end}` : ''}${m.title ? ` · ${m.title}` : ''}\n` +
            `${who(m.participantId)}\n${m.explanation.trim() ? `${m.explanation.trim()}\n` : ''}\n`,
        )
        .join(''),
    );

    // The cards, by list; each card's text is a coded selection.
    const cards = new TextBuilder();
    const selections: Selection[] = [];
    const factorOf = new Map<string, string>();
    for (const f of mainFactorsOf(state)) for (const id of f.cardIds) factorOf.set(id, f.id);
    const quoteIds = new Set(quotesOf(state).flatMap((q) => (q.cardId ? [q.cardId] : [])));
    for (const list of ['strengths', 'improvements'] as const) {
      const ofList = state.cards.filter((c) => c.list === list);
      if (ofList.length === 0) continue;
      cards.add(`${tr.session.lists[list]}\n\n`);
      for (const card of ofList) {
        const { start, end } = cards.add(card.text);
        const votes = votesOf(state, card.id).total;
        cards.add(`\n(${who(card.participantId)} · ${votes} stickers)\n\n`);
        const factor = factorOf.get(card.id);
        const codes = [
          ...codesOfCard(state, card.id).map(codeGuid),
          listCode[list],
          ...(factor ? [factorCode(state.case.id, factor)] : []),
          ...(quoteIds.has(card.id) ? [quoteCode] : []),
        ];
        const guid = guidOf(`selection:${card.id}`);
        selections.push({
          guid,
          name: card.text.slice(0, 60),
          start,
          end,
          codes: [...new Set(codes)],
          cardId: card.id,
        });
        if (card.participantId) {
          const list2 = selectionsByParticipant.get(card.participantId) ?? [];
          list2.push(guid);
          selectionsByParticipant.set(card.participantId, list2);
        }
      }
    }
    source('cards', `${title} — ${en ? 'cards' : 'kaartjes'}`, cards.toString(), selections);

    // The analysis and the follow-up meeting.
    const a = state.analysis;
    const analysisText = [
      successOf(state) && `${tr.analysis.success}\n${successOf(state)}\n`,
      mainFactorsOf(state).length > 0 &&
        `${tr.analysis.mainFactors.strengths} / ${tr.analysis.mainFactors.improvements}\n${mainFactorsOf(
          state,
        )
          .map((f) => `- ${f.name} (${tr.session.lists[f.list]})`)
          .join('\n')}\n`,
      a &&
        a.recommendations.length > 0 &&
        `${tr.analysis.recommendations}\n${a.recommendations.map((r) => `- ${r}`).join('\n')}\n`,
      a?.followUpNotes.trim() && `${tr.analysis.followUp}\n${a.followUpNotes.trim()}\n`,
    ]
      .filter(Boolean)
      .join('\n');
    source(
      'analysis',
      `${title} — ${en ? 'analysis and follow-up' : 'analyse en nabespreking'}`,
      analysisText,
    );
    sources.push(...mine);
    sourcesOfCase.set(
      state.case.id,
      mine.map((s) => s.guid),
    );
  }

  // The codebook.
  const used = new Set(sources.flatMap((s) => s.selections.flatMap((x) => x.codes)));
  const own = ownQdaCodes([...customById.values()], lang);
  const factorsRoot: QdaCode = {
    guid: guidOf('code:factors'),
    name: en ? 'Main factors' : 'Hoofdfactoren',
    isCodable: false,
    children: input.cases
      .filter((c) => mainFactorsOf(c).length > 0)
      .map((c) => ({
        guid: guidOf(`code:factors:${c.case.id}`),
        name: c.case.title,
        isCodable: false,
        children: mainFactorsOf(c).map((f) => ({
          guid: factorCode(c.case.id, f.id),
          name: `${f.name} (${tr.session.lists[f.list]})`,
          isCodable: true,
          children: [],
        })),
      })),
  };
  const codes: QdaCode[] = [
    ...builtInQdaCodes(lang),
    ...(own ? [own] : []),
    {
      guid: guidOf('code:lists'),
      name: en ? 'Lists' : 'Lijsten',
      isCodable: false,
      children: (['strengths', 'improvements'] as const).map((l) => ({
        guid: listCode[l],
        name: tr.session.lists[l],
        isCodable: true,
        children: [],
      })),
    },
    { guid: quoteCode, name: en ? 'Key quote' : 'Kernuitspraak', isCodable: true, children: [] },
    ...(factorsRoot.children.length ? [factorsRoot] : []),
  ];
  // Every coded selection points at a code in the codebook (an unknown id from a newer codebook gets its own code).
  const known = new Set<string>();
  const walk = (c: QdaCode) => {
    known.add(c.guid);
    c.children.forEach(walk);
  };
  codes.forEach(walk);
  const unknown = [...used].filter((g) => !known.has(g));
  if (unknown.length) {
    const names = new Map<string, string>();
    for (const state of input.cases)
      for (const ids of Object.values(state.analysis?.codes ?? {}))
        for (const id of ids) names.set(codeGuid(id), id);
    codes.push({
      guid: guidOf('code:unknown'),
      name: en ? 'Other codes' : 'Overige codes',
      isCodable: false,
      children: unknown.map((g) => ({ guid: g, name: names.get(g) ?? g, isCodable: true, children: [] })),
    });
  }

  // Variables and participants as cases.
  const variable = (key: string, nl: string, english: string) => ({
    guid: guidOf(`variable:${key}`),
    name: en ? english : nl,
  });
  const vars = {
    role: variable('role', 'Rol', 'Role'),
    perspective: variable('perspective', 'Perspectief', 'Perspective'),
    function: variable('function', 'Functie', 'Function'),
    organisation: variable('organisation', 'Organisatie', 'Organisation'),
    case: variable('case', 'Casus', 'Case'),
  };
  const value = (v: { guid: string }, text: string) =>
    el('VariableValue', {}, el('VariableRef', { targetGUID: v.guid }), el('TextValue', {}, xmlText(text)));
  const caseXml: string[] = [];
  for (const state of input.cases) {
    caseXml.push(
      el(
        'Case',
        { guid: guidOf(`case:${state.case.id}`), name: state.case.title },
        successOf(state) ? el('Description', {}, xmlText(successOf(state))) : null,
        ...(sourcesOfCase.get(state.case.id) ?? []).map((g) => el('SourceRef', { targetGUID: g })),
      ),
    );
    for (const p of state.participants) {
      const perspective = p.role === 'professional' ? 'professional' : 'family';
      caseXml.push(
        el(
          'Case',
          { guid: guidOf(`participant:${p.id}`), name: `${p.pseudonym} (${state.case.title})` },
          value(vars.role, displayRoleOf(p, lang)),
          value(vars.perspective, tr.session.perspective[perspective]),
          value(vars.function, p.function),
          value(vars.organisation, p.organisation),
          value(vars.case, state.case.title),
          ...(selectionsByParticipant.get(p.id) ?? []).map((g) => el('SelectionRef', { targetGUID: g })),
        ),
      );
    }
  }

  // Sets: each case's sources, and each overarching element with the main factors behind it.
  const sets: string[] = input.cases.map((state) =>
    el(
      'Set',
      { guid: guidOf(`set:case:${state.case.id}`), name: `${en ? 'Case' : 'Casus'}: ${state.case.title}` },
      ...(sourcesOfCase.get(state.case.id) ?? []).map((g) => el('MemberSource', { targetGUID: g })),
    ),
  );
  const present = new Set(input.cases.map((c) => c.case.id));
  for (const e of input.study?.elements ?? []) {
    const support = e.support.filter(
      (s) => present.has(s.caseId) && known.has(factorCode(s.caseId, s.groupId)),
    );
    sets.push(
      el(
        'Set',
        {
          guid: guidOf(`set:element:${e.id}`),
          name: `${en ? 'Overarching element' : 'Overstijgend element'}: ${e.name}`,
        },
        e.description.trim() ? el('Description', {}, xmlText(e.description.trim())) : null,
        ...support.map((s) => el('MemberCode', { targetGUID: factorCode(s.caseId, s.groupId) })),
      ),
    );
  }

  const created = new Date(input.now).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const userGuid = guidOf('user:levenslijn');
  const qde = `<?xml version="1.0" encoding="utf-8"?>\n${el(
    'Project',
    {
      xmlns: PROJECT_NS,
      name: input.name,
      origin: `Levenslijn ${input.appVersion}`,
      creatingUserGUID: userGuid,
      creationDateTime: created,
    },
    el('Users', {}, el('User', { guid: userGuid, name: 'Levenslijn' })),
    el('CodeBook', {}, el('Codes', {}, ...codes.map(codeXml))),
    el(
      'Variables',
      {},
      ...Object.values(vars).map((v) =>
        el('Variable', { guid: v.guid, name: v.name, typeOfVariable: 'Text' }),
      ),
    ),
    caseXml.length ? el('Cases', {}, ...caseXml) : null,
    sources.length
      ? el(
          'Sources',
          {},
          ...sources.map((s) =>
            el(
              'TextSource',
              {
                guid: s.guid,
                name: s.name,
                plainTextPath: `internal://${s.guid}.txt`,
                creationDateTime: created,
              },
              ...s.selections.map((x) =>
                el(
                  'PlainTextSelection',
                  { guid: x.guid, name: x.name, startPosition: x.start, endPosition: x.end },
                  ...x.codes.map((c) =>
                    el(
                      'Coding',
                      { guid: guidOf(`coding:${x.cardId}:${c}`) },
                      el('CodeRef', { targetGUID: c }),
                    ),
                  ),
                ),
              ),
            ),
          ),
        )
      : null,
    sets.length ? el('Sets', {}, ...sets) : null,
    input.study?.study.description.trim()
      ? el('Description', {}, xmlText(input.study.study.description.trim()))
      : null,
  )}\n`;
  return { name: input.name, qde, sources: sources.map((s) => ({ file: `${s.guid}.txt`, text: s.text })) };
}
