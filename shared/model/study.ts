import { z } from 'zod';
import { descriptionText, TEXT_LIMITS, timestampSchema, titleText } from './text';
import { languageSchema } from './case';
import { idSchema } from './ids';

/**
 * A study (onderzoek): a named group of cases in the library, with the overarching elements the
 * researchers draw from them. A case may belong to several studies; the study refers to its cases
 * by id and copies none of their text, so deleting a case deletes its text from every study.
 *
 * Study records live in the same store as case records and use the same command path (executor,
 * safety journal, undo history). Their `caseId` is the *scope* of the record, as it is for case
 * records: for a study record it is the study's own id, for an element the id of its study.
 */
export const studyRecordSchema = z
  .object({
    type: z.literal('study'),
    id: idSchema('study'),
    caseId: idSchema('study'),
    name: titleText,
    description: descriptionText,
    /** Language of the cross-case report (as a case's language is of its report). */
    language: languageSchema,
    /** Member cases in the order the study shows them. */
    caseIds: z.array(idSchema('case')).max(100),
    /** Suggestions (candidate overarching elements) the researchers set aside, by key. */
    dismissed: z.array(z.string().max(2000)).max(1000),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    /** Set when moved to the bin; purged for real after the undo window. */
    deletedAt: timestampSchema.nullable(),
  })
  .refine((s) => s.caseId === s.id, { message: 'a study is its own scope', path: ['caseId'] });
export type StudyRecord = z.infer<typeof studyRecordSchema>;

/** A main factor of one case, addressed across cases: the case and the analysis group. */
export const factorRefSchema = z.object({
  caseId: idSchema('case'),
  groupId: idSchema('group'),
});
export type FactorRef = z.infer<typeof factorRefSchema>;

/** A quote of one case (today a key-quote card; later a quote record of its own). */
export const quoteRefSchema = z.object({
  caseId: idSchema('case'),
  quoteId: z.string().max(64),
});
export type QuoteRef = z.infer<typeof quoteRefSchema>;

/** An overarching element (overstijgend werkzaam element) drafted across the cases of a study. */
export const elementRecordSchema = z.object({
  type: z.literal('element'),
  id: idSchema('element'),
  caseId: idSchema('study'),
  name: z.string().trim().min(1).max(TEXT_LIMITS.title),
  description: descriptionText,
  /** The main factors of the cases that support it. */
  support: z.array(factorRefSchema).max(300),
  quotes: z.array(quoteRefSchema).max(300),
  order: z.number(),
});
export type ElementRecord = z.infer<typeof elementRecordSchema>;

export const STUDY_RECORD_TYPES = ['study', 'element'] as const;
export type StudyRecordType = (typeof STUDY_RECORD_TYPES)[number];
export const isStudyRecordType = (type: string): type is StudyRecordType =>
  (STUDY_RECORD_TYPES as readonly string[]).includes(type);

export const isStudyId = (id: string) => id.startsWith('study_');
