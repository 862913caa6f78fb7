import { z } from 'zod';
import { idSchema } from './ids';
import { colourSchema, nameText } from './text';

/** A horizontal band: family life, or one organisation / help provider. */
export const laneRecordSchema = z.object({
  type: z.literal('lane'),
  id: idSchema('lane'),
  caseId: idSchema('case'),
  kind: z.enum(['family', 'help']),
  name: nameText,
  colour: colourSchema,
  /** Sort key; lanes are drawn in ascending order. */
  order: z.number(),
});
export type LaneRecord = z.infer<typeof laneRecordSchema>;
