import type { StudyRecordType } from '../model/study';
import type { CaseRecordType } from './rules';

/**
 * The most records of each type one case may hold: what the views (console, wall, analysis,
 * report) are tested to draw (e2e/limits.spec.ts opens a case at every limit at once). A file
 * or a command that would go above one is refused, naming the limit, instead of breaking a view.
 * A new record type must add its limit here (the mapped type makes a missing one a compile error).
 */
export const RECORD_LIMITS: { readonly [T in CaseRecordType]: number } = {
  case: 1,
  lane: 40,
  item: 2500,
  member: 50,
  participant: 40,
  session: 1,
  marker: 500,
  card: 500,
  sticker: 1600,
  change: 5000,
  analysis: 1,
  quote: 300,
};

/**
 * The most records of each type one study may hold (the study view, the synthesis and the
 * cross-case report draw them); the cases of a study are at most 100 (`studyRecordSchema`).
 */
export const STUDY_RECORD_LIMITS: { readonly [T in StudyRecordType]: number } = {
  study: 1,
  element: 200,
};

/** All records of a case together (a few kilobytes each at most: well inside the 20 MB file limit). */
export const MAX_RECORDS_PER_CASE = Object.values(RECORD_LIMITS).reduce((a, b) => a + b, 0);
