import type { IdPrefix } from '../model/ids';
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
