import type { AnyRecord, CaseRecord, RecordType } from '../model/records';
import type { CardList } from '../model/session';
import type { StudyRecord } from '../model/study';
import {
  CASE_RULES,
  RECORD_RULES,
  STUDY_RECORD_RULES,
  STUDY_RULES,
  violation,
  type CaseIndex,
  type RecordOf,
  type RuleViolation,
  type StudyIndex,
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
  return runRules(records, index, CASE_RULES, RECORD_RULES, max);
}

/**
 * Scope-wide rules first, then record by record in the given order (records of types without a
 * rule list here belong to the other kind of scope, and a scope-wide rule names them).
 */
function runRules<I>(
  records: readonly AnyRecord[],
  index: I,
  scopeRules: readonly { check(ix: I): RuleViolation[] }[],
  recordRules: Partial<Record<RecordType, readonly unknown[]>>,
  max: number,
): RuleViolation[] {
  const out: RuleViolation[] = [];
  for (const rule of scopeRules) {
    for (const v of rule.check(index)) {
      out.push(v);
      if (out.length >= max) return out;
    }
  }
  for (const r of records) {
    const rules = (recordRules[r.type] ?? []) as readonly {
      id: string;
      check(r: AnyRecord, ix: I): object | null;
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

/**
 * Checks a study's own records (the study and its overarching elements) against every study
 * rule: one study, unique ids, all its own, limits, members once, elements drawing on member
 * cases only (its records are only studies and elements: the schema of the study file and the
 * study commands keep it so). Its cases are checked as cases.
 */
export function checkStudy(records: readonly AnyRecord[], max = Infinity): RuleViolation[] {
  const studies = records.filter((r): r is StudyRecord => r.type === 'study');
  if (studies.length !== 1) {
    const id = studies[1]?.id ?? records[0]?.id ?? '(bestand)';
    return [violation('study.single', id, { count: studies.length })];
  }
  const study = studies[0]!;
  const { byId, ofType, duplicates } = indexRecords(records);
  const index: StudyIndex = { study, byId, ofType, duplicates, members: new Set(study.caseIds) };
  return runRules(records, index, STUDY_RULES, STUDY_RECORD_RULES, max);
}

/** Whether the records are a study's scope (rather than a case's). */
export function isStudyScope(records: readonly AnyRecord[]): boolean {
  return records.some((r) => r.type === 'study') || (records[0]?.caseId.startsWith('study_') ?? false);
}

/** The rules of the records' scope: a study's, or a case's. */
export function checkScope(records: readonly AnyRecord[], max = Infinity): RuleViolation[] {
  return isStudyScope(records) ? checkStudy(records, max) : checkCase(records, max);
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
  const now = checkScope(after);
  if (now.length === 0) return now;
  const had = new Set(checkScope(before).map(violationKey));
  return now.filter((v) => !had.has(violationKey(v)));
}

function indexRecords(records: readonly AnyRecord[]) {
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
    quote: [],
    study: [],
    element: [],
  };
  for (const r of records) {
    if (byId.has(r.id)) duplicates.push(r);
    else byId.set(r.id, r);
    (ofType[r.type] as AnyRecord[]).push(r);
  }
  return { byId, ofType, duplicates };
}

function buildIndex(caseRecord: CaseRecord, records: readonly AnyRecord[]): CaseIndex {
  const { byId, ofType, duplicates } = indexRecords(records);
  let counts: Map<string, number> | null = null;
  return {
    caseRecord,
    byId,
    ofType,
    groupIds: new Set(ofType.analysis.flatMap((a) => a.groups.map((g) => g.id))),
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
