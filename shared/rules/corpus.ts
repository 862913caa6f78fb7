/**
 * The corpus of rule-breaking case files (shared/rules/corpus/*.levenslijn): each breaker takes a
 * valid case and breaks exactly one rule. rules.test.ts checks that every file is refused naming
 * its rule, that every rule has a file, and that the files are what this generator makes
 * (regenerate with `UPDATE_RULE_CORPUS=1 npx vitest run shared/rules`). Test support only.
 */
import { serializeCase } from '../file/caseFile';
import { serializeStudy } from '../study/file';
import { sampleRecords, TEST_NOW } from '../file/testSupport';
import type {
  AnalysisRecord,
  AnyRecord,
  CaseRecord,
  CardRecord,
  ItemRecord,
  ElementRecord,
  MarkerRecord,
  QuoteRecord,
  StudyRecord,
  SessionRecord,
  StickerRecord,
} from '../model';

export interface Breaker {
  /** File name without extension: `<rule>` or `<rule>-<variant>`. */
  readonly name: string;
  /** The rule the file must be refused by. */
  readonly rule: string;
  /** For rules with several messages: which one. */
  readonly problem?: string;
  readonly break: (records: AnyRecord[]) => AnyRecord[];
}

/** A valid case with every record type, the analysis included. */
export function corpusBase(): AnyRecord[] {
  const records = sampleRecords();
  const caseId = records.find((r) => r.type === 'case')!.id;
  const analysis: AnalysisRecord = {
    type: 'analysis',
    id: 'analysis_s950',
    caseId,
    successStatement: 'Het gezin woont weer samen.',
    groups: [
      {
        id: 'group_s951',
        list: 'strengths',
        name: 'Eén vast gezicht',
        description: 'Steeds dezelfde gezinscoach.',
        cardIds: ['card_s906'],
      },
      {
        id: 'group_s952',
        list: 'improvements',
        name: 'Wisselingen',
        description: '',
        cardIds: ['card_s907'],
      },
    ],
    recommendations: [{ audience: 'professionals', text: 'Houd één vast gezicht.' }],
    codes: { card_s906: ['young.2'] },
    followUpNotes: '',
    facilitators: '',
    paper: 'A4',
    showOnWall: false,
    customCodes: [],
    report: {
      sessionDate: '2024-03-12',
      sessionPlace: 'Utrecht',
      period: '',
      sections: {
        summary: { on: true, text: 'Een eigen samenvatting.' },
        limitations: { on: false, text: null },
      },
    },
  };
  const quote: QuoteRecord = {
    type: 'quote',
    id: 'quote_s960',
    caseId,
    text: 'Ze kwam gewoon, ook als het misging.',
    participantId: 'participant_s901',
    cardId: 'card_s906',
    markerId: 'marker_s904',
    groupIds: ['group_s951', 'group_s952'],
    createdAt: TEST_NOW + 4000,
  };
  // The correction raised by a participant (the change trail's raisedBy).
  const withRaiser = records.map((r) =>
    r.type === 'change' && r.id === 'change_s910' ? { ...r, raisedBy: 'participant_s902' } : r,
  );
  return [...withRaiser, analysis, quote];
}

export function corpusText(breaker: Breaker): string {
  return serializeCase(breaker.break(corpusBase()), { appVersion: '0.1.0', now: new Date(TEST_NOW) });
}

const edit =
  <T extends AnyRecord['type']>(
    type: T,
    change: (r: Extract<AnyRecord, { type: T }>) => AnyRecord,
    nth = 0,
  ) =>
  (records: AnyRecord[]): AnyRecord[] => {
    let seen = -1;
    return records.map((r) =>
      r.type === type && ++seen === nth ? change(r as Extract<AnyRecord, { type: T }>) : r,
    );
  };

const first = <T extends AnyRecord['type']>(
  records: AnyRecord[],
  type: T,
  where: (r: Extract<AnyRecord, { type: T }>) => boolean = () => true,
) =>
  records.find(
    (r): r is Extract<AnyRecord, { type: T }> =>
      r.type === type && where(r as Extract<AnyRecord, { type: T }>),
  )!;

const sticker = (records: AnyRecord[], n: number, cardId: string, participantId: string): StickerRecord[] => {
  const caseId = first(records, 'case').id;
  return Array.from({ length: n }, (_, i) => ({
    type: 'sticker' as const,
    id: `sticker_x${i}`,
    caseId,
    cardId,
    participantId,
    createdAt: TEST_NOW + i,
  }));
};

const period = (r: ItemRecord, start: ItemRecord['start'], end: ItemRecord['end']): ItemRecord => ({
  ...r,
  shape: 'period',
  start,
  end,
});
const axis = (c: CaseRecord, a: Partial<CaseRecord['axis']>): CaseRecord => ({
  ...c,
  axis: { ...c.axis, ...a },
});
const groups = (a: AnalysisRecord, g: AnalysisRecord['groups']): AnalysisRecord => ({ ...a, groups: g });

export const BREAKERS: readonly Breaker[] = [
  { name: 'case.single', rule: 'case.single', break: (rs) => rs.filter((r) => r.type !== 'case') },
  { name: 'case.uniqueIds', rule: 'case.uniqueIds', break: (rs) => [...rs, first(rs, 'item')] },
  {
    name: 'case.belongs',
    rule: 'case.belongs',
    break: edit('lane', (r) => ({ ...r, caseId: 'case_elders' })),
  },
  {
    name: 'case.limits-two-sessions',
    rule: 'case.limits',
    break: (rs) => [...rs, { ...first(rs, 'session'), id: 'session_tweede' } satisfies SessionRecord],
  },
  {
    name: 'case.limits-two-analyses',
    rule: 'case.limits',
    break: (rs) => [...rs, { ...first(rs, 'analysis'), id: 'analysis_tweede' } satisfies AnalysisRecord],
  },
  {
    name: 'case.axis-30-february',
    rule: 'case.axis',
    problem: 'calendar',
    break: edit('case', (c) => axis(c, { end: '2023-02-30' })),
  },
  {
    name: 'case.axis-year-zero',
    rule: 'case.axis',
    problem: 'calendar',
    break: edit('case', (c) => axis(c, { start: '0000-00-00' })),
  },
  {
    name: 'case.axis-reversed',
    rule: 'case.axis',
    problem: 'order',
    break: edit('case', (c) => axis(c, { start: c.axis.end, end: c.axis.start })),
  },
  {
    name: 'case.axis-reversed-segment',
    rule: 'case.axis',
    problem: 'order',
    break: edit('case', (c) =>
      axis(c, {
        scale: { mode: 'segments', segments: [{ start: '2020-01-01', end: '2019-01-01', weight: 2 }] },
      }),
    ),
  },
  {
    name: 'item.lane',
    rule: 'item.lane',
    break: edit('item', (r) => ({ ...r, laneId: 'lane_bestaatniet' })),
  },
  {
    name: 'item.members-missing',
    rule: 'item.members',
    break: edit('item', (r) => ({ ...r, memberIds: ['member_bestaatniet'] })),
  },
  {
    name: 'item.members-twice',
    rule: 'item.members',
    break: (rs) => {
      const m = first(rs, 'member').id;
      return edit('item', (r) => ({ ...r, memberIds: [m, m] }))(rs);
    },
  },
  {
    name: 'item.dates-30-february',
    rule: 'item.dates',
    problem: 'calendar',
    break: edit('item', (r) => ({ ...r, start: { precision: 'day', year: 2019, month: 2, day: 30 } })),
  },
  {
    name: 'item.dates-moment-with-end',
    rule: 'item.dates',
    problem: 'momentEnd',
    break: (rs) => {
      const m = first(rs, 'item', (r) => r.shape === 'moment');
      return rs.map((r) => (r === m ? { ...m, end: { precision: 'year', year: 2030 } } : r));
    },
  },
  {
    name: 'item.dates-reversed-period',
    rule: 'item.dates',
    problem: 'order',
    break: edit('item', (r) =>
      period(r, { precision: 'year', year: 2020 }, { precision: 'month', year: 2019, month: 3 }),
    ),
  },
  {
    name: 'session.speaker',
    rule: 'session.speaker',
    break: edit('session', (s) => ({ ...s, speakerId: 'participant_weg' })),
  },
  {
    name: 'marker.participant',
    rule: 'marker.participant',
    break: edit('marker', (m) => ({ ...m, participantId: 'participant_weg' })),
  },
  { name: 'marker.lane', rule: 'marker.lane', break: edit('marker', (m) => ({ ...m, laneId: 'lane_weg' })) },
  {
    name: 'marker.contributors',
    rule: 'marker.contributors',
    break: edit('marker', (m) => ({ ...m, contributorIds: ['participant_weg'] })),
  },
  {
    name: 'marker.dates-calendar',
    rule: 'marker.dates',
    problem: 'calendar',
    break: edit('marker', (m): MarkerRecord => ({ ...m, start: '2019-13-01' })),
  },
  {
    name: 'marker.dates-reversed',
    rule: 'marker.dates',
    problem: 'order',
    break: edit('marker', (m): MarkerRecord => ({ ...m, start: '2022-01-01', end: '2021-01-01' })),
  },
  {
    name: 'card.marker',
    rule: 'card.marker',
    break: edit('card', (c) => ({ ...c, markerId: 'marker_weg' })),
  },
  {
    name: 'card.markerList',
    rule: 'card.markerList',
    break: (rs) =>
      edit('quote', (q) => ({ ...q, groupIds: ['group_s952'] }))(
        edit('analysis', (a) => ({ ...groups(a, [a.groups[1]!]), codes: {} }))(
          edit('card', (c): CardRecord => ({ ...c, list: 'improvements' }))(rs),
        ),
      ),
  },
  {
    name: 'card.participant',
    rule: 'card.participant',
    break: edit('card', (c) => ({ ...c, participantId: 'participant_weg' })),
  },
  {
    name: 'sticker.card',
    rule: 'sticker.card',
    break: edit('sticker', (s) => ({ ...s, cardId: 'card_weg' })),
  },
  {
    name: 'sticker.participant',
    rule: 'sticker.participant',
    break: edit('sticker', (s) => ({ ...s, participantId: 'participant_weg' })),
  },
  {
    // The audit's file: 50 stickers of one participant on one card with a budget of 3.
    name: 'sticker.budget-50-on-one-card',
    rule: 'sticker.budget',
    break: (rs) => [
      ...rs.filter((r) => r.type !== 'sticker'),
      ...sticker(rs, 50, 'card_s906', 'participant_s901'),
    ],
  },
  {
    name: 'sticker.onePerCard',
    rule: 'sticker.onePerCard',
    break: (rs) =>
      edit('case', (c) => ({ ...c, settings: { ...c.settings, maxOneStickerPerCard: true } }))([
        ...rs.filter((r) => r.type !== 'sticker'),
        ...sticker(rs, 2, 'card_s906', 'participant_s901'),
      ]),
  },
  {
    name: 'analysis.groups-missing-card',
    rule: 'analysis.groups',
    problem: 'missing',
    break: edit('analysis', (a) => groups(a, [{ ...a.groups[0]!, cardIds: ['card_weg'] }, a.groups[1]!])),
  },
  {
    name: 'analysis.groups-card-of-other-list',
    rule: 'analysis.groups',
    problem: 'otherList',
    break: edit('analysis', (a) => groups(a, [{ ...a.groups[0]!, cardIds: ['card_s907'] }, a.groups[1]!])),
  },
  {
    name: 'analysis.groups-card-in-both-lists',
    rule: 'analysis.groups',
    problem: 'otherList',
    break: edit('analysis', (a) =>
      groups(a, [a.groups[0]!, { ...a.groups[1]!, cardIds: ['card_s907', 'card_s906'] }]),
    ),
  },
  {
    // A card may support several main factors, but each once.
    name: 'analysis.groups-card-twice',
    rule: 'analysis.groups',
    problem: 'twice',
    break: edit('analysis', (a) =>
      groups(a, [{ ...a.groups[0]!, cardIds: ['card_s906', 'card_s906'] }, a.groups[1]!]),
    ),
  },
  {
    name: 'analysis.groups-duplicate-group',
    rule: 'analysis.groups',
    problem: 'duplicate',
    break: (rs) =>
      edit('quote', (q) => ({ ...q, groupIds: ['group_s951'] }))(
        edit('analysis', (a) => groups(a, [a.groups[0]!, { ...a.groups[1]!, id: a.groups[0]!.id }]))(rs),
      ),
  },
  {
    name: 'analysis.cards-codes',
    rule: 'analysis.cards',
    break: edit('analysis', (a) => ({ ...a, codes: { card_weg: ['young.1'] } })),
  },
  {
    name: 'analysis.report-session-date',
    rule: 'analysis.report',
    break: edit('analysis', (a) => ({ ...a, report: { ...a.report, sessionDate: '2024-02-30' } })),
  },
  {
    // An overarching element of a study smuggled into a case file.
    name: 'case.scope-study-record',
    rule: 'case.scope',
    break: (rs) => [
      ...rs,
      {
        type: 'element',
        id: 'element_binnengesmokkeld',
        caseId: 'study_elders',
        name: 'Vast gezicht',
        description: '',
        support: [],
        quotes: [],
        order: 0,
      },
    ],
  },
  {
    name: 'session.spoken',
    rule: 'session.spoken',
    break: edit('session', (s) => ({
      ...s,
      spoken: [...s.spoken, { phase: 2, participantId: 'participant_s902' }],
    })),
  },
  {
    name: 'session.wallFocus-calendar',
    rule: 'session.wallFocus',
    problem: 'calendar',
    break: edit('session', (s) => ({
      ...s,
      wallFocus: { kind: 'span', start: '2019-02-29', end: '2019-12-31', at: TEST_NOW },
    })),
  },
  {
    name: 'session.wallFocus-reversed',
    rule: 'session.wallFocus',
    problem: 'order',
    break: edit('session', (s) => ({
      ...s,
      wallFocus: { kind: 'span', start: '2020-01-01', end: '2019-12-31', at: TEST_NOW },
    })),
  },
  {
    name: 'session.timeBox',
    rule: 'session.timeBox',
    break: edit('session', (s) => ({
      ...s,
      timeBox: { seconds: 120, per: 'round', startedAt: TEST_NOW + 10_000, pausedAt: TEST_NOW },
    })),
  },
  {
    name: 'change.raisedBy',
    rule: 'change.raisedBy',
    break: edit('change', (c) => ({ ...c, raisedBy: 'participant_weg' })),
  },
  {
    name: 'quote.refs-participant',
    rule: 'quote.refs',
    problem: 'participant',
    break: edit('quote', (q) => ({ ...q, participantId: 'participant_weg' })),
  },
  {
    name: 'quote.refs-card',
    rule: 'quote.refs',
    problem: 'card',
    break: edit('quote', (q) => ({ ...q, cardId: 'card_weg' })),
  },
  {
    name: 'quote.refs-marker',
    rule: 'quote.refs',
    problem: 'marker',
    break: edit('quote', (q) => ({ ...q, markerId: 'marker_weg' })),
  },
  {
    name: 'quote.groups-missing',
    rule: 'quote.groups',
    break: edit('quote', (q) => ({ ...q, groupIds: ['group_weg'] })),
  },
  {
    name: 'quote.groups-twice',
    rule: 'quote.groups',
    break: edit('quote', (q) => ({ ...q, groupIds: ['group_s951', 'group_s951'] })),
  },
];

// ── studies ─────────────────────────────────────────────────────────────────────────────────────

/** A study file's parts: the study's own records and its cases (each a case's records). */
export interface StudyParts {
  readonly records: AnyRecord[];
  readonly cases: AnyRecord[][];
}

export interface StudyBreaker {
  /** File name without extension: `<rule>` or `<rule>-<variant>`. */
  readonly name: string;
  readonly rule: string;
  readonly problem?: string;
  readonly break: (parts: StudyParts) => StudyParts;
  /** A change to the written file itself, for what the writer never writes. */
  readonly file?: (doc: { records: { caseIds?: string[] }[] }) => void;
}

/** A valid study of the corpus case, with an overarching element citing its factor and quote. */
export function studyCorpusBase(): StudyParts {
  const caseRecords = corpusBase();
  const caseId = first(caseRecords, 'case').id;
  const study: StudyRecord = {
    type: 'study',
    id: 'study_s970',
    caseId: 'study_s970',
    name: 'Eén vast gezicht in vijf gezinnen',
    description: 'Wat werkt er volgens gezinnen en professionals?',
    language: 'nl',
    caseIds: [caseId],
    dismissed: [],
    createdAt: TEST_NOW,
    updatedAt: TEST_NOW,
    deletedAt: null,
  };
  const element: ElementRecord = {
    type: 'element',
    id: 'element_s971',
    caseId: study.id,
    name: 'Een vast gezicht',
    description: 'Gezinnen noemen de vaste hulpverlener het vaakst.',
    support: [{ caseId, groupId: 'group_s951' }],
    quotes: [{ caseId, quoteId: 'quote_s960' }],
    order: 0,
  };
  return { records: [study, element], cases: [caseRecords] };
}

export function studyCorpusText(breaker: StudyBreaker): string {
  const { records, cases } = breaker.break(studyCorpusBase());
  const text = serializeStudy(records, cases, { appVersion: '0.1.0', now: new Date(TEST_NOW) });
  if (!breaker.file) return text;
  const doc = JSON.parse(text) as Parameters<NonNullable<StudyBreaker['file']>>[0];
  breaker.file(doc);
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const editStudy =
  (change: (s: StudyRecord) => StudyRecord) =>
  (p: StudyParts): StudyParts => ({
    ...p,
    records: p.records.map((r) => (r.type === 'study' ? change(r) : r)),
  });
const editElement =
  (change: (e: ElementRecord) => ElementRecord) =>
  (p: StudyParts): StudyParts => ({
    ...p,
    records: p.records.map((r) => (r.type === 'element' ? change(r) : r)),
  });
const element = (p: StudyParts) => p.records.find((r): r is ElementRecord => r.type === 'element')!;

export const STUDY_BREAKERS: readonly StudyBreaker[] = [
  {
    name: 'study.single',
    rule: 'study.single',
    break: (p) => ({
      ...p,
      records: [
        ...p.records,
        { ...p.records[0]!, id: 'study_tweede', caseId: 'study_tweede' } as StudyRecord,
      ],
    }),
  },
  {
    name: 'study.uniqueIds',
    rule: 'study.uniqueIds',
    break: (p) => ({ ...p, records: [...p.records, { ...element(p), name: 'Nog eens' }] }),
  },
  {
    name: 'study.belongs',
    rule: 'study.belongs',
    break: editElement((e) => ({ ...e, caseId: 'study_elders' })),
  },
  {
    name: 'study.limits',
    rule: 'study.limits',
    break: (p) => ({
      ...p,
      records: [
        p.records[0]!,
        ...Array.from({ length: 201 }, (_, i) => ({ ...element(p), id: `element_x${i}`, order: i })),
      ],
    }),
  },
  {
    name: 'study.cases',
    rule: 'study.cases',
    break: editStudy((s) => ({ ...s, caseIds: [s.caseIds[0]!, s.caseIds[0]!] })),
  },
  {
    // The study lists a case the file does not hold.
    name: 'study.files-missing-case',
    rule: 'study.files',
    break: (p) => p,
    // (the app writes only the cases it holds, so this file was made by hand)
    file: (doc) => void doc.records[0]!.caseIds!.push('case_nietmeegestuurd'),
  },
  {
    // The file holds a case the study does not list.
    name: 'study.files-extra-case',
    rule: 'study.files',
    break: (p) => ({
      ...p,
      cases: [
        ...p.cases,
        p.cases[0]!.map((r) =>
          r.type === 'case'
            ? { ...r, id: 'case_extra', caseId: 'case_extra' }
            : { ...r, caseId: 'case_extra' },
        ),
      ],
    }),
  },
  {
    name: 'element.refs-not-member',
    rule: 'element.refs',
    problem: 'notMember',
    break: editElement((e) => ({ ...e, support: [{ caseId: 'case_elders', groupId: 'group_s951' }] })),
  },
  {
    name: 'element.refs-twice',
    rule: 'element.refs',
    problem: 'twice',
    break: editElement((e) => ({ ...e, quotes: [e.quotes[0]!, e.quotes[0]!] })),
  },
];

// ── fields the schema keeps (refused as "invalid", naming the record and the field) ─────────────

export interface FieldBreaker {
  readonly name: string;
  /** The field path the refusal names (as in `records[12] (participant_s901).displayRole`). */
  readonly field: string;
  readonly break: (records: AnyRecord[]) => AnyRecord[];
}

/** Texts and values of the newer records: display roles, pictures, report texts, steering, quotes. */
export const FIELD_BREAKERS: readonly FieldBreaker[] = [
  {
    name: 'field.participant-displayRole-too-long',
    field: 'displayRole',
    break: edit('participant', (p) => ({ ...p, displayRole: 'pleegmoeder '.repeat(10) })),
  },
  {
    name: 'field.participant-icon-unknown',
    field: 'icon',
    break: edit('participant', (p) => ({ ...p, icon: 'javascript:alert(1)' }) as unknown as AnyRecord),
  },
  {
    name: 'field.analysis-section-text-too-long',
    field: 'report.sections.summary.text',
    break: edit('analysis', (a) => ({
      ...a,
      report: { ...a.report, sections: { summary: { on: true, text: 'x'.repeat(20_001) } } },
    })),
  },
  {
    name: 'field.analysis-section-unknown',
    field: 'report.sections',
    break: edit(
      'analysis',
      (a) =>
        ({
          ...a,
          report: { ...a.report, sections: { __proto__x: { on: false, text: null } } },
        }) as unknown as AnyRecord,
    ),
  },
  {
    name: 'field.quote-text-empty',
    field: 'text',
    break: edit('quote', (q) => ({ ...q, text: '   ' })),
  },
  {
    name: 'field.session-timeBox-seconds',
    field: 'timeBox.seconds',
    break: edit('session', (s) => ({
      ...s,
      timeBox: { seconds: 5, per: 'speaker', startedAt: TEST_NOW, pausedAt: null },
    })),
  },
  {
    name: 'field.session-wallFocus-kind',
    field: 'wallFocus',
    break: edit(
      'session',
      (s) => ({ ...s, wallFocus: { kind: 'elsewhere', at: TEST_NOW } }) as unknown as AnyRecord,
    ),
  },
  {
    name: 'field.change-raisedBy-number',
    field: 'raisedBy',
    break: edit('change', (c) => ({ ...c, raisedBy: 42 }) as unknown as AnyRecord),
  },
];
