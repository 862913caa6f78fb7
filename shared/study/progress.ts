import type { CaseState } from '../model';
import { mainFactorsOf, successOf } from '../analysis/reads';

/**
 * Where a case stands, for the study view: the lifeline is ready (it has moments), the session
 * was held (first marker or card that day), the analysis is done (a success statement and at
 * least one main factor), the report was made (last saved as PDF).
 */
export interface CaseProgress {
  readonly moments: number;
  readonly lifelineReady: boolean;
  /** Timestamp of the first marker or card of the group interview, or null. */
  readonly sessionHeldAt: number | null;
  readonly analysisDone: boolean;
  readonly reportMadeAt: number | null;
}

export function caseProgress(state: CaseState): CaseProgress {
  const firsts = [...state.markers, ...state.cards].map((r) => r.createdAt);
  return {
    moments: state.items.length,
    lifelineReady: state.items.length > 0,
    sessionHeldAt: firsts.length ? Math.min(...firsts) : null,
    analysisDone: successOf(state) !== '' && mainFactorsOf(state).length > 0,
    reportMadeAt: state.analysis?.reportedAt ?? null,
  };
}
