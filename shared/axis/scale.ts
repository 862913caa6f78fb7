import type { Axis } from '../model/axis';
import { isoToDay, type DayNumber } from '../time/day';

/**
 * Maps days to metres along the lifeline and back. Proportional: every day gets the same room.
 * Segments: each segment's days get `weight` times the room of an uncovered day, so a crowded
 * year can be wider than a quiet decade. The map is piecewise linear and strictly increasing.
 */
export interface AxisScale {
  readonly startDay: DayNumber;
  readonly endDay: DayNumber;
  readonly lengthMetres: number;
  /** Metres from the start of the lifeline; clamps outside the axis span linearly (extrapolates). */
  toMetres(day: DayNumber): number;
  toDay(metres: number): DayNumber;
  /** Metres per day at a day (for sizes of ranges and fades). */
  densityAt(day: DayNumber): number;
}

interface Knot {
  day: number;
  m: number;
}

/** Day ranges with weights covering [start, end] without gaps or overlaps (later segments win). */
export function weightedRanges(axis: Axis): { start: number; end: number; weight: number }[] {
  const start = isoToDay(axis.start);
  const end = Math.max(start + 1, isoToDay(axis.end));
  if (axis.scale.mode === 'proportional') return [{ start, end, weight: 1 }];
  // Cut points from all segment borders, then each piece takes the weight of the last segment covering it.
  const segs = axis.scale.segments
    .map((s) => ({ start: isoToDay(s.start), end: isoToDay(s.end) + 1, weight: s.weight }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([start, end]);
  for (const s of segs) {
    if (s.start > start && s.start < end) cuts.add(s.start);
    if (s.end > start && s.end < end) cuts.add(s.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: { start: number; end: number; weight: number }[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    let weight = 1;
    for (const s of segs) if (s.start <= a && s.end >= b) weight = s.weight;
    const last = out[out.length - 1];
    if (last && last.weight === weight) last.end = b;
    else out.push({ start: a, end: b, weight });
  }
  return out;
}

export function createAxisScale(axis: Axis): AxisScale {
  const ranges = weightedRanges(axis);
  const totalWeighted = ranges.reduce((sum, r) => sum + (r.end - r.start) * r.weight, 0);
  const perUnit = axis.lengthMetres / totalWeighted;
  const knots: Knot[] = [];
  let m = 0;
  for (const r of ranges) {
    knots.push({ day: r.start, m });
    m += (r.end - r.start) * r.weight * perUnit;
  }
  const last = ranges[ranges.length - 1]!;
  knots.push({ day: last.end, m: axis.lengthMetres });
  const first = ranges[0]!;
  const edgeStart = first.weight * perUnit;
  const edgeEnd = last.weight * perUnit;

  const toMetres = (day: number): number => {
    if (day <= knots[0]!.day) return (day - knots[0]!.day) * edgeStart;
    const k1 = knots[knots.length - 1]!;
    if (day >= k1.day) return k1.m + (day - k1.day) * edgeEnd;
    let lo = 0;
    let hi = knots.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (knots[mid]!.day <= day) lo = mid;
      else hi = mid;
    }
    const a = knots[lo]!;
    const b = knots[hi]!;
    return a.m + ((day - a.day) / (b.day - a.day)) * (b.m - a.m);
  };

  const toDay = (metres: number): number => {
    if (metres <= 0) return knots[0]!.day + metres / edgeStart;
    const k1 = knots[knots.length - 1]!;
    if (metres >= k1.m) return k1.day + (metres - k1.m) / edgeEnd;
    let lo = 0;
    let hi = knots.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (knots[mid]!.m <= metres) lo = mid;
      else hi = mid;
    }
    const a = knots[lo]!;
    const b = knots[hi]!;
    return a.day + ((metres - a.m) / (b.m - a.m)) * (b.day - a.day);
  };

  const densityAt = (day: number): number => {
    for (const r of ranges) if (day >= r.start && day < r.end) return r.weight * perUnit;
    return day < first.start ? edgeStart : edgeEnd;
  };

  return {
    startDay: first.start,
    endDay: last.end,
    lengthMetres: axis.lengthMetres,
    toMetres,
    toDay,
    densityAt,
  };
}
