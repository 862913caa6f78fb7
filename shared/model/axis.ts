import { z } from 'zod';

/** ISO calendar date `YYYY-MM-DD`. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/**
 * A stretch of time that gets `weight` times the room per day it would get at weight 1,
 * so a crowded recent year can get more room than a quiet decade.
 */
export const axisSegmentSchema = z.object({
  start: isoDateSchema,
  end: isoDateSchema,
  weight: z.number().min(0.05).max(100),
});
export type AxisSegment = z.infer<typeof axisSegmentSchema>;

export const axisSchema = z.object({
  start: isoDateSchema,
  end: isoDateSchema,
  /** Physical length of the paper lifeline, default 10 m. */
  lengthMetres: z.number().min(0.5).max(100),
  scale: z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('proportional') }),
    z.object({ mode: z.literal('segments'), segments: z.array(axisSegmentSchema).max(50) }),
  ]),
});
export type Axis = z.infer<typeof axisSchema>;

export const DEFAULT_AXIS_LENGTH_METRES = 10;
