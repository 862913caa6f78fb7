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
/**
 * Pictures a participant can carry next to their colour, for children (and adults) who do not
 * read well: drawn from built-in vector shapes (renderer/components/participantIcons.ts), never
 * from emoji fonts, which some machines lack.
 */
export const PARTICIPANT_ICONS = [
  'star',
  'heart',
  'sun',
  'moon',
  'flower',
  'tree',
  'house',
  'car',
  'ball',
  'fish',
  'cat',
  'rocket',
] as const;
export const participantIconSchema = z.enum(PARTICIPANT_ICONS);
export type ParticipantIcon = z.infer<typeof participantIconSchema>;

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
  /**
   * How the report and its quotes name this person: "vader", "pleegmoeder", "gezinsvoogd"…
   * Empty: follows from the function (professionals) or the role (displayRoleOf).
   */
  displayRole: z.string().trim().max(80).default(''),
  /** A professional's task for this family, for the report's "help involved". */
  task: z.string().max(500).default(''),
  colour: colourSchema,
  /** A picture next to the colour on the wall's chips, trays and badges (null: none). */
  icon: participantIconSchema.nullable(),
  order: z.number(),
});
export type ParticipantRecord = z.infer<typeof participantRecordSchema>;
