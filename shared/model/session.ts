import { z } from 'zod';
import { idSchema } from './ids';
import { isoDateSchema } from './axis';
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
  id: idSchema('session'),
  caseId: idSchema('case'),
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
  id: idSchema('marker'),
  caseId: idSchema('case'),
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

/** The change trail of phase 1: what was added, corrected or removed on the lifeline in the session. */
export const changeRecordSchema = z.object({
  type: z.literal('change'),
  id: idSchema('change'),
  caseId: idSchema('case'),
  itemId: z.string(),
  action: z.enum(['added', 'corrected', 'removed']),
  /** The item's title at the time (a removed item is gone). */
  title: z.string().max(TEXT_LIMITS.title),
  at: timestampSchema,
});
export type ChangeRecord = z.infer<typeof changeRecordSchema>;
