/**
 * Type sizes of the wall, for reading from where people stand. Sizes are CSS px at type unit 1:
 * a 1920×1080 wall read from 4 m (a projector). The unit grows with the screen (3840×2160 CSS px
 * is 2: the same physical size as 1080p on a screen of the same size) and with the reading
 * distance, and never drops below 1, so no wall text is ever under 20 CSS px.
 */
export const READING_DISTANCES = [2, 4, 6] as const;
export type ReadingDistance = (typeof READING_DISTANCES)[number];
export const DEFAULT_READING_DISTANCE: ReadingDistance = 4;

/** Type scale per reading distance, relative to 4 m (a 2 m touch screen only shrinks on large screens). */
const DISTANCE_SCALE: Record<ReadingDistance, number> = { 2: 0.85, 4: 1, 6: 1.3 };

export function isReadingDistance(value: unknown): value is ReadingDistance {
  return (READING_DISTANCES as readonly unknown[]).includes(value);
}

/** How much larger than a 1920×1080 screen this one is (CSS px), by its smaller side. */
export function screenUnit(width: number, height: number): number {
  if (width <= 0 || height <= 0) return 1;
  return Math.min(3, Math.min(width / 1920, height / 1080));
}

/** The wall's type unit on a screen of this size at this reading distance; at least 1. */
export function wallTypeUnit(width: number, height: number, distance: ReadingDistance): number {
  return Math.max(1, Math.round(screenUnit(width, height) * DISTANCE_SCALE[distance] * 100) / 100);
}

/** Font sizes (CSS px) at type unit 1. The smallest is 20: nothing on the wall is drawn smaller. */
export const WALL_TYPE = {
  /** Moment titles on the line. */
  title: 24,
  /** Dates, lane names, period labels, ages, badges, sub-labels of time (months, seasons). */
  text: 20,
  /** Year labels on the line. */
  year: 22,
  /** The count of a group of moments ("+3"). */
  group: 24,
} as const;

export const MIN_WALL_TEXT_PX = 20;
