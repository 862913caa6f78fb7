import type { AnyRecord, CaseRecord, RecordType } from '../model/records';
import type { CardList } from '../model/session';
import type { StudyRecord, StudyRecordType } from '../model/study';
import { calendarProblem, itemDateProblem } from './dateRules';
import { RECORD_LIMITS, STUDY_RECORD_LIMITS } from './limits';

/**
 * THE rule set of a case: every invariant the commands keep, checked in one place for every way
 * data comes in — the import of a case file, the replay of the safety journal at start, the
 * migration of an older file (all three through shared/file/caseFile.ts) and, as a safety net,
 * the result of every command (renderer/db/executor.ts refuses a command whose result would
 * break a rule the case did not already break).
 *
 * A rule has an id `<record type>.<name>` (also its message key `rules.<type>.<name>` in
 * shared/i18n) and returns, for a record that breaks it, the values its message needs.
 *
 * How to add a rule
 *  1. Write it in RECORD_RULES under its record type (or in CASE_RULES when it is about the case
 *     as a whole, e.g. counts). Keep it pure and linear: use `index` for lookups.
 *  2. Add its message to `rules.<type>.<name>` in shared/i18n/nl.ts and en.ts (a test fails
 *     until both exist).
 *  3. Add a breaker to shared/rules/corpus.ts and run
 *     `UPDATE_RULE_CORPUS=1 npx vitest run shared/rules` (a test fails until every rule has a
 *     file in shared/rules/corpus/ that it refuses).
 * How to add a record type: add its schema to `anyRecordSchema`, then its limit in limits.ts and
 * its (possibly empty) rule list here; the mapped types make a missing entry a compile error.
 *
 * Two kinds of scope share the store (shared/model/study.ts): a case, and a study (onderzoek)
 * whose records carry the study's id as `caseId`. Each has its record types, limits and rules:
 * RECORD_RULES / CASE_RULES for a case, STUDY_RECORD_RULES / STUDY_RULES for a study. A record of
 * the other kind in a scope breaks `case.scope` or `study.scope`.
 */

export type RecordOf<T extends RecordType> = Extract<AnyRecord, { type: T }>;
/** The record types of a case (a study's own types live in a study scope). */
export type CaseRecordType = Exclude<RecordType, StudyRecordType>;
export type RuleValues = Readonly<Record<string, string | number>>;

export interface RuleViolation {
  /** `<type>.<name>`; the message is `rules.<type>.<name>`. */
  readonly rule: string;
  /** The record that breaks it (for a case-wide rule: the first record over the limit, or the case). */
  readonly recordId: string;
  readonly values: RuleValues;
}

export interface RecordRule<T extends RecordType> {
  readonly id: `${T}.${string}`;
  readonly check: (record: RecordOf<T>, index: CaseIndex) => RuleValues | null;
}

export interface CaseRule {
  readonly id: string;
  readonly check: (index: CaseIndex) => RuleViolation[];
}

/** The records of a case, looked up once for all rules. */
export interface CaseIndex {
  readonly caseRecord: CaseRecord;
  readonly byId: ReadonlyMap<string, AnyRecord>;
  readonly ofType: { readonly [T in RecordType]: readonly RecordOf<T>[] };
  /** Ids of the analysis's groups (main factors). */
  readonly groupIds: ReadonlySet<string>;
  /** Records whose id occurred before (ids must be unique). */
  readonly duplicates: readonly AnyRecord[];
  /** Stickers per participant and list, counted once. */
  stickerCount(participantId: string, list: CardList): number;
}

const isType = <T extends RecordType>(index: CaseIndex, id: string | null, type: T): boolean =>
  id !== null && index.byId.get(id)?.type === type;

/** A reference to a record of `type`, or a problem naming it. */
const mustBe = <T extends RecordType>(
  index: CaseIndex,
  id: string | null,
  type: T,
  field: string,
): RuleValues | null => (id === null || isType(index, id, type) ? null : { field, ref: short(id) });

export const RECORD_RULES: { readonly [T in CaseRecordType]: readonly RecordRule<T>[] } = {
  case: [
    {
      id: 'case.axis',
      check: (c) => {
        const axis = calendarProblem(c.axis.start, c.axis.end, true);
        if (axis) return { problem: axis, start: c.axis.start, end: c.axis.end };
        if (c.axis.scale.mode !== 'segments') return null;
        for (const s of c.axis.scale.segments) {
          const p = calendarProblem(s.start, s.end);
          if (p) return { problem: p, start: s.start, end: s.end };
        }
        return null;
      },
    },
  ],
  lane: [],
  item: [
    { id: 'item.lane', check: (r, ix) => mustBe(ix, r.laneId, 'lane', 'laneId') },
    {
      id: 'item.members',
      check: (r, ix) => {
        const seen = new Set<string>();
        for (const m of r.memberIds) {
          if (seen.has(m) || !isType(ix, m, 'member')) return { field: 'memberIds', ref: short(m) };
          seen.add(m);
        }
        return null;
      },
    },
    { id: 'item.dates', check: (r) => itemDateProblem(r) },
  ],
  member: [],
  participant: [],
  session: [
    { id: 'session.speaker', check: (r, ix) => mustBe(ix, r.speakerId, 'participant', 'speakerId') },
    {
      // "Has spoken": one tick per participant per phase (the console's toggle keeps it so).
      id: 'session.spoken',
      check: (r) => {
        const seen = new Set<string>();
        for (const t of r.spoken) {
          const key = `${t.phase} ${t.participantId}`;
          if (seen.has(key)) return { ref: short(t.participantId), phase: t.phase };
          seen.add(key);
        }
        return null;
      },
    },
    {
      // Where the console steers the wall: a span of real days that does not end before it starts.
      // (A moment or marker it points at may be deleted later: the wall then shows everything.)
      id: 'session.wallFocus',
      check: (r) => {
        const f = r.wallFocus;
        if (f?.kind !== 'span') return null;
        const p = calendarProblem(f.start, f.end);
        return p ? { problem: p, start: f.start, end: f.end } : null;
      },
    },
    {
      id: 'session.timeBox',
      check: (r) =>
        r.timeBox && r.timeBox.pausedAt !== null && r.timeBox.pausedAt < r.timeBox.startedAt
          ? { seconds: r.timeBox.seconds }
          : null,
    },
  ],
  marker: [
    {
      id: 'marker.participant',
      check: (r, ix) => mustBe(ix, r.participantId, 'participant', 'participantId'),
    },
    { id: 'marker.lane', check: (r, ix) => mustBe(ix, r.laneId, 'lane', 'laneId') },
    {
      id: 'marker.contributors',
      check: (r, ix) => {
        for (const c of r.contributorIds)
          if (!isType(ix, c, 'participant')) return { field: 'contributorIds', ref: short(c) };
        return null;
      },
    },
    {
      id: 'marker.dates',
      check: (r) => {
        const p = calendarProblem(r.start, r.end);
        return p ? { problem: p, start: r.start, end: r.end ?? '' } : null;
      },
    },
  ],
  card: [
    { id: 'card.marker', check: (r, ix) => mustBe(ix, r.markerId, 'marker', 'markerId') },
    {
      id: 'card.markerList',
      check: (r, ix) => {
        const m = r.markerId === null ? undefined : ix.byId.get(r.markerId);
        if (m?.type !== 'marker') return null;
        const list: CardList = m.valence === 'good' ? 'strengths' : 'improvements';
        return list === r.list ? null : { list: r.list, marker: m.id };
      },
    },
    { id: 'card.participant', check: (r, ix) => mustBe(ix, r.participantId, 'participant', 'participantId') },
  ],
  sticker: [
    { id: 'sticker.card', check: (r, ix) => mustBe(ix, r.cardId, 'card', 'cardId') },
    {
      id: 'sticker.participant',
      check: (r, ix) => mustBe(ix, r.participantId, 'participant', 'participantId'),
    },
  ],
  change: [
    {
      id: 'change.raisedBy',
      check: (r, ix) => mustBe(ix, r.raisedBy ?? null, 'participant', 'raisedBy'),
    },
  ],
  quote: [
    {
      // Who said it, and the card or marker it is about (`problem`: which of the three).
      id: 'quote.refs',
      check: (q, ix) => {
        const refs = [
          ['participant', mustBe(ix, q.participantId, 'participant', 'participantId')],
          ['card', mustBe(ix, q.cardId, 'card', 'cardId')],
          ['marker', mustBe(ix, q.markerId, 'marker', 'markerId')],
        ] as const;
        const broken = refs.find(([, v]) => v !== null);
        return broken ? { ...broken[1]!, problem: broken[0] } : null;
      },
    },
    {
      // The main factors a quote illustrates (of either list), each once.
      id: 'quote.groups',
      check: (q, ix) => {
        const seen = new Set<string>();
        for (const g of q.groupIds) {
          if (seen.has(g) || !ix.groupIds.has(g)) return { ref: short(g) };
          seen.add(g);
        }
        return null;
      },
    },
  ],
  analysis: [
    {
      id: 'analysis.groups',
      check: (a, ix) => {
        // A card may support several main factors of its list, each once.
        const groupIds = new Set<string>();
        for (const g of a.groups) {
          if (groupIds.has(g.id)) return { group: short(g.id), ref: short(g.id), problem: 'duplicate' };
          groupIds.add(g.id);
          const inGroup = new Set<string>();
          for (const id of g.cardIds) {
            const card = ix.byId.get(id);
            if (card?.type !== 'card') return { group: short(g.id), ref: short(id), problem: 'missing' };
            if (card.list !== g.list) return { group: short(g.id), ref: short(id), problem: 'otherList' };
            if (inGroup.has(id)) return { group: short(g.id), ref: short(id), problem: 'twice' };
            inGroup.add(id);
          }
        }
        return null;
      },
    },
    {
      id: 'analysis.cards',
      check: (a, ix) => {
        for (const id of Object.keys(a.codes))
          if (!isType(ix, id, 'card')) return { field: 'codes', ref: short(id) };
        return null;
      },
    },
    {
      // The report's day of the group interview: a real day.
      id: 'analysis.report',
      check: (a) => {
        const d = a.report.sessionDate;
        return d !== null && calendarProblem(d, null) ? { date: d } : null;
      },
    },
  ],
};

/** Rules about the case as a whole: ids, one session and one analysis, votes, limits. */
export const CASE_RULES: readonly CaseRule[] = [
  {
    id: 'case.uniqueIds',
    check: (ix) => ix.duplicates.map((r) => violation('case.uniqueIds', r.id, {})),
  },
  {
    // A case holds case records only; a study's records live in the study's own scope.
    id: 'case.scope',
    check: (ix) =>
      [...ix.ofType.study, ...ix.ofType.element]
        .slice(0, 1)
        .map((r) => violation('case.scope', r.id, { type: r.type })),
  },
  {
    id: 'case.belongs',
    check: (ix) =>
      [...ix.byId.values()]
        .filter((r) => r.caseId !== ix.caseRecord.id && r.type !== 'study' && r.type !== 'element')
        .slice(0, 1)
        .map((r) => violation('case.belongs', r.id, { caseId: short(r.caseId) })),
  },
  {
    id: 'case.limits',
    check: (ix) =>
      (Object.keys(RECORD_LIMITS) as CaseRecordType[]).flatMap((type) => {
        const list = ix.ofType[type];
        const max = RECORD_LIMITS[type];
        return list.length > max
          ? [violation('case.limits', list[max]!.id, { type, count: list.length, max })]
          : [];
      }),
  },
  {
    id: 'sticker.budget',
    check: (ix) => {
      const budget = ix.caseRecord.settings.stickerBudget;
      const seen = new Map<string, number>();
      for (const s of ix.ofType.sticker) {
        const card = ix.byId.get(s.cardId);
        if (card?.type !== 'card') continue; // sticker.card names that one
        const key = `${s.participantId} ${card.list}`;
        const n = (seen.get(key) ?? 0) + 1;
        seen.set(key, n);
        if (n > budget[card.list])
          return [
            violation('sticker.budget', s.id, {
              participant: short(s.participantId),
              list: card.list,
              count: ix.stickerCount(s.participantId, card.list),
              budget: budget[card.list],
            }),
          ];
      }
      return [];
    },
  },
  {
    id: 'sticker.onePerCard',
    check: (ix) => {
      if (!ix.caseRecord.settings.maxOneStickerPerCard) return [];
      const seen = new Set<string>();
      for (const s of ix.ofType.sticker) {
        const key = `${s.participantId} ${s.cardId}`;
        if (seen.has(key))
          return [
            violation('sticker.onePerCard', s.id, {
              participant: short(s.participantId),
              card: short(s.cardId),
            }),
          ];
        seen.add(key);
      }
      return [];
    },
  },
];

// ── studies ─────────────────────────────────────────────────────────────────────────────────────

/** The records of a study scope, looked up once for all rules. */
export interface StudyIndex {
  readonly study: StudyRecord;
  readonly byId: ReadonlyMap<string, AnyRecord>;
  readonly ofType: { readonly [T in RecordType]: readonly RecordOf<T>[] };
  readonly duplicates: readonly AnyRecord[];
  /** The member cases (`study.caseIds`). */
  readonly members: ReadonlySet<string>;
}

export interface StudyRecordRule<T extends StudyRecordType> {
  readonly id: `${T}.${string}`;
  readonly check: (record: RecordOf<T>, index: StudyIndex) => RuleValues | null;
}

export interface StudyRule {
  readonly id: string;
  readonly check: (index: StudyIndex) => RuleViolation[];
}

export const STUDY_RECORD_RULES: { readonly [T in StudyRecordType]: readonly StudyRecordRule<T>[] } = {
  study: [
    {
      // A case is a member once (the study view lists it once).
      id: 'study.cases',
      check: (s) => {
        const seen = new Set<string>();
        for (const id of s.caseIds) {
          if (seen.has(id)) return { ref: short(id) };
          seen.add(id);
        }
        return null;
      },
    },
  ],
  element: [
    {
      // An overarching element draws on main factors and quotes of the study's own cases, each once.
      id: 'element.refs',
      check: (e, ix) => {
        const seen = new Set<string>();
        for (const [field, key, ref] of [
          ...e.support.map((f) => ['support', `g ${f.caseId} ${f.groupId}`, f] as const),
          ...e.quotes.map((q) => ['quotes', `q ${q.caseId} ${q.quoteId}`, q] as const),
        ]) {
          if (!ix.members.has(ref.caseId)) return { field, ref: short(ref.caseId), problem: 'notMember' };
          if (seen.has(key)) return { field, ref: short(ref.caseId), problem: 'twice' };
          seen.add(key);
        }
        return null;
      },
    },
  ],
};

/** Rules about a study as a whole: one study, ids, scope, limits. */
export const STUDY_RULES: readonly StudyRule[] = [
  {
    id: 'study.uniqueIds',
    check: (ix) => ix.duplicates.map((r) => violation('study.uniqueIds', r.id, {})),
  },
  {
    id: 'study.belongs',
    check: (ix) =>
      [...ix.byId.values()]
        .filter((r) => r.caseId !== ix.study.id)
        .slice(0, 1)
        .map((r) => violation('study.belongs', r.id, { caseId: short(r.caseId) })),
  },
  {
    id: 'study.limits',
    check: (ix) =>
      (Object.keys(STUDY_RECORD_LIMITS) as StudyRecordType[]).flatMap((type) => {
        const list = ix.ofType[type];
        const max = STUDY_RECORD_LIMITS[type];
        return list.length > max
          ? [violation('study.limits', list[max]!.id, { type, count: list.length, max })]
          : [];
      }),
  },
];

export function violation(rule: string, recordId: string, values: RuleValues): RuleViolation {
  return { rule, recordId: short(recordId), values };
}

/** Ids in a foreign file can be any length; keep messages readable. */
export function short(id: string): string {
  return id.length > 60 ? `${id.slice(0, 60)}…` : id;
}

/** Every rule of a case, case-wide ones first (for the corpus test and the docs). */
export function allRuleIds(): string[] {
  return [
    'case.single',
    ...CASE_RULES.map((r) => r.id),
    ...Object.values(RECORD_RULES).flatMap((rules: readonly { id: string }[]) => rules.map((r) => r.id)),
  ];
}

/** Every rule of a study (study-wide first). */
export function allStudyRuleIds(): string[] {
  return [
    'study.single',
    // of a study file: its cases are the study's (shared/study/file.ts)
    'study.files',
    ...STUDY_RULES.map((r) => r.id),
    ...Object.values(STUDY_RECORD_RULES).flatMap((rules: readonly { id: string }[]) =>
      rules.map((r) => r.id),
    ),
  ];
}
