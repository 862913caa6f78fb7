import { z } from 'zod';
import { fuzzyDateSchema } from '../model/fuzzyDate';
import { itemOriginSchema, type ItemRecord } from '../model/item';
import { descriptionText, titleText } from '../model/text';
import { checkPeriod, definedOnly, findRecord } from './helpers';
import { defineCommand, isRefusal, refuse, type CommandRefusal } from './types';
import type { AnyRecord, CaseState } from '../model/records';
import type { LaneRecord } from '../model/lane';
import type { MemberRecord } from '../model/member';
import { nameText } from '../model/text';
import { axisCovering } from '../rows/plan';
import { nextOrder } from './helpers';
import { LANE_COLOURS } from './laneCommands';

const itemFields = z.object({
  shape: z.enum(['moment', 'period']),
  kind: z.enum(['life', 'help']),
  title: titleText,
  description: descriptionText.default(''),
  start: fuzzyDateSchema,
  end: fuzzyDateSchema.nullable().default(null),
  laneId: z.string(),
  memberIds: z.array(z.string()).max(50).default([]),
});

function checkItem(
  state: CaseState,
  item: ItemRecord,
  lookup: (id: string) => AnyRecord | undefined = (id) => state.byId.get(id),
): CommandRefusal | null {
  const lane = lookup(item.laneId);
  if (!lane || lane.type !== 'lane') return refuse('refusal.unknownLane');
  for (const m of item.memberIds) {
    const member = lookup(m);
    if (!member || member.type !== 'member') return refuse('refusal.notFound');
  }
  return item.shape === 'period' ? checkPeriod(item.start, item.end) : null;
}

/** A moment has no end; a period keeps its end (null = ongoing). */
function normalise(item: ItemRecord): ItemRecord {
  return item.shape === 'moment' ? { ...item, end: null } : item;
}

export const itemAdd = defineCommand({
  name: 'item.add',
  labelKey: 'cmd.item.add',
  undo: 'undoable',
  args: itemFields.extend({
    /** Callers may choose the id so they can select the new item at once. */
    id: z.string().startsWith('item_').max(64).optional(),
    origin: itemOriginSchema.default('prepared'),
  }),
  run(state, args, ctx) {
    const id = args.id ?? ctx.newId('item');
    if (state.byId.has(id)) return refuse('refusal.duplicateId');
    const item = normalise({ type: 'item', caseId: state.case.id, ...args, id });
    const problem = checkItem(state, item);
    return problem ?? { put: [item], remove: [] };
  },
});

/** Editing fields of an item; an item that was prepared becomes "corrected in session" only when asked. */
export const itemUpdate = defineCommand({
  name: 'item.update',
  labelKey: 'cmd.item.update',
  undo: 'undoable',
  // Not itemFields.partial(): its defaults would fill in (and so clear) fields the caller left out.
  args: z.object({
    id: z.string(),
    shape: itemFields.shape.shape.optional(),
    kind: itemFields.shape.kind.optional(),
    title: titleText.optional(),
    description: descriptionText.optional(),
    start: fuzzyDateSchema.optional(),
    end: fuzzyDateSchema.nullable().optional(),
    laneId: z.string().optional(),
    memberIds: z.array(z.string()).max(50).optional(),
    origin: itemOriginSchema.optional(),
  }),
  run(state, args) {
    const found = findRecord(state, 'item', args.id);
    if (isRefusal(found)) return found;
    const { id: _id, ...changes } = args;
    const item = normalise({ ...found, ...definedOnly(changes) });
    const problem = checkItem(state, item);
    return problem ?? { put: [item], remove: [] };
  },
});

/** Moving by drag: new start (and end for periods), optionally another lane. */
export const itemMove = defineCommand({
  name: 'item.move',
  labelKey: 'cmd.item.move',
  undo: 'undoable',
  args: z.object({
    id: z.string(),
    start: fuzzyDateSchema,
    end: fuzzyDateSchema.nullable(),
    laneId: z.string().optional(),
  }),
  run(state, args) {
    const found = findRecord(state, 'item', args.id);
    if (isRefusal(found)) return found;
    const item = normalise({
      ...found,
      start: args.start,
      end: found.shape === 'period' ? args.end : null,
      laneId: args.laneId ?? found.laneId,
    });
    const problem = checkItem(state, item);
    return problem ?? { put: [item], remove: [] };
  },
});

/** Dragging one end of a period. */
export const itemResize = defineCommand({
  name: 'item.resize',
  labelKey: 'cmd.item.resize',
  undo: 'undoable',
  args: z.object({
    id: z.string(),
    start: fuzzyDateSchema.optional(),
    end: fuzzyDateSchema.nullable().optional(),
  }),
  run(state, args) {
    const found = findRecord(state, 'item', args.id);
    if (isRefusal(found)) return found;
    if (found.shape !== 'period') return refuse('refusal.notAPeriod');
    const item: ItemRecord = { ...found, ...definedOnly({ start: args.start, end: args.end }) };
    const problem = checkItem(state, item);
    return problem ?? { put: [item], remove: [] };
  },
});

export const itemDelete = defineCommand({
  name: 'item.delete',
  labelKey: 'cmd.item.delete',
  undo: 'undoable',
  args: z.object({ ids: z.array(z.string()).min(1).max(5000) }),
  run(state, args) {
    for (const id of args.ids) {
      const found = findRecord(state, 'item', id);
      if (isRefusal(found)) return found;
    }
    return { put: [], remove: [...new Set(args.ids)] };
  },
});

/**
 * Adds many moments and periods at once — pasted rows or a CSV/XLSX file — with the lanes and
 * family members they name that do not exist yet: one undo step. The lifeline is lengthened to
 * whole years when the rows reach beyond it.
 */
export const itemImport = defineCommand({
  name: 'item.import',
  labelKey: 'cmd.item.import',
  undo: 'undoable',
  args: z.object({
    newLanes: z
      .array(z.object({ id: z.string().startsWith('lane_').max(64), name: nameText }))
      .max(500)
      .default([]),
    newMembers: z
      .array(z.object({ id: z.string().startsWith('member_').max(64), pseudonym: nameText }))
      .max(500)
      .default([]),
    items: z
      .array(itemFields.extend({ id: z.string().startsWith('item_').max(64) }))
      .min(1)
      .max(5000),
  }),
  run(state, args, ctx) {
    const ids = [...args.newLanes, ...args.newMembers, ...args.items].map((r) => r.id);
    if (new Set(ids).size !== ids.length || ids.some((id) => state.byId.has(id)))
      return refuse('refusal.duplicateId');
    const lanes = args.newLanes.map((l, i): LaneRecord => ({
      type: 'lane',
      id: l.id,
      caseId: state.case.id,
      kind: 'help',
      name: l.name,
      colour: LANE_COLOURS[(state.lanes.length + i) % LANE_COLOURS.length]!,
      order: nextOrder(state.lanes) + i,
    }));
    const members = args.newMembers.map((m, i): MemberRecord => ({
      type: 'member',
      id: m.id,
      caseId: state.case.id,
      pseudonym: m.pseudonym,
      relation: 'anders',
      birthYear: null,
      order: nextOrder(state.members) + i,
    }));
    const added = new Map<string, AnyRecord>([...lanes, ...members].map((r) => [r.id, r]));
    const lookup = (id: string) => added.get(id) ?? state.byId.get(id);
    const items: ItemRecord[] = [];
    for (const fields of args.items) {
      const item = normalise({ type: 'item', caseId: state.case.id, origin: 'prepared', ...fields });
      const problem = checkItem(state, item, lookup);
      if (problem) return problem;
      items.push(item);
    }
    // Lengthen the lifeline to whole years so every imported item is on it.
    const put: AnyRecord[] = [...lanes, ...members, ...items];
    const covering = axisCovering(state.case.axis, items);
    if (covering) put.push({ ...state.case, axis: { ...state.case.axis, ...covering }, updatedAt: ctx.now });
    return { put, remove: [] };
  },
});
