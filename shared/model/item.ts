import { z } from 'zod';
import { idSchema } from './ids';
import { fuzzyDateSchema } from './fuzzyDate';
import { descriptionText, titleText } from './text';

/** Where an item came from: prepared before the session, or added/corrected in it. */
export const itemOriginSchema = z.enum(['prepared', 'addedInSession', 'correctedInSession']);

/**
 * A moment (one point in time) or a period (from–to, e.g. when a help provider was active).
 * `end` null on a period means "still ongoing".
 */
export const itemRecordSchema = z.object({
  type: z.literal('item'),
  id: idSchema('item'),
  caseId: idSchema('case'),
  shape: z.enum(['moment', 'period']),
  kind: z.enum(['life', 'help']),
  title: titleText,
  description: descriptionText,
  start: fuzzyDateSchema,
  end: fuzzyDateSchema.nullable(),
  laneId: z.string(),
  /** Family member ids involved. */
  memberIds: z.array(z.string()).max(50),
  origin: itemOriginSchema,
});
export type ItemRecord = z.infer<typeof itemRecordSchema>;
