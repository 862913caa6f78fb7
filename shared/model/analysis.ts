import { z } from 'zod';
import { idSchema } from './ids';
import { listSchema } from './session';
import { descriptionText, TEXT_LIMITS } from './text';

/**
 * The researchers' analysis of a case (one record per case): clusters of cards (main factors),
 * the success statement, recommendations, key quotes and codes. Cards stay where they are;
 * groups only list their ids, so votes and origins follow automatically.
 */
export const analysisGroupSchema = z.object({
  id: idSchema('group'),
  list: listSchema,
  name: z.string().trim().max(TEXT_LIMITS.title),
  cardIds: z.array(z.string()).max(500),
});
export type AnalysisGroup = z.infer<typeof analysisGroupSchema>;

export const analysisRecordSchema = z.object({
  type: z.literal('analysis'),
  id: idSchema('analysis'),
  caseId: idSchema('case'),
  successStatement: descriptionText,
  /** Groups in the order of the findings tree (main factors first). */
  groups: z.array(analysisGroupSchema).max(200),
  recommendations: z.array(z.string().trim().min(1).max(TEXT_LIMITS.description)).max(100),
  quoteCardIds: z.array(z.string()).max(500),
  /** Codes per card id (built-in `book.n` ids or custom `custom.x`). */
  codes: z.record(z.string(), z.array(z.string().max(80)).max(30)),
  /** What participants said in the follow-up meeting (nabespreking), added to the report. */
  followUpNotes: descriptionText,
  /** The researchers / facilitators as they appear on the report's cover and as its author. */
  facilitators: z.string().trim().max(TEXT_LIMITS.title),
  /** Paper size of the printed report. */
  paper: z.enum(['A4', 'A3']),
  /** The wall shows the findings tree instead of the session (for the follow-up meeting). */
  showOnWall: z.boolean(),
  customCodes: z
    .array(
      z.object({
        id: z.string().startsWith('custom.').max(80),
        nl: z.string().trim().min(1).max(80),
        en: z.string().trim().min(1).max(80),
      }),
    )
    .max(200),
});
export type AnalysisRecord = z.infer<typeof analysisRecordSchema>;
