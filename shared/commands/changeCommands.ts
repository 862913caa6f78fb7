import { z } from 'zod';
import { findRecord } from './helpers';
import { defineCommand, isRefusal } from './types';

/** Who raised a change in the trail: a participant, or nobody (chosen on the session console). */
export const changeSetRaisedBy = defineCommand({
  name: 'change.setRaisedBy',
  labelKey: 'cmd.change.setRaisedBy',
  undo: 'undoable',
  args: z.object({ id: z.string(), participantId: z.string().nullable() }),
  run(state, args) {
    const change = findRecord(state, 'change', args.id);
    if (isRefusal(change)) return change;
    if (args.participantId !== null) {
      const p = findRecord(state, 'participant', args.participantId);
      if (isRefusal(p)) return p;
    }
    if ((change.raisedBy ?? null) === args.participantId) return { put: [], remove: [] };
    return { put: [{ ...change, raisedBy: args.participantId }], remove: [] };
  },
});
