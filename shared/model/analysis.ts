import { z } from 'zod';
import { isoDateSchema } from './axis';
import { idSchema } from './ids';
import { listSchema } from './session';
import { descriptionText, TEXT_LIMITS, timestampSchema } from './text';

/**
 * The researchers' analysis of a case (one record per case): clusters of cards (main factors),
 * the success statement, recommendations, codes and the report's settings and texts. Cards stay
 * where they are; groups only list their ids, so votes and origins follow automatically. A card
 * may support more than one main factor of its list.
 */
export const analysisGroupSchema = z.object({
  id: idSchema('group'),
  list: listSchema,
  name: z.string().trim().max(TEXT_LIMITS.title),
  /** The explanatory paragraph the report prints under the main factor. */
  description: descriptionText.default(''),
  cardIds: z.array(z.string()).max(500),
});
export type AnalysisGroup = z.infer<typeof analysisGroupSchema>;

/** Whom a recommendation or message is for; the report groups them by audience. */
export const AUDIENCES = ['professionals', 'organisations', 'policy', 'research'] as const;
export const audienceSchema = z.enum(AUDIENCES);
export type Audience = z.infer<typeof audienceSchema>;

export const recommendationSchema = z.object({
  audience: audienceSchema,
  text: z.string().trim().min(1).max(TEXT_LIMITS.description),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

/**
 * The report's sections in print order. Each can be switched off; its text (null: generated
 * from the case) can be rewritten by the researchers. For sections built from data (tables,
 * lists, the tree) the text is the introduction above them.
 */
export const REPORT_SECTION_IDS = [
  'summary',
  'reason',
  'method',
  'consent',
  'story',
  'help',
  'results',
  'perspectives',
  'ranking',
  'recommendations',
  'reflection',
  'limitations',
  'appendixLifeline',
  'appendixMarkers',
  'appendixCorrections',
  'appendixCards',
] as const;
export const reportSectionIdSchema = z.enum(REPORT_SECTION_IDS);
export type ReportSectionId = z.infer<typeof reportSectionIdSchema>;

export const reportSectionSchema = z.object({
  on: z.boolean(),
  text: z.string().max(TEXT_LIMITS.sectionText).nullable(),
});
export type ReportSectionSettings = z.infer<typeof reportSectionSchema>;

export const reportSettingsSchema = z.object({
  /** The day of the group interview (null: the day the session's first marker was placed). */
  sessionDate: isoDateSchema.nullable(),
  sessionPlace: z.string().trim().max(TEXT_LIMITS.title),
  /** The research period as researchers name it ("januari – juni 2025"); empty: derived. */
  period: z.string().trim().max(TEXT_LIMITS.title),
  /** Only sections the researchers changed are listed; the others are on and generated. */
  sections: z.partialRecord(reportSectionIdSchema, reportSectionSchema),
});
export type ReportSettings = z.infer<typeof reportSettingsSchema>;

export const DEFAULT_REPORT_SETTINGS: ReportSettings = {
  sessionDate: null,
  sessionPlace: '',
  period: '',
  sections: {},
};

export const analysisRecordSchema = z.object({
  type: z.literal('analysis'),
  id: idSchema('analysis'),
  caseId: idSchema('case'),
  successStatement: descriptionText,
  /** Groups in the order of the findings tree (main factors first). */
  groups: z.array(analysisGroupSchema).max(200),
  recommendations: z.array(recommendationSchema).max(200),
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
  /**
   * When the case report was last saved as PDF (shown in the study view as "report made").
   * Optional, so files of every version read and write it without a format step.
   */
  reportedAt: timestampSchema.nullable().optional(),
  customCodes: z
    .array(
      z.object({
        id: z.string().startsWith('custom.').max(80),
        nl: z.string().trim().min(1).max(80),
        en: z.string().trim().min(1).max(80),
      }),
    )
    .max(200),
  report: reportSettingsSchema.default(DEFAULT_REPORT_SETTINGS),
});
export type AnalysisRecord = z.infer<typeof analysisRecordSchema>;

/**
 * A quote (citaat) as the report prints it: what was said, by whom (labelled by display role),
 * optionally where (a card or a marker), and which main factors it illustrates (of either
 * list). Quotes are not cards: they never get stickers and never enter the ranking.
 */
export const quoteRecordSchema = z.object({
  type: z.literal('quote'),
  id: idSchema('quote'),
  caseId: idSchema('case'),
  text: z.string().trim().min(1).max(TEXT_LIMITS.description),
  /** Who said it (null: the group). */
  participantId: z.string().nullable(),
  cardId: z.string().nullable(),
  markerId: z.string().nullable(),
  groupIds: z.array(z.string()).max(50),
  createdAt: timestampSchema,
});
export type QuoteRecord = z.infer<typeof quoteRecordSchema>;
