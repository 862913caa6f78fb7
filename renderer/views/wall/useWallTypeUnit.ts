import { DEFAULT_READING_DISTANCE, isReadingDistance, wallTypeUnit } from '@shared/layout';
import { usePref } from '../../db/hooks';

/**
 * The wall's type unit for this window: its size and the reading distance chosen on the console
 * (a device preference, so a wall in another window follows a change live).
 */
export function useWallTypeUnit(width: number, height: number): number {
  const stored = usePref('wallReadingDistance');
  return wallTypeUnit(width, height, isReadingDistance(stored) ? stored : DEFAULT_READING_DISTANCE);
}
