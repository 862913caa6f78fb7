import { z } from 'zod';
import type { MemberRecord } from '../model/member';
import { birthYearSchema, relationSchema } from '../model/member';
import { nameText } from '../model/text';
import { definedOnly, findRecord, nextOrder } from './helpers';
import { defineCommand, isRefusal, refuse } from './types';

const birthYear = birthYearSchema.nullable();

export const memberAdd = defineCommand({
  name: 'member.add',
  labelKey: 'cmd.member.add',
  undo: 'undoable',
  args: z.object({
    id: z.string().startsWith('member_').max(64).optional(),
    pseudonym: nameText,
    relation: relationSchema,
    birthYear: birthYear.default(null),
  }),
  run(state, args, ctx) {
    const id = args.id ?? ctx.newId('member');
    if (state.byId.has(id)) return refuse('refusal.duplicateId');
    const member: MemberRecord = {
      type: 'member',
      caseId: state.case.id,
      order: nextOrder(state.members),
      ...args,
      id,
    };
    return { put: [member], remove: [] };
  },
});

export const memberUpdate = defineCommand({
  name: 'member.update',
  labelKey: 'cmd.member.update',
  undo: 'undoable',
  args: z.object({
    id: z.string(),
    pseudonym: nameText.optional(),
    relation: relationSchema.optional(),
    birthYear: birthYear.optional(),
  }),
  run(state, args) {
    const found = findRecord(state, 'member', args.id);
    if (isRefusal(found)) return found;
    const { id: _id, ...changes } = args;
    return { put: [{ ...found, ...definedOnly(changes) }], remove: [] };
  },
});

/** Removes a family member and their links from items (undo brings both back). */
export const memberDelete = defineCommand({
  name: 'member.delete',
  labelKey: 'cmd.member.delete',
  undo: 'undoable',
  args: z.object({ id: z.string() }),
  run(state, args) {
    const found = findRecord(state, 'member', args.id);
    if (isRefusal(found)) return found;
    const unlinked = state.items
      .filter((i) => i.memberIds.includes(found.id))
      .map((i) => ({ ...i, memberIds: i.memberIds.filter((m) => m !== found.id) }));
    return { put: unlinked, remove: [found.id] };
  },
});
