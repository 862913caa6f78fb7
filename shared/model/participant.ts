import { z } from 'zod';
import { idSchema } from './ids';
import { colourSchema, nameText } from './text';

export const roleSchema = z.enum([
  'ouder',
  'kindJongere',
  'grootouder',
  'pleegouder',
  'professional',
  'anders',
]);
export type Role = z.infer<typeof roleSchema>;
export type Perspective = 'family' | 'professional';

/** Perspective follows from the role; "anders" counts as family (an informal network member). */
export function perspectiveOf(role: Role): Perspective {
  return role === 'professional' ? 'professional' : 'family';
}

/** Someone taking part in the group interview. Pseudonym only, never a real name. */
export const participantRecordSchema = z.object({
  type: z.literal('participant'),
  id: idSchema('participant'),
  caseId: idSchema('case'),
  pseudonym: nameText,
  role: roleSchema,
  /** Only for professionals. */
  organisation: z.string().max(120),
  function: z.string().max(120),
  colour: colourSchema,
  order: z.number(),
});
export type ParticipantRecord = z.infer<typeof participantRecordSchema>;
