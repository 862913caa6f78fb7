import type { AnyRecord, CaseRecord, RecordType } from '../model/records';
import type { CardList } from '../model/session';
import { calendarProblem, itemDateProblem } from './dateRules';
import { RECORD_LIMITS } from './limits';

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
 */

export type RecordOf<T extends RecordType> = Extract<AnyRecord, { type: T }>;
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

export const RECORD_RULES: { readonly [T in RecordType]: readonly RecordRule<T>[] } = {
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
  session: [{ id: 'session.speaker', check: (r, ix) => mustBe(ix, r.speakerId, 'participant', 'speakerId') }],
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
  change: [],
  analysis: [
    {
      id: 'analysis.groups',
      check: (a, ix) => {
        const groupIds = new Set<string>();
        const grouped = new Set<string>();
        for (const g of a.groups) {
          if (groupIds.has(g.id)) return { group: short(g.id), ref: short(g.id), problem: 'duplicate' };
          groupIds.add(g.id);
          for (const id of g.cardIds) {
            const card = ix.byId.get(id);
            if (card?.type !== 'card') return { group: short(g.id), ref: short(id), problem: 'missing' };
            if (card.list !== g.list) return { group: short(g.id), ref: short(id), problem: 'otherList' };
            if (grouped.has(id)) return { group: short(g.id), ref: short(id), problem: 'twice' };
            grouped.add(id);
          }
        }
        return null;
      },
    },
    {
      id: 'analysis.cards',
      check: (a, ix) => {
        for (const id of a.quoteCardIds)
          if (!isType(ix, id, 'card')) return { field: 'quoteCardIds', ref: short(id) };
        for (const id of Object.keys(a.codes))
          if (!isType(ix, id, 'card')) return { field: 'codes', ref: short(id) };
        return null;
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
    id: 'case.belongs',
    check: (ix) =>
      [...ix.byId.values()]
        .filter((r) => r.caseId !== ix.caseRecord.id)
        .slice(0, 1)
        .map((r) => violation('case.belongs', r.id, { caseId: short(r.caseId) })),
  },
  {
    id: 'case.limits',
    check: (ix) =>
      (Object.keys(RECORD_LIMITS) as RecordType[]).flatMap((type) => {
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

export function violation(rule: string, recordId: string, values: RuleValues): RuleViolation {
  return { rule, recordId: short(recordId), values };
}

/** Ids in a foreign file can be any length; keep messages readable. */
export function short(id: string): string {
  return id.length > 60 ? `${id.slice(0, 60)}…` : id;
}

/** Every rule id, case-wide ones first (for the corpus test and the docs). */
export function allRuleIds(): string[] {
  return [
    'case.single',
    ...CASE_RULES.map((r) => r.id),
    ...Object.values(RECORD_RULES).flatMap((rules: readonly { id: string }[]) => rules.map((r) => r.id)),
  ];
}
