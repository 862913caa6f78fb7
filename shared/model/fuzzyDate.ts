import { z } from 'zod';

/**
 * A date as people remember it: exact to the day, a month, a season ("voorjaar 2019"),
 * a year, or approximate ("rond 2005", ± n years). Maths on it lives in shared/time.
 */
export const seasonSchema = z.enum(['winter', 'spring', 'summer', 'autumn']);
export type Season = z.infer<typeof seasonSchema>;

const year = z.number().int().min(1800).max(2200);

export const fuzzyDateSchema = z.discriminatedUnion('precision', [
  z.object({
    precision: z.literal('day'),
    year,
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
  }),
  z.object({ precision: z.literal('month'), year, month: z.number().int().min(1).max(12) }),
  z.object({ precision: z.literal('season'), year, season: seasonSchema }),
  z.object({ precision: z.literal('year'), year }),
  z.object({ precision: z.literal('approx'), year, plusMinusYears: z.number().int().min(1).max(20) }),
]);
export type FuzzyDate = z.infer<typeof fuzzyDateSchema>;
export type DatePrecision = FuzzyDate['precision'];

/**
 * How precisely a point on the line is meant when only a day is stored (session markers): a
 * marker tapped at a zoom where one finger covers months means "that year", not that day.
 */
export const pointPrecisionSchema = z.enum(['day', 'month', 'season', 'year']);
export type PointPrecision = z.infer<typeof pointPrecisionSchema>;
