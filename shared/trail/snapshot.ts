import type { AnyRecord, ItemRecord, ItemSnapshot } from '../model';

/** Looks up a record by id (the state, or the state with a command's new records laid over it). */
export type RecordLookup = (id: string) => AnyRecord | undefined;

/** An item's content for the change trail, with its lane and family members by name. */
export function snapshotOf(item: ItemRecord, lookup: RecordLookup): ItemSnapshot {
  const lane = lookup(item.laneId);
  return {
    shape: item.shape,
    kind: item.kind,
    title: item.title,
    description: item.description,
    start: item.start,
    end: item.shape === 'period' ? item.end : null,
    lane: lane?.type === 'lane' ? lane.name : '',
    people: item.memberIds.flatMap((id) => {
      const m = lookup(id);
      return m?.type === 'member' ? [m.pseudonym] : [];
    }),
  };
}

/** The fields the trail shows, in the order it shows them. */
export const TRAIL_FIELDS = [
  'start',
  'end',
  'title',
  'lane',
  'description',
  'people',
  'shape',
  'kind',
] as const;
export type TrailField = (typeof TRAIL_FIELDS)[number];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Which fields differ between two versions of an item: the field-by-field diff of a correction.
 * The people are compared as a set (ticking them in another order changes nothing).
 */
export function diffSnapshots(before: ItemSnapshot, after: ItemSnapshot): TrailField[] {
  return TRAIL_FIELDS.filter((field) => {
    switch (field) {
      case 'people':
        return !same([...before.people].sort(), [...after.people].sort());
      case 'description':
        return before.description.trim() !== after.description.trim();
      default:
        return !same(before[field], after[field]);
    }
  });
}
