import { z } from 'zod';
import type { LaneRecord } from '../model/lane';
import { colourSchema, nameText } from '../model/text';
import { definedOnly, findRecord, nextOrder } from './helpers';
import { defineCommand, isRefusal, refuse } from './types';

/** Colours offered to new lanes in turn: distinct, dark enough for white text. */
export const LANE_COLOURS = [
  '#1f6f8b',
  '#7a4fa3',
  '#b5562b',
  '#2e7d4f',
  '#a33b62',
  '#5b6b1f',
  '#3d5a98',
  '#8a5a00',
] as const;

export const laneAdd = defineCommand({
  name: 'lane.add',
  labelKey: 'cmd.lane.add',
  undo: 'undoable',
  args: z.object({
    id: z.string().startsWith('lane_').max(64).optional(),
    name: nameText,
    kind: z.enum(['family', 'help']).default('help'),
    colour: colourSchema.optional(),
  }),
  run(state, args, ctx) {
    const id = args.id ?? ctx.newId('lane');
    if (state.byId.has(id)) return refuse('refusal.duplicateId');
    const lane: LaneRecord = {
      type: 'lane',
      id,
      caseId: state.case.id,
      kind: args.kind,
      name: args.name,
      colour: args.colour ?? LANE_COLOURS[state.lanes.length % LANE_COLOURS.length]!,
      order: nextOrder(state.lanes),
    };
    return { put: [lane], remove: [] };
  },
});

export const laneUpdate = defineCommand({
  name: 'lane.update',
  labelKey: 'cmd.lane.update',
  undo: 'undoable',
  args: z.object({ id: z.string(), name: nameText.optional(), colour: colourSchema.optional() }),
  run(state, args) {
    const found = findRecord(state, 'lane', args.id);
    if (isRefusal(found)) return found;
    const { id: _id, ...changes } = args;
    return { put: [{ ...found, ...definedOnly(changes) }], remove: [] };
  },
});

/** Moves a lane to a position in the drawn order; renumbers all lanes 0..n-1. */
export const laneReorder = defineCommand({
  name: 'lane.reorder',
  labelKey: 'cmd.lane.reorder',
  undo: 'undoable',
  args: z.object({ id: z.string(), toIndex: z.number().int() }),
  run(state, args) {
    const found = findRecord(state, 'lane', args.id);
    if (isRefusal(found)) return found;
    const lanes = state.lanes.filter((l) => l.id !== args.id);
    const at = Math.max(0, Math.min(lanes.length, args.toIndex));
    lanes.splice(at, 0, found);
    return { put: lanes.flatMap((l, order) => (l.order === order ? [] : [{ ...l, order }])), remove: [] };
  },
});

/** Deletes a lane; its items move to another lane (the family lane by default). The last family lane stays. */
export const laneDelete = defineCommand({
  name: 'lane.delete',
  labelKey: 'cmd.lane.delete',
  undo: 'undoable',
  args: z.object({ id: z.string(), moveItemsTo: z.string().optional() }),
  run(state, args) {
    const found = findRecord(state, 'lane', args.id);
    if (isRefusal(found)) return found;
    if (found.kind === 'family' && state.lanes.filter((l) => l.kind === 'family').length <= 1) {
      return refuse('refusal.lastFamilyLane');
    }
    const items = state.items.filter((i) => i.laneId === found.id);
    const target =
      state.lanes.find((l) => l.id === args.moveItemsTo && l.id !== found.id) ??
      state.lanes.find((l) => l.kind === 'family' && l.id !== found.id);
    if (items.length > 0 && !target) return refuse('refusal.unknownLane');
    const moved = target ? items.map((i) => ({ ...i, laneId: target.id })) : [];
    return { put: moved, remove: [found.id] };
  },
});
