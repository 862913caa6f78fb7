import { z } from 'zod';
import { idSchema } from './ids';
import { nameText } from './text';

export const relationSchema = z.enum([
  'vader',
  'moeder',
  'ouder',
  'kind',
  'stiefouder',
  'pleegouder',
  'grootouder',
  'broerZus',
  'anders',
]);
export type Relation = z.infer<typeof relationSchema>;

/** The years a family member's birth year may be: the one range the editor, commands and files use. */
export const BIRTH_YEAR_RANGE = { min: 1900, max: 2200 } as const;

export const birthYearSchema = z.number().int().min(BIRTH_YEAR_RANGE.min).max(BIRTH_YEAR_RANGE.max);

/** A birth year as typed: null when left empty (unknown), undefined when it is not a year in range. */
export function readBirthYear(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{4}$/.test(trimmed)) return undefined;
  const year = Number(trimmed);
  return birthYearSchema.safeParse(year).success ? year : undefined;
}

/** A family member on the lifeline, so ages can be shown ("Sam 12"). Pseudonym only. */
export const memberRecordSchema = z.object({
  type: z.literal('member'),
  id: idSchema('member'),
  caseId: idSchema('case'),
  pseudonym: nameText,
  relation: relationSchema,
  birthYear: birthYearSchema.nullable(),
  order: z.number(),
});
export type MemberRecord = z.infer<typeof memberRecordSchema>;
