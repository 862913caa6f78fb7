import type { AnyRecord, CaseRecord, RecordType } from '../model/records';
import type { CardList } from '../model/session';
import {
  CASE_RULES,
  RECORD_RULES,
  violation,
  type CaseIndex,
  type RecordOf,
  type RuleViolation,
} from './rules';

/**
 * Checks a case's records against every rule (shared/rules/rules.ts). Returns the violations,
 * at most `max` (default: all), case-wide rules first, then record by record in the given order.
 * Expects records that passed their schema (anyRecordSchema).
 */
export function checkCase(records: readonly AnyRecord[], max = Infinity): RuleViolation[] {
  const cases = records.filter((r): r is CaseRecord => r.type === 'case');
  if (cases.length !== 1) {
    const id = cases[1]?.id ?? records[0]?.id ?? '(bestand)';
    return [violation('case.single', id, { count: cases.length })];
  }
  const index = buildIndex(cases[0]!, records);
  const out: RuleViolation[] = [];
  for (const rule of CASE_RULES) {
    for (const v of rule.check(index)) {
      out.push(v);
      if (out.length >= max) return out;
    }
  }
  for (const r of records) {
    const rules = RECORD_RULES[r.type] as readonly {
      id: string;
      check(r: AnyRecord, ix: CaseIndex): object | null;
    }[];
    for (const rule of rules) {
      const values = rule.check(r, index);
      if (values) {
        out.push(violation(rule.id, r.id, values as RuleViolation['values']));
        if (out.length >= max) return out;
      }
    }
  }
  return out;
}

/** The first rule a case breaks, or null. */
export function firstViolation(records: readonly AnyRecord[]): RuleViolation | null {
  return checkCase(records, 1)[0] ?? null;
}

/** `rule@record` keys of the violations, to compare a case before and after a change. */
export function violationKey(v: RuleViolation): string {
  return `${v.rule}@${v.recordId}`;
}

/**
 * The violations of `after` that `before` did not have: a command is refused only for what it
 * breaks, not for what an older version of the app let through.
 */
export function newViolations(before: readonly AnyRecord[], after: readonly AnyRecord[]): RuleViolation[] {
  const now = checkCase(after);
  if (now.length === 0) return now;
  const had = new Set(checkCase(before).map(violationKey));
  return now.filter((v) => !had.has(violationKey(v)));
}

function buildIndex(caseRecord: CaseRecord, records: readonly AnyRecord[]): CaseIndex {
  const byId = new Map<string, AnyRecord>();
  const duplicates: AnyRecord[] = [];
  const ofType: { [T in RecordType]: RecordOf<T>[] } = {
    case: [],
    lane: [],
    item: [],
    member: [],
    participant: [],
    session: [],
    marker: [],
    card: [],
    sticker: [],
    change: [],
    analysis: [],
  };
  for (const r of records) {
    if (byId.has(r.id)) duplicates.push(r);
    else byId.set(r.id, r);
    (ofType[r.type] as AnyRecord[]).push(r);
  }
  let counts: Map<string, number> | null = null;
  return {
    caseRecord,
    byId,
    ofType,
    duplicates,
    stickerCount(participantId: string, list: CardList) {
      if (!counts) {
        counts = new Map();
        for (const s of ofType.sticker) {
          const card = byId.get(s.cardId);
          if (card?.type !== 'card') continue;
          const key = `${s.participantId} ${card.list}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
      return counts.get(`${participantId} ${list}`) ?? 0;
    },
  };
}
