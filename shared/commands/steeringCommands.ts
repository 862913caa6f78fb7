import { z } from 'zod';
import { isoDateSchema } from '../model/axis';
import { phaseSchema, TIME_BOX_LIMITS } from '../model/session';
import { findRecord } from './helpers';
import { restarted, sessionOf, withTick } from './sessionCommands';
import { defineCommand, isRefusal, refuse } from './types';

/**
 * Steering the meeting from the console: where the wall looks, the time box, "has spoken".
 * All with undo capture 'never' — they run the session, they are not edits of the case (see
 * UndoCapture in types.ts) — and all write only the session record.
 */

const wallTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('span'), start: isoDateSchema, end: isoDateSchema }),
  z.object({ kind: z.literal('item'), id: z.string().max(64) }),
  z.object({ kind: z.literal('marker'), id: z.string().max(64) }),
]);

/** "Show on the wall": a span, a moment, a marker or everything; null sets the wall free. */
export const sessionSetWallFocus = defineCommand({
  name: 'session.setWallFocus',
  labelKey: 'cmd.session.setWallFocus',
  undo: 'never',
  args: z.object({ target: wallTargetSchema.nullable() }),
  run(state, args, ctx) {
    const t = args.target;
    if (t?.kind === 'item') {
      const found = findRecord(state, 'item', t.id);
      if (isRefusal(found)) return found;
    }
    if (t?.kind === 'marker') {
      const found = findRecord(state, 'marker', t.id);
      if (isRefusal(found)) return found;
    }
    if (t?.kind === 'span' && t.end < t.start) return refuse('refusal.endBeforeStart');
    const s = sessionOf(state, ctx);
    if (t === null && s.wallFocus === null && state.session) return { put: [], remove: [] };
    return { put: [{ ...s, wallFocus: t === null ? null : { ...t, at: ctx.now } }], remove: [] };
  },
});

/** Sets a time box of `seconds` per speaker or per round, starting now; null removes it. */
export const sessionSetTimeBox = defineCommand({
  name: 'session.setTimeBox',
  labelKey: 'cmd.session.setTimeBox',
  undo: 'never',
  args: z.object({
    seconds: z.number().int().min(TIME_BOX_LIMITS.min).max(TIME_BOX_LIMITS.max).nullable(),
    per: z.enum(['speaker', 'round']).default('speaker'),
  }),
  run(state, args, ctx) {
    const s = sessionOf(state, ctx);
    const timeBox =
      args.seconds === null
        ? null
        : { seconds: args.seconds, per: args.per, startedAt: ctx.now, pausedAt: null };
    return { put: [{ ...s, timeBox }], remove: [] };
  },
});

/** Starts the time box again from its full length. */
export const sessionRestartTimeBox = defineCommand({
  name: 'session.restartTimeBox',
  labelKey: 'cmd.session.restartTimeBox',
  undo: 'never',
  args: z.object({}),
  run(state, _args, ctx) {
    const s = sessionOf(state, ctx);
    if (!s.timeBox) return refuse('refusal.noTimeBox');
    return { put: [{ ...s, timeBox: restarted(s.timeBox, ctx.now) }], remove: [] };
  },
});

/** Pauses the time box, or lets it run on from where it stood. */
export const sessionPauseTimeBox = defineCommand({
  name: 'session.pauseTimeBox',
  labelKey: 'cmd.session.pauseTimeBox',
  undo: 'never',
  args: z.object({ paused: z.boolean() }),
  run(state, args, ctx) {
    const s = sessionOf(state, ctx);
    const box = s.timeBox;
    if (!box) return refuse('refusal.noTimeBox');
    if ((box.pausedAt !== null) === args.paused) return { put: [], remove: [] };
    const timeBox = args.paused
      ? { ...box, pausedAt: ctx.now }
      : { ...box, startedAt: box.startedAt + (ctx.now - box.pausedAt!), pausedAt: null };
    return { put: [{ ...s, timeBox }], remove: [] };
  },
});

/** Ticks (or unticks) "has spoken" for a participant in a phase's round (default: the current phase). */
export const sessionSetSpoken = defineCommand({
  name: 'session.setSpoken',
  labelKey: 'cmd.session.setSpoken',
  undo: 'never',
  args: z.object({ participantId: z.string(), spoken: z.boolean(), phase: phaseSchema.optional() }),
  run(state, args, ctx) {
    const p = findRecord(state, 'participant', args.participantId);
    if (isRefusal(p)) return p;
    const s = sessionOf(state, ctx);
    return {
      put: [{ ...s, spoken: withTick(s.spoken, args.phase ?? s.phase, p.id, args.spoken) }],
      remove: [],
    };
  },
});
