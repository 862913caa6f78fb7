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

/** A family member on the lifeline, so ages can be shown ("Sam 12"). Pseudonym only. */
export const memberRecordSchema = z.object({
  type: z.literal('member'),
  id: idSchema('member'),
  caseId: idSchema('case'),
  pseudonym: nameText,
  relation: relationSchema,
  birthYear: z.number().int().min(1900).max(2200).nullable(),
  order: z.number(),
});
export type MemberRecord = z.infer<typeof memberRecordSchema>;
