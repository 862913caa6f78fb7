/**
 * The corpus of rule-breaking case files (shared/rules/corpus/*.levenslijn): each breaker takes a
 * valid case and breaks exactly one rule. rules.test.ts checks that every file is refused naming
 * its rule, that every rule has a file, and that the files are what this generator makes
 * (regenerate with `UPDATE_RULE_CORPUS=1 npx vitest run shared/rules`). Test support only.
 */
import { serializeCase } from '../file/caseFile';
import { sampleRecords, TEST_NOW } from '../file/testSupport';
import type {
  AnalysisRecord,
  AnyRecord,
  CaseRecord,
  CardRecord,
  ItemRecord,
  MarkerRecord,
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
      { id: 'group_s951', list: 'strengths', name: 'Eén vast gezicht', cardIds: ['card_s906'] },
      { id: 'group_s952', list: 'improvements', name: 'Wisselingen', cardIds: ['card_s907'] },
    ],
    recommendations: [],
    quoteCardIds: ['card_s906'],
    codes: { card_s906: ['young.2'] },
    followUpNotes: '',
    facilitators: '',
    paper: 'A4',
    showOnWall: false,
    customCodes: [],
  };
  return [...records, analysis];
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
      edit('analysis', (a) => ({ ...groups(a, [a.groups[1]!]), quoteCardIds: [], codes: {} }))(
        edit('card', (c): CardRecord => ({ ...c, list: 'improvements' }))(rs),
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
    break: edit('analysis', (a) => groups(a, [{ ...a.groups[0]!, cardIds: ['card_weg'] }])),
  },
  {
    name: 'analysis.groups-card-of-other-list',
    rule: 'analysis.groups',
    problem: 'otherList',
    break: edit('analysis', (a) => groups(a, [{ ...a.groups[0]!, cardIds: ['card_s907'] }])),
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
    name: 'analysis.groups-card-twice',
    rule: 'analysis.groups',
    problem: 'twice',
    break: edit('analysis', (a) =>
      groups(a, [a.groups[0]!, { ...a.groups[0]!, id: 'group_s953', name: 'Nog eens' }, a.groups[1]!]),
    ),
  },
  {
    name: 'analysis.groups-duplicate-group',
    rule: 'analysis.groups',
    problem: 'duplicate',
    break: edit('analysis', (a) => groups(a, [a.groups[0]!, { ...a.groups[1]!, id: a.groups[0]!.id }])),
  },
  {
    name: 'analysis.cards-quote',
    rule: 'analysis.cards',
    break: edit('analysis', (a) => ({ ...a, quoteCardIds: ['card_weg'] })),
  },
  {
    name: 'analysis.cards-codes',
    rule: 'analysis.cards',
    break: edit('analysis', (a) => ({ ...a, codes: { card_weg: ['young.1'] } })),
  },
];
