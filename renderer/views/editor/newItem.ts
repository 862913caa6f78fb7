import type { CaseState, FuzzyDate } from '@shared/model';
import { newId } from '@shared/model';
import { dayToIso } from '@shared/time';

/**
 * Arguments for `item.add` when the facilitator adds a moment or period: at the tapped day and
 * lane when there is one, else in the middle of the lifeline, in the family lane.
 */
export function newItemArgs(
  state: CaseState,
  shape: 'moment' | 'period',
  title: string,
  at?: { day?: number; laneId?: string | null },
) {
  const family = state.lanes.find((l) => l.kind === 'family') ?? state.lanes[0];
  const lane = state.lanes.find((l) => l.id === at?.laneId) ?? family;
  if (!lane) throw new Error('a case always has a family lane');
  const axisStart = Date.parse(state.case.axis.start) / 86_400_000;
  const axisEnd = Date.parse(state.case.axis.end) / 86_400_000;
  const day = at?.day ?? (axisStart + axisEnd) / 2;
  const iso = dayToIso(Math.round(day));
  const [y, m] = iso.split('-').map(Number) as [number, number];
  const start: FuzzyDate = { precision: 'month', year: y, month: m };
  const end: FuzzyDate | null = shape === 'period' ? { precision: 'month', year: y + 1, month: m } : null;
  return {
    id: newId('item'),
    shape,
    kind: lane.kind === 'help' ? ('help' as const) : ('life' as const),
    title,
    description: '',
    start,
    end,
    laneId: lane.id,
    memberIds: [] as string[],
  };
}
