import { z } from 'zod';
import { idSchema } from './ids';
import { isoDateSchema } from './axis';
import { fuzzyDateSchema, pointPrecisionSchema } from './fuzzyDate';
import { descriptionText, optionalTitleText, TEXT_LIMITS, timestampSchema } from './text';

/**
 * The live group interview (METHOD.md, steps 1–5): one session record per case holds the phase,
 * the current speaker and whether sticker tallies are shown.
 *  0 welcome and participants · 1 present and correct the lifeline · 2 round "goede hulp" ·
 *  3 round "geen goede hulp" · 4 prioritise with stickers · 5 closing with the ranking
 */
export const PHASES = [0, 1, 2, 3, 4, 5] as const;
export type Phase = (typeof PHASES)[number];
export const phaseSchema = z.union([
  z.literal(0),
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
]);

/**
 * What the console asks the wall to show: everything, a span of days, a moment or a marker.
 * `at` is when it was asked, so asking for the same thing again moves the wall again.
 */
export const wallFocusSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all'), at: timestampSchema }),
  z.object({ kind: z.literal('span'), start: isoDateSchema, end: isoDateSchema, at: timestampSchema }),
  z.object({ kind: z.literal('item'), id: z.string().max(64), at: timestampSchema }),
  z.object({ kind: z.literal('marker'), id: z.string().max(64), at: timestampSchema }),
]);
export type WallFocus = z.infer<typeof wallFocusSchema>;
export type WallFocusTarget = WallFocus extends infer F ? (F extends unknown ? Omit<F, 'at'> : never) : never;

/** Longest time box (one hour) and shortest (ten seconds), in seconds. */
export const TIME_BOX_LIMITS = { min: 10, max: 3600 } as const;

/**
 * A calm countdown per speaker or per round. It runs from `startedAt`; while paused,
 * `pausedAt` holds when it stopped (resuming moves `startedAt` on by the pause).
 */
export const timeBoxSchema = z.object({
  seconds: z.number().int().min(TIME_BOX_LIMITS.min).max(TIME_BOX_LIMITS.max),
  per: z.enum(['speaker', 'round']),
  startedAt: timestampSchema,
  pausedAt: timestampSchema.nullable(),
});
export type TimeBox = z.infer<typeof timeBoxSchema>;

/** "Has spoken" in a phase's round: one tick per participant per phase. */
export const spokenTickSchema = z.object({ phase: phaseSchema, participantId: z.string().max(64) });
export type SpokenTick = z.infer<typeof spokenTickSchema>;

export const sessionRecordSchema = z.object({
  type: z.literal('session'),
  id: idSchema('session'),
  caseId: idSchema('case'),
  phase: phaseSchema,
  speakerId: z.string().nullable(),
  talliesVisible: z.boolean(),
  /** When the current phase (round) started, for the round timer. */
  phaseStartedAt: timestampSchema.nullable(),
  /** Where the console steers the wall (null: the wall is free, it follows nobody). */
  wallFocus: wallFocusSchema.nullable(),
  timeBox: timeBoxSchema.nullable(),
  spoken: z.array(spokenTickSchema).max(10_000),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

/** The two flip-over lists. */
export const listSchema = z.enum(['strengths', 'improvements']);
export type CardList = z.infer<typeof listSchema>;

/** Where someone stood on the lifeline: a good-help (green) or no-good-help (red) marker. */
export const markerRecordSchema = z.object({
  type: z.literal('marker'),
  id: idSchema('marker'),
  caseId: idSchema('case'),
  valence: z.enum(['good', 'bad']),
  participantId: z.string(),
  /** A point (end null) or a span on the lifeline. */
  start: isoDateSchema,
  end: isoDateSchema.nullable(),
  /** How precisely start and end are meant: tapped at year zoom, "2018" (the day is where the finger was). */
  precision: pointPrecisionSchema,
  laneId: z.string().nullable(),
  /** What the help was. */
  title: optionalTitleText,
  /** Why it worked or did not. */
  explanation: descriptionText,
  /** Others who added to this marker. */
  contributorIds: z.array(z.string()).max(50),
  createdAt: timestampSchema,
});
export type MarkerRecord = z.infer<typeof markerRecordSchema>;

/** A success factor (strengths) or a hindering factor / improvement point (improvements). */
export const cardRecordSchema = z.object({
  type: z.literal('card'),
  id: idSchema('card'),
  caseId: idSchema('case'),
  list: listSchema,
  text: z.string().trim().min(1).max(TEXT_LIMITS.cardText),
  markerId: z.string().nullable(),
  /** Who named it (null: the facilitator, for the group). */
  participantId: z.string().nullable(),
  createdAt: timestampSchema,
});
export type CardRecord = z.infer<typeof cardRecordSchema>;

/** One dot-vote sticker of one participant on one card. */
export const stickerRecordSchema = z.object({
  type: z.literal('sticker'),
  id: idSchema('sticker'),
  caseId: idSchema('case'),
  cardId: z.string(),
  participantId: z.string(),
  createdAt: timestampSchema,
});
export type StickerRecord = z.infer<typeof stickerRecordSchema>;

/**
 * An item as the change trail keeps it: its content at one moment, with the lane and family
 * members by name (as they were called then), so the trail reads true even after a lane or a
 * member is renamed or removed.
 */
export const itemSnapshotSchema = z.object({
  shape: z.enum(['moment', 'period']),
  kind: z.enum(['life', 'help']),
  title: z.string().max(TEXT_LIMITS.title),
  description: descriptionText,
  start: fuzzyDateSchema,
  end: fuzzyDateSchema.nullable(),
  lane: z.string().max(TEXT_LIMITS.name),
  people: z.array(z.string().max(TEXT_LIMITS.name)).max(50),
});
export type ItemSnapshot = z.infer<typeof itemSnapshotSchema>;

/**
 * The change trail of phase 1: what was added, corrected or removed on the lifeline in the
 * session, with the item as it was (`before`) and as it became (`after`): an added item has only
 * `after` (its final content), a removed one only `before`. Records written before format
 * version 2 have neither, nor `raisedBy`.
 */
export const changeRecordSchema = z.object({
  type: z.literal('change'),
  id: idSchema('change'),
  caseId: idSchema('case'),
  itemId: z.string(),
  action: z.enum(['added', 'corrected', 'removed']),
  /** The item's title at the time (a removed item is gone). */
  title: z.string().max(TEXT_LIMITS.title),
  at: timestampSchema,
  /** The participant who raised the change (chosen on the console; null: not recorded). */
  raisedBy: z.string().nullable().optional(),
  before: itemSnapshotSchema.nullable().optional(),
  after: itemSnapshotSchema.nullable().optional(),
});
export type ChangeRecord = z.infer<typeof changeRecordSchema>;
