import { z } from 'zod';
import { isoDateSchema } from './axis';
import { fuzzyDateSchema } from './fuzzyDate';
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

export const sessionRecordSchema = z.object({
  type: z.literal('session'),
  id: z.string().startsWith('session_'),
  caseId: z.string(),
  phase: phaseSchema,
  speakerId: z.string().nullable(),
  talliesVisible: z.boolean(),
  /** When the current phase (round) started, for the round timer. */
  phaseStartedAt: timestampSchema.nullable(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

/** The two flip-over lists. */
export const listSchema = z.enum(['strengths', 'improvements']);
export type CardList = z.infer<typeof listSchema>;

/** Where someone stood on the lifeline: a good-help (green) or no-good-help (red) marker. */
export const markerRecordSchema = z.object({
  type: z.literal('marker'),
  id: z.string().startsWith('marker_'),
  caseId: z.string(),
  valence: z.enum(['good', 'bad']),
  participantId: z.string(),
  /** A point (end null) or a span on the lifeline. */
  start: isoDateSchema,
  end: isoDateSchema.nullable(),
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
  id: z.string().startsWith('card_'),
  caseId: z.string(),
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
  id: z.string().startsWith('sticker_'),
  caseId: z.string(),
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
  id: z.string().startsWith('change_'),
  caseId: z.string(),
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
