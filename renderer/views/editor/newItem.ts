import type { CaseState, FuzzyDate, ItemRecord } from '@shared/model';
import { dayToYmd, isoToDay } from '@shared/time';

/** The fields the item form edits. */
export type Draft = Pick<
  ItemRecord,
  'shape' | 'kind' | 'title' | 'description' | 'start' | 'end' | 'laneId' | 'memberIds'
>;

/** A help lane gives a help event, the family lane a life event. */
export function kindOfLane(state: CaseState, laneId: string): Draft['kind'] {
  return state.lanes.find((l) => l.id === laneId)?.kind === 'help' ? 'help' : 'life';
}

/**
 * A new moment or period, not stored until it is saved: at the tapped day and lane when there
 * is one; otherwise at the last date used and in the last lane used; else in the middle of the
 * lifeline, in the family lane.
 */
export function newDraft(
  state: CaseState,
  shape: 'moment' | 'period',
  at?: { day?: number; laneId?: string | null },
  last?: { start: FuzzyDate; laneId: string } | null,
): Draft {
  const family = state.lanes.find((l) => l.kind === 'family') ?? state.lanes[0];
  const lane =
    state.lanes.find((l) => l.id === at?.laneId) ??
    (at?.day === undefined ? state.lanes.find((l) => l.id === last?.laneId) : undefined) ??
    family;
  if (!lane) throw new Error('a case always has a family lane');
  let start: FuzzyDate;
  if (at?.day !== undefined || !last) {
    const day = at?.day ?? (isoToDay(state.case.axis.start) + isoToDay(state.case.axis.end)) / 2;
    const { year, month } = dayToYmd(Math.round(day));
    start = { precision: 'month', year, month };
  } else start = last.start;
  return {
    shape,
    kind: kindOfLane(state, lane.id),
    title: '',
    description: '',
    start,
    end: null,
    laneId: lane.id,
    memberIds: [],
  };
}
