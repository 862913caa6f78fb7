import type { AnyRecord, CaseState, ElementRecord, Language, StudyRecord } from '../model';

/**
 * A study with its overarching elements, and its member cases as they are now (read-only here:
 * study commands never write a case). Cases that are gone or in the bin are left out of `cases`
 * but stay listed in `study.caseIds` until the researchers remove them.
 */
export interface StudyState {
  readonly study: StudyRecord;
  /** In the researchers' order. */
  readonly elements: readonly ElementRecord[];
  readonly byId: ReadonlyMap<string, AnyRecord>;
  /** Member cases present in the library, in the study's order. */
  readonly cases: readonly CaseState[];
  /** Every case in the library that is not in the bin (what may be added). */
  readonly libraryCaseIds: ReadonlySet<string>;
}

export function buildStudyState(
  records: readonly AnyRecord[],
  cases: readonly CaseState[],
  libraryCaseIds: ReadonlySet<string> = new Set(cases.map((c) => c.case.id)),
): StudyState {
  let study: StudyRecord | undefined;
  const elements: ElementRecord[] = [];
  const byId = new Map<string, AnyRecord>();
  for (const r of records) {
    byId.set(r.id, r);
    if (r.type === 'study') study = r;
    else if (r.type === 'element') elements.push(r);
  }
  if (!study) throw new Error('buildStudyState: no study record among the records');
  elements.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  const present = new Map(cases.filter((c) => c.case.deletedAt === null).map((c) => [c.case.id, c]));
  return {
    study,
    elements,
    byId,
    cases: study.caseIds.flatMap((id) => present.get(id) ?? []),
    libraryCaseIds,
  };
}

export function studyCase(state: StudyState, caseId: string): CaseState | undefined {
  return state.cases.find((c) => c.case.id === caseId);
}

/** The records of a new study (empty, or with cases). */
export function createStudyRecords(
  input: { name: string; description?: string; caseIds?: readonly string[]; language?: Language },
  ctx: { now: number; newId: (prefix: 'study') => string },
): StudyRecord[] {
  const id = ctx.newId('study');
  return [
    {
      type: 'study',
      id,
      caseId: id,
      name: input.name.trim(),
      description: input.description ?? '',
      language: input.language ?? 'nl',
      caseIds: [...new Set(input.caseIds ?? [])],
      dismissed: [],
      createdAt: ctx.now,
      updatedAt: ctx.now,
      deletedAt: null,
    },
  ];
}
