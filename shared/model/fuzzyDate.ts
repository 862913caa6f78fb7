import { z } from 'zod';

/**
 * A date as people remember it: exact to the day, a month (or about a month: "rond februari
 * 2019"), a season ("voorjaar 2019"), a year (or part of one: "eind 2018"), or approximate
 * ("rond 2005", ± n years). Maths on it and the phrases people write live in shared/time
 * (docs/DATES.md has the table).
 */
/**
 * Meteorological seasons. "winter 2018" is the winter whose January lies in 2018: December 2017
 * to February 2018 (how Dutch researchers write it, and KNMI's naming; docs/DATES.md).
 */
export const seasonSchema = z.enum(['winter', 'spring', 'summer', 'autumn']);
export type Season = z.infer<typeof seasonSchema>;

export const yearPartSchema = z.enum(['begin', 'middle', 'end']);
export type YearPart = z.infer<typeof yearPartSchema>;

/** The years a remembered date may name: the one range for the date fields, the phrase reader and files. */
export const DATE_YEAR_RANGE = { min: 1800, max: 2200 } as const;

const year = z.number().int().min(DATE_YEAR_RANGE.min).max(DATE_YEAR_RANGE.max);

/** "2005 ± 3": how many years either side an approximate date may mean. */
export const PLUS_MINUS_YEARS = { min: 1, max: 20 } as const;

export const fuzzyDateSchema = z.discriminatedUnion('precision', [
  z.object({
    precision: z.literal('day'),
    year,
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
  }),
  z.object({
    precision: z.literal('month'),
    year,
    month: z.number().int().min(1).max(12),
    /** "rond februari 2019": the month before and after are possible too. */
    approx: z.literal(true).optional(),
  }),
  z.object({ precision: z.literal('season'), year, season: seasonSchema }),
  z.object({
    precision: z.literal('year'),
    year,
    /** "begin 2019" (January–April), "midden 2019" (May–August), "eind 2018" (September–December). */
    part: yearPartSchema.optional(),
  }),
  z.object({
    precision: z.literal('approx'),
    year,
    plusMinusYears: z.number().int().min(PLUS_MINUS_YEARS.min).max(PLUS_MINUS_YEARS.max),
  }),
]);
export type FuzzyDate = z.infer<typeof fuzzyDateSchema>;
export type DatePrecision = FuzzyDate['precision'];

/**
 * How precisely a point on the line is meant when only a day is stored (session markers): a
 * marker tapped at a zoom where one finger covers months means "that year", not that day.
 */
export const pointPrecisionSchema = z.enum(['day', 'month', 'season', 'year']);
export type PointPrecision = z.infer<typeof pointPrecisionSchema>;
