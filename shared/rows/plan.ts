import type { Axis } from '../model/axis';
import type { FuzzyDate } from '../model/fuzzyDate';
import type { IdPrefix } from '../model/ids';
import { dayToIso, dayToYmd, isoToDay, yearStart } from '../time/day';
import { fuzzySpan } from '../time/fuzzy';
import { nameKey, type AcceptedRow } from './readRows';

/** What `item.import` needs to add the accepted rows: new lanes and members first, then the items. */
export interface ImportArgs {
  newLanes: { id: string; name: string }[];
  newMembers: { id: string; pseudonym: string }[];
  items: {
    id: string;
    shape: 'moment' | 'period';
    kind: 'life' | 'help';
    title: string;
    description: string;
    start: AcceptedRow['start'];
    end: AcceptedRow['end'];
    laneId: string;
    memberIds: string[];
  }[];
}

/**
 * The arguments of one `item.import` command for the accepted rows: a lane or member named in
 * several rows is created once (names compared without case and accents).
 */
export function importPlan(rows: readonly AcceptedRow[], newId: (prefix: IdPrefix) => string): ImportArgs {
  const lanes = new Map<string, { id: string; name: string }>();
  const members = new Map<string, { id: string; pseudonym: string }>();
  const items = rows.map((row) => {
    let laneId: string;
    if (row.lane.kind === 'existing') laneId = row.lane.laneId;
    else {
      const key = nameKey(row.lane.name);
      const lane = lanes.get(key) ?? { id: newId('lane'), name: row.lane.name };
      lanes.set(key, lane);
      laneId = lane.id;
    }
    const memberIds = [
      ...row.members.map((m) => m.id),
      ...row.newMembers.map((name) => {
        const key = nameKey(name);
        const member = members.get(key) ?? { id: newId('member'), pseudonym: name };
        members.set(key, member);
        return member.id;
      }),
    ];
    return {
      id: newId('item'),
      shape: row.shape,
      kind: row.itemKind,
      title: row.title,
      description: row.description,
      start: row.start,
      end: row.shape === 'period' ? row.end : null,
      laneId,
      memberIds: [...new Set(memberIds)],
    };
  });
  return { newLanes: [...lanes.values()], newMembers: [...members.values()], items };
}

/**
 * The lifeline's start and end lengthened to whole years so that every item is on it, or null
 * when they all are already.
 */
export function axisCovering(
  axis: Pick<Axis, 'start' | 'end'>,
  items: readonly { start: FuzzyDate; end: FuzzyDate | null }[],
): { start: string; end: string } | null {
  let first = isoToDay(axis.start);
  let last = isoToDay(axis.end);
  for (const item of items) {
    first = Math.min(first, fuzzySpan(item.start).start);
    last = Math.max(last, fuzzySpan(item.end ?? item.start).end);
  }
  const start = first < isoToDay(axis.start) ? dayToIso(yearStart(dayToYmd(first).year)) : axis.start;
  const end = last > isoToDay(axis.end) ? dayToIso(yearStart(dayToYmd(last).year + 1) - 1) : axis.end;
  return start === axis.start && end === axis.end ? null : { start, end };
}
