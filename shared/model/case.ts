import { z } from 'zod';
import { idSchema } from './ids';
import { axisSchema } from './axis';
import { descriptionText, timestampSchema, titleText } from './text';

export const languageSchema = z.enum(['nl', 'en']);
export type Language = z.infer<typeof languageSchema>;

/** Settings of one case's session (voting rules etc.); device prefs live elsewhere. */
export const caseSettingsSchema = z.object({
  stickerBudget: z.object({
    strengths: z.number().int().min(0).max(20),
    improvements: z.number().int().min(0).max(20),
  }),
  maxOneStickerPerCard: z.boolean(),
  stickerStyle: z.enum(['participantColour', 'neutral']),
  showAges: z.boolean(),
});
export type CaseSettings = z.infer<typeof caseSettingsSchema>;

export const DEFAULT_CASE_SETTINGS: CaseSettings = {
  stickerBudget: { strengths: 3, improvements: 3 },
  maxOneStickerPerCard: false,
  stickerStyle: 'participantColour',
  showAges: true,
};

/** The case itself; `caseId` equals `id` so every record of a case shares one index. */
export const caseRecordSchema = z.object({
  type: z.literal('case'),
  id: idSchema('case'),
  caseId: idSchema('case'),
  /** Pseudonymous title, e.g. "Gezin Zeeland". Never a real name. */
  title: titleText,
  familyDescription: descriptionText,
  language: languageSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  axis: axisSchema,
  settings: caseSettingsSchema,
  /** Set when moved to the bin; purged for real after the undo window. */
  deletedAt: timestampSchema.nullable(),
});
export type CaseRecord = z.infer<typeof caseRecordSchema>;
