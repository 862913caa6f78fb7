import { z } from 'zod';

/** ISO calendar date `YYYY-MM-DD`. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/**
 * The axis's limits: the one place the editor, the `axis.update` command and the stored
 * schema take them from.
 */
export const AXIS_LIMITS = {
  /** Length of the paper lifeline in metres. */
  lengthMetres: { min: 0.5, max: 100 },
  /** Extra room a busy stretch gets when edited now: "4" or "2,5" times as much. */
  weight: { min: 1, max: 20 },
  /** What stored weights may be (files of older versions could also narrow a stretch). */
  storedWeight: { min: 0.05, max: 100 },
  /** Stretches with their own weight. */
  segments: 50,
} as const;

/**
 * A stretch of time that gets `weight` times the room per day it would get at weight 1,
 * so a crowded recent year can get more room than a quiet decade.
 */
export const axisSegmentSchema = z.object({
  start: isoDateSchema,
  end: isoDateSchema,
  weight: z.number().min(AXIS_LIMITS.storedWeight.min).max(AXIS_LIMITS.storedWeight.max),
});
export type AxisSegment = z.infer<typeof axisSegmentSchema>;

export const axisSchema = z.object({
  start: isoDateSchema,
  end: isoDateSchema,
  /** Physical length of the paper lifeline, default 10 m. */
  lengthMetres: z.number().min(AXIS_LIMITS.lengthMetres.min).max(AXIS_LIMITS.lengthMetres.max),
  scale: z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('proportional') }),
    z.object({ mode: z.literal('segments'), segments: z.array(axisSegmentSchema).max(AXIS_LIMITS.segments) }),
  ]),
});
export type Axis = z.infer<typeof axisSchema>;

/** An axis as it may be set now (`axis.update`): weights within the editor's range. */
export const axisEditSchema = axisSchema.refine(
  (a) =>
    a.scale.mode === 'proportional' ||
    a.scale.segments.every((s) => s.weight >= AXIS_LIMITS.weight.min && s.weight <= AXIS_LIMITS.weight.max),
  { message: `weight: ${AXIS_LIMITS.weight.min}–${AXIS_LIMITS.weight.max}`, path: ['scale'] },
);

/**
 * Why an axis cannot be set (an i18n refusal key), or null: it must end after it starts, and
 * no stretch may end before it starts.
 */
export function axisProblem(axis: Axis): 'refusal.axisEndBeforeStart' | 'refusal.endBeforeStart' | null {
  if (axis.end <= axis.start) return 'refusal.axisEndBeforeStart';
  if (axis.scale.mode === 'segments' && axis.scale.segments.some((s) => s.end < s.start))
    return 'refusal.endBeforeStart';
  return null;
}

export const DEFAULT_AXIS_LENGTH_METRES = 10;
