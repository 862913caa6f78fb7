import { z } from 'zod';
import { isoDateSchema } from '../model/axis';
import { perspectiveOf, roleSchema, type ParticipantRecord } from '../model/participant';
import { participantIconSchema } from '../model/participant';
import { pointPrecisionSchema } from '../model/fuzzyDate';
import {
  listSchema,
  phaseSchema,
  type Phase,
  type SpokenTick,
  type TimeBox,
  type CardRecord,
  type MarkerRecord,
  type SessionRecord,
  type StickerRecord,
} from '../model/session';
import { colourSchema, descriptionText, nameText, optionalTitleText, TEXT_LIMITS } from '../model/text';
import type { CaseState } from '../model/records';
import type { AnyRecord } from '../model/records';
import { currentPhase, listOfValence, stickersLeft } from '../session/rules';
import { definedOnly, findRecord, nextOrder } from './helpers';
import { defineCommand, isRefusal, refuse, type CommandContext } from './types';

/** Participant colours: distinct, strong, readable white text on them, not red or green (marker colours). */
export const PARTICIPANT_COLOURS = [
  '#1f5f8b',
  '#7a3e9d',
  '#b8560f',
  '#0f7b78',
  '#a3326b',
  '#4b5fb5',
  '#6b5b1f',
  '#2f6e3b',
  '#8d3b2f',
  '#37474f',
  '#5d4037',
  '#00695c',
] as const;

/** The session record, or a new one at phase 0 (the session starts with its first steering). */
export function sessionOf(state: CaseState, ctx: CommandContext): SessionRecord {
  return (
    state.session ?? {
      type: 'session',
      id: `session_${state.case.id.slice('case_'.length)}`,
      caseId: state.case.id,
      phase: 0,
      speakerId: null,
      talliesVisible: false,
      phaseStartedAt: ctx.now,
      wallFocus: null,
      timeBox: null,
      spoken: [],
    }
  );
}

// ── participants ──────────────────────────────────────────────────────────────

export const participantAdd = defineCommand({
  name: 'participant.add',
  labelKey: 'cmd.participant.add',
  undo: 'undoable',
  args: z.object({
    id: z.string().startsWith('participant_').max(64).optional(),
    pseudonym: nameText,
    role: roleSchema,
    colour: colourSchema.optional(),
    icon: participantIconSchema.nullable().default(null),
    organisation: z.string().max(120).default(''),
    function: z.string().max(120).default(''),
    displayRole: z.string().trim().max(80).default(''),
    task: z.string().max(500).default(''),
  }),
  run(state, args, ctx) {
    const id = args.id ?? ctx.newId('participant');
    if (state.byId.has(id)) return refuse('refusal.duplicateId');
    const used = new Set(state.participants.map((p) => p.colour));
    const colour =
      args.colour ??
      PARTICIPANT_COLOURS.find((c) => !used.has(c)) ??
      PARTICIPANT_COLOURS[state.participants.length % PARTICIPANT_COLOURS.length]!;
    const professional = perspectiveOf(args.role) === 'professional';
    const p: ParticipantRecord = {
      type: 'participant',
      id,
      caseId: state.case.id,
      pseudonym: args.pseudonym,
      role: args.role,
      organisation: professional ? args.organisation : '',
      function: professional ? args.function : '',
      displayRole: args.displayRole,
      task: professional ? args.task : '',
      colour,
      icon: args.icon,
      order: nextOrder(state.participants),
    };
    return { put: [p], remove: [] };
  },
});

export const participantUpdate = defineCommand({
  name: 'participant.update',
  labelKey: 'cmd.participant.update',
  undo: 'undoable',
  args: z.object({
    id: z.string(),
    pseudonym: nameText.optional(),
    role: roleSchema.optional(),
    colour: colourSchema.optional(),
    icon: participantIconSchema.nullable().optional(),
    organisation: z.string().max(120).optional(),
    function: z.string().max(120).optional(),
    displayRole: z.string().trim().max(80).optional(),
    task: z.string().max(500).optional(),
  }),
  run(state, args) {
    const found = findRecord(state, 'participant', args.id);
    if (isRefusal(found)) return found;
    const { id: _id, ...changes } = args;
    return { put: [{ ...found, ...definedOnly(changes) }], remove: [] };
  },
});

/**
 * Removes a participant who has not contributed yet (markers, cards, stickers, quotes and
 * raised corrections keep their author) and does not have the floor (every reference resolves:
 * shared/rules). The session record is left as it is (see UndoCapture): a "has spoken" tick of
 * theirs is no longer found by readers, and undoing the removal gives it back.
 */
export const participantDelete = defineCommand({
  name: 'participant.delete',
  labelKey: 'cmd.participant.delete',
  undo: 'undoable',
  args: z.object({ id: z.string() }),
  run(state, args) {
    const found = findRecord(state, 'participant', args.id);
    if (isRefusal(found)) return found;
    const contributed =
      state.markers.some((m) => m.participantId === found.id) ||
      state.cards.some((c) => c.participantId === found.id) ||
      state.stickers.some((s) => s.participantId === found.id) ||
      state.quotes.some((q) => q.participantId === found.id) ||
      state.changes.some((c) => c.raisedBy === found.id);
    if (contributed) return refuse('refusal.participantHasContributions', { name: found.pseudonym });
    if (state.session?.speakerId === found.id)
      return refuse('refusal.participantHasFloor', { name: found.pseudonym });
    return { put: [], remove: [found.id] };
  },
});

// ── session ───────────────────────────────────────────────────────────────────

// Steering: undo capture 'never' (see UndoCapture in types.ts for why).

/** A new phase starts its round: the round timer and a time box start again. */
export const sessionSetPhase = defineCommand({
  name: 'session.setPhase',
  labelKey: 'cmd.session.setPhase',
  undo: 'never',
  args: z.object({ phase: phaseSchema }),
  run(state, args, ctx) {
    const s = sessionOf(state, ctx);
    if (state.session && s.phase === args.phase) return { put: [], remove: [] };
    return {
      put: [{ ...s, phase: args.phase, phaseStartedAt: ctx.now, timeBox: restarted(s.timeBox, ctx.now) }],
      remove: [],
    };
  },
});

/**
 * Gives someone the floor (null: nobody). Whoever had it is ticked as "has spoken" in this
 * round, and a time box per speaker starts again for the new speaker.
 */
export const sessionSetSpeaker = defineCommand({
  name: 'session.setSpeaker',
  labelKey: 'cmd.session.setSpeaker',
  undo: 'never',
  args: z.object({ participantId: z.string().nullable() }),
  run(state, args, ctx) {
    if (args.participantId !== null) {
      const p = findRecord(state, 'participant', args.participantId);
      if (isRefusal(p)) return p;
    }
    const s = sessionOf(state, ctx);
    if (state.session && s.speakerId === args.participantId) return { put: [], remove: [] };
    const before = s.speakerId;
    const spoken =
      before !== null && state.byId.has(before) ? withTick(s.spoken, s.phase, before, true) : s.spoken;
    const timeBox = s.timeBox?.per === 'speaker' ? restarted(s.timeBox, ctx.now) : s.timeBox;
    return { put: [{ ...s, speakerId: args.participantId, spoken, timeBox }], remove: [] };
  },
});

export const sessionSetTallies = defineCommand({
  name: 'session.setTallies',
  labelKey: 'cmd.session.setTallies',
  undo: 'never',
  args: z.object({ visible: z.boolean() }),
  run(state, args, ctx) {
    return { put: [{ ...sessionOf(state, ctx), talliesVisible: args.visible }], remove: [] };
  },
});

/** Restarts the round timer of the current phase. */
export const sessionRestartTimer = defineCommand({
  name: 'session.restartTimer',
  labelKey: 'cmd.session.restartTimer',
  undo: 'never',
  args: z.object({}),
  run(state, _args, ctx) {
    return { put: [{ ...sessionOf(state, ctx), phaseStartedAt: ctx.now }], remove: [] };
  },
});

/** The same time box started again now (not paused). */
export function restarted(box: TimeBox | null, now: number): TimeBox | null {
  return box ? { ...box, startedAt: now, pausedAt: null } : null;
}

/** The ticks with one participant's tick in a phase set or cleared. */
export function withTick(
  ticks: readonly SpokenTick[],
  phase: Phase,
  participantId: string,
  spoken: boolean,
): SpokenTick[] {
  const others = ticks.filter((t) => !(t.phase === phase && t.participantId === participantId));
  return spoken ? [...others, { phase, participantId }] : others;
}

// ── markers ───────────────────────────────────────────────────────────────────

export const markerAdd = defineCommand({
  name: 'marker.add',
  labelKey: 'cmd.marker.add',
  undo: 'undoable',
  args: z.object({
    id: z.string().startsWith('marker_').max(64).optional(),
    valence: z.enum(['good', 'bad']),
    participantId: z.string(),
    start: isoDateSchema,
    end: isoDateSchema.nullable().default(null),
    /** How precisely it is meant: the wall passes the precision of its zoom (tapPrecision). */
    precision: pointPrecisionSchema.default('day'),
    laneId: z.string().nullable().default(null),
    title: optionalTitleText.default(''),
    /** Set by the console: the facilitator may add markers of either kind in any round. */
    byFacilitator: z.boolean().default(false),
  }),
  run(state, args, ctx) {
    const phase = currentPhase(state);
    if (!args.byFacilitator) {
      if (phase !== 2 && phase !== 3) return refuse('refusal.markersOnlyInRounds');
      if ((phase === 2) !== (args.valence === 'good')) return refuse('refusal.markerWrongRound');
    }
    const p = findRecord(state, 'participant', args.participantId);
    if (isRefusal(p)) return refuse('refusal.chooseParticipant');
    if (args.laneId !== null && state.byId.get(args.laneId)?.type !== 'lane')
      return refuse('refusal.unknownLane');
    if (args.end !== null && args.end < args.start) return refuse('refusal.endBeforeStart');
    const id = args.id ?? ctx.newId('marker');
    if (state.byId.has(id)) return refuse('refusal.duplicateId');
    const marker: MarkerRecord = {
      type: 'marker',
      id,
      caseId: state.case.id,
      valence: args.valence,
      participantId: args.participantId,
      start: args.start,
      end: args.end,
      precision: args.precision,
      laneId: args.laneId,
      title: args.title,
      explanation: '',
      contributorIds: [],
      createdAt: ctx.now,
    };
    return { put: [marker], remove: [] };
  },
});

export const markerUpdate = defineCommand({
  name: 'marker.update',
  labelKey: 'cmd.marker.update',
  undo: 'undoable',
  args: z.object({
    id: z.string(),
    title: optionalTitleText.optional(),
    explanation: descriptionText.optional(),
    valence: z.enum(['good', 'bad']).optional(),
    contributorIds: z.array(z.string()).max(50).optional(),
  }),
  run(state, args) {
    const found = findRecord(state, 'marker', args.id);
    if (isRefusal(found)) return found;
    for (const c of args.contributorIds ?? [])
      if (state.byId.get(c)?.type !== 'participant') return refuse('refusal.notFound');
    const { id: _id, ...changes } = args;
    const next = { ...found, ...definedOnly(changes) };
    // Cards follow their marker to the matching list when its valence changes.
    const cards =
      next.valence !== found.valence
        ? state.cards
            .filter((c) => c.markerId === found.id)
            .map((c) => ({ ...c, list: listOfValence(next.valence) }))
        : [];
    return { put: [next, ...cards], remove: [] };
  },
});

export const markerMove = defineCommand({
  name: 'marker.move',
  labelKey: 'cmd.marker.move',
  undo: 'undoable',
  // Either side alone: the other is taken from the marker as stored, not as a screen last saw it.
  args: z.object({
    id: z.string(),
    start: isoDateSchema.optional(),
    end: isoDateSchema.nullable().optional(),
    /** Corrected on the console: "not that day, that year". */
    precision: pointPrecisionSchema.optional(),
  }),
  run(state, args) {
    const found = findRecord(state, 'marker', args.id);
    if (isRefusal(found)) return found;
    const start = args.start ?? found.start;
    const end = args.end === undefined ? found.end : args.end;
    if (end !== null && end < start) return refuse('refusal.endBeforeStart');
    return { put: [{ ...found, start, end, precision: args.precision ?? found.precision }], remove: [] };
  },
});

/** Removes a marker; its cards stay on the list (unlinked). */
export const markerDelete = defineCommand({
  name: 'marker.delete',
  labelKey: 'cmd.marker.delete',
  undo: 'undoable',
  args: z.object({ id: z.string() }),
  run(state, args) {
    const found = findRecord(state, 'marker', args.id);
    if (isRefusal(found)) return found;
    const unlinked = state.cards
      .filter((c) => c.markerId === found.id)
      .map((c) => ({ ...c, markerId: null }));
    return { put: unlinked, remove: [found.id] };
  },
});

// ── cards ─────────────────────────────────────────────────────────────────────

const cardText = z.string().trim().min(1).max(TEXT_LIMITS.cardText);

export const cardAdd = defineCommand({
  name: 'card.add',
  labelKey: 'cmd.card.add',
  undo: 'undoable',
  args: z.object({
    id: z.string().startsWith('card_').max(64).optional(),
    list: listSchema.optional(),
    text: cardText,
    markerId: z.string().nullable().default(null),
    participantId: z.string().nullable().default(null),
  }),
  run(state, args, ctx) {
    let list = args.list;
    if (args.markerId !== null) {
      const marker = findRecord(state, 'marker', args.markerId);
      if (isRefusal(marker)) return marker;
      list = listOfValence(marker.valence);
    }
    if (!list) return refuse('refusal.invalidArgs', { detail: 'list' });
    if (args.participantId !== null && state.byId.get(args.participantId)?.type !== 'participant')
      return refuse('refusal.notFound');
    const id = args.id ?? ctx.newId('card');
    if (state.byId.has(id)) return refuse('refusal.duplicateId');
    const card: CardRecord = {
      type: 'card',
      id,
      caseId: state.case.id,
      list,
      text: args.text,
      markerId: args.markerId,
      participantId: args.participantId,
      createdAt: ctx.now,
    };
    return { put: [card], remove: [] };
  },
});

export const cardUpdate = defineCommand({
  name: 'card.update',
  labelKey: 'cmd.card.update',
  undo: 'undoable',
  /** `participantId` says who named it (null: the group), e.g. to attribute a key quote. */
  /** `markerId` moves the card to another marker of its round (null: the list, no marker). */
  args: z.object({
    id: z.string(),
    text: cardText.optional(),
    participantId: z.string().nullable().optional(),
    markerId: z.string().nullable().optional(),
  }),
  run(state, args) {
    const found = findRecord(state, 'card', args.id);
    if (isRefusal(found)) return found;
    if (args.participantId) {
      const who = findRecord(state, 'participant', args.participantId);
      if (isRefusal(who)) return who;
    }
    if (args.markerId) {
      const marker = findRecord(state, 'marker', args.markerId);
      if (isRefusal(marker)) return marker;
      if (listOfValence(marker.valence) !== found.list) return refuse('refusal.mergeAcrossLists');
    }
    return {
      put: [
        {
          ...found,
          ...definedOnly({ text: args.text, participantId: args.participantId, markerId: args.markerId }),
        },
      ],
      remove: [],
    };
  },
});

/** Removes a card and the stickers on it (the stickers go back to their owners' trays). */
export const cardDelete = defineCommand({
  name: 'card.delete',
  labelKey: 'cmd.card.delete',
  undo: 'undoable',
  args: z.object({ id: z.string() }),
  run(state, args) {
    const found = findRecord(state, 'card', args.id);
    if (isRefusal(found)) return found;
    return {
      put: [...withoutCardsInAnalysis(state, [found.id]), ...quotesMoved(state, [found.id], null)],
      remove: [found.id, ...state.stickers.filter((s) => s.cardId === found.id).map((s) => s.id)],
    };
  },
});

/**
 * Merges duplicate cards into one: the stickers follow to the target. Where "one sticker per
 * card" applies, a participant's second sticker goes back to their tray.
 */
export const cardMerge = defineCommand({
  name: 'card.merge',
  labelKey: 'cmd.card.merge',
  undo: 'undoable',
  args: z.object({ targetId: z.string(), sourceIds: z.array(z.string()).min(1).max(200) }),
  run(state, args) {
    const target = findRecord(state, 'card', args.targetId);
    if (isRefusal(target)) return target;
    const sources: CardRecord[] = [];
    for (const id of new Set(args.sourceIds)) {
      if (id === target.id) continue;
      const c = findRecord(state, 'card', id);
      if (isRefusal(c)) return c;
      if (c.list !== target.list) return refuse('refusal.mergeAcrossLists');
      sources.push(c);
    }
    if (sources.length === 0) return { put: [], remove: [] };
    const sourceIds = new Set(sources.map((c) => c.id));
    const onePerCard = state.case.settings.maxOneStickerPerCard;
    const voters = new Set(state.stickers.filter((s) => s.cardId === target.id).map((s) => s.participantId));
    const put: StickerRecord[] = [];
    const remove: string[] = [...sourceIds];
    for (const s of state.stickers) {
      if (!sourceIds.has(s.cardId)) continue;
      if (onePerCard && voters.has(s.participantId)) remove.push(s.id);
      else {
        voters.add(s.participantId);
        put.push({ ...s, cardId: target.id });
      }
    }
    return {
      put: [
        ...put,
        ...withoutCardsInAnalysis(state, [...sourceIds], target.id),
        ...quotesMoved(state, [...sourceIds], target.id),
      ],
      remove,
    };
  },
});

/**
 * The analysis without references to removed cards (empty when there is no analysis yet). A
 * merge target (`into`) takes over the main factors its sources supported.
 */
function withoutCardsInAnalysis(state: CaseState, ids: string[], into: string | null = null): AnyRecord[] {
  const a = state.analysis;
  if (!a) return [];
  const gone = new Set(ids);
  return [
    {
      ...a,
      groups: a.groups.map((g) => {
        const kept = g.cardIds.filter((id) => !gone.has(id));
        const gains = into !== null && kept.length < g.cardIds.length && !kept.includes(into);
        return { ...g, cardIds: gains ? [...kept, into] : kept };
      }),
      codes: Object.fromEntries(Object.entries(a.codes).filter(([id]) => !gone.has(id))),
    },
  ];
}

/** Quotes that pointed at removed cards point at the merge target, or at no card. */
function quotesMoved(state: CaseState, ids: string[], into: string | null): AnyRecord[] {
  const gone = new Set(ids);
  return state.quotes
    .filter((q) => q.cardId !== null && gone.has(q.cardId))
    .map((q) => ({ ...q, cardId: into }));
}

// ── stickers ──────────────────────────────────────────────────────────────────

export const stickerPlace = defineCommand({
  name: 'sticker.place',
  labelKey: 'cmd.sticker.place',
  undo: 'undoable',
  args: z.object({
    id: z.string().startsWith('sticker_').max(64).optional(),
    cardId: z.string(),
    participantId: z.string(),
    /** The tray the sticker came from (wall); a strengths sticker cannot go on an improvement point. */
    list: listSchema.optional(),
  }),
  run(state, args, ctx) {
    if (currentPhase(state) !== 4) return refuse('refusal.votingClosed');
    const card = findRecord(state, 'card', args.cardId);
    if (isRefusal(card)) return card;
    if (args.list && args.list !== card.list)
      return refuse(
        args.list === 'strengths' ? 'refusal.stickerForStrengths' : 'refusal.stickerForImprovements',
      );
    const p = findRecord(state, 'participant', args.participantId);
    if (isRefusal(p)) return refuse('refusal.chooseParticipant');
    if (stickersLeft(state, p.id, card.list) <= 0) {
      return refuse(
        card.list === 'strengths' ? 'refusal.budgetSpentStrengths' : 'refusal.budgetSpentImprovements',
        {
          name: p.pseudonym,
          budget: state.case.settings.stickerBudget[card.list],
        },
      );
    }
    if (
      state.case.settings.maxOneStickerPerCard &&
      state.stickers.some((s) => s.cardId === card.id && s.participantId === p.id)
    ) {
      return refuse('refusal.onePerCard', { name: p.pseudonym });
    }
    const id = args.id ?? ctx.newId('sticker');
    if (state.byId.has(id)) return refuse('refusal.duplicateId');
    return {
      put: [
        {
          type: 'sticker',
          id,
          caseId: state.case.id,
          cardId: card.id,
          participantId: p.id,
          createdAt: ctx.now,
        },
      ],
      remove: [],
    };
  },
});

/** Takes a sticker back; on the wall only its owner may (participantId given), the console may always. */
export const stickerRemove = defineCommand({
  name: 'sticker.remove',
  labelKey: 'cmd.sticker.remove',
  undo: 'undoable',
  args: z.object({ id: z.string(), participantId: z.string().optional() }),
  run(state, args) {
    const found = findRecord(state, 'sticker', args.id);
    if (isRefusal(found)) return found;
    if (args.participantId !== undefined && args.participantId !== found.participantId)
      return refuse('refusal.notYourSticker');
    if (currentPhase(state) !== 4) return refuse('refusal.votingClosed');
    return { put: [], remove: [found.id] };
  },
});
