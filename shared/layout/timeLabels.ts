import type { Language } from '../model/case';
import { monthName, seasonName } from '../time/fuzzy';
import { monthStart, yearStart, type DayNumber } from '../time/day';
import { pickLabels, thinningStep, type LabelCandidate } from './labels';
import type { TextMeasure } from './textMeasure';

/**
 * Time along the line: a tick at every year (and at months or seasons where there is room) and
 * labels that never overlap. A year wide enough for its label always has it, centred in the year;
 * narrow years are labelled every 2, 5 or 10 years, chosen from the width of the years around
 * them, so a magnified (busy) stretch is labelled year by year while a quiet one is thinned.
 * Years wide enough get their months ("mrt") or, failing that, their seasons ("voorjaar") with
 * the year label at the year's start. Pure: positions come from `x(day)`.
 */
export interface TimeTick {
  readonly x: number;
  readonly major: boolean;
}

export interface TimeLabel {
  /** Centre of the text (align 'centre') or its left edge (align 'start'). */
  readonly x: number;
  readonly text: string;
  readonly kind: 'year' | 'month' | 'season';
  readonly align: 'centre' | 'start';
}

export interface TimeLabelOptions {
  /** Screen x (px) of a day. Must increase with the day. */
  readonly x: (day: DayNumber) => number;
  readonly fromYear: number;
  readonly toYear: number;
  readonly lang: Language;
  readonly measure: TextMeasure;
  /** Font sizes of year labels and of month/season labels. */
  readonly yearPx: number;
  readonly subPx: number;
  /** Space kept around each label. */
  readonly pad: number;
}

export interface TimeScale {
  readonly ticks: TimeTick[];
  readonly labels: TimeLabel[];
  /** What the years between fromYear and toYear got: their months, their seasons, or nothing. */
  readonly detail: ReadonlyMap<number, 'months' | 'seasons' | 'none'>;
}

const SEASON_STARTS: readonly { month: number; season: 'spring' | 'summer' | 'autumn' | 'winter' }[] = [
  { month: 3, season: 'spring' },
  { month: 6, season: 'summer' },
  { month: 9, season: 'autumn' },
  { month: 12, season: 'winter' },
];

export function timeScale(opts: TimeLabelOptions): TimeScale {
  const { x, lang, measure, yearPx, subPx, pad } = opts;
  const ticks: TimeTick[] = [];
  const candidates: (LabelCandidate & { label: TimeLabel })[] = [];
  const detail = new Map<number, 'months' | 'seasons' | 'none'>();
  const yearWidth = (y: number) => x(yearStart(y + 1)) - x(yearStart(y));
  const textW = (text: string, px: number, bold: boolean) => measure(text, px, bold);
  const monthW = Math.max(
    ...Array.from({ length: 12 }, (_, i) => textW(monthName(i + 1, lang, true), subPx, false)),
  );
  const seasonW = Math.max(...SEASON_STARTS.map((s) => textW(seasonName(s.season, lang), subPx, false)));

  for (let y = opts.fromYear; y <= opts.toYear + 1; y++) ticks.push({ x: x(yearStart(y)), major: true });
  // Every year is judged by the widest year label, so digits of other widths ("2011", "2008")
  // never make neighbouring years of the same width come out differently.
  let yearW = 0;
  for (let y = opts.fromYear; y <= opts.toYear; y++) yearW = Math.max(yearW, textW(String(y), yearPx, true));

  for (let y = opts.fromYear; y <= opts.toYear; y++) {
    const x0 = x(yearStart(y));
    const width = yearWidth(y);
    const text = String(y);
    const w = textW(text, yearPx, true);
    const need = yearW + pad * 2;
    let kind: 'months' | 'seasons' | 'none' = 'none';
    if (width >= 12 * (monthW + pad * 2) && width >= need + 11 * (monthW + pad * 2)) kind = 'months';
    else if (width >= 4 * (seasonW + pad * 2) + need) kind = 'seasons';
    detail.set(y, kind);
    if (kind !== 'none') {
      // The year at its start, its months or seasons after it.
      candidates.push({
        x: x0 + pad,
        width: w,
        priority: 4,
        label: { x: x0 + pad, text, kind: 'year', align: 'start' },
      });
      // the months (or seasons: winter runs into the next year, its label sits in December–February)
      const parts =
        kind === 'months'
          ? Array.from({ length: 12 }, (_, i) => ({
              from: monthStart(y, i + 1),
              to: i === 11 ? yearStart(y + 1) : monthStart(y, i + 2),
              text: monthName(i + 1, lang, true),
              kind: 'month' as const,
              tick: i > 0,
            }))
          : SEASON_STARTS.map((se) => ({
              from: monthStart(y, se.month),
              to: se.month === 12 ? monthStart(y + 1, 3) : monthStart(y, se.month + 3),
              text: seasonName(se.season, lang),
              kind: 'season' as const,
              tick: true,
            }));
      for (const part of parts) {
        const a = x(part.from);
        const b = x(part.to);
        if (part.tick) ticks.push({ x: a, major: false });
        const tw = textW(part.text, subPx, false);
        candidates.push({
          x: (a + b) / 2 - tw / 2,
          width: tw,
          priority: 1,
          label: { x: (a + b) / 2, text: part.text, kind: part.kind, align: 'centre' },
        });
      }
      continue;
    }
    const centre = x0 + width / 2;
    if (width >= need) {
      // Wide enough for its own label: always labelled, inside its own year.
      candidates.push({
        x: centre - w / 2,
        width: w,
        priority: 4,
        label: { x: centre, text, kind: 'year', align: 'centre' },
      });
      continue;
    }
    // A narrow year: labelled every `step` years, the step from the width of this year.
    const step = thinningStep(width, need);
    if (y % step !== 0) continue;
    candidates.push({
      x: centre - w / 2,
      width: w,
      priority: y % 10 === 0 ? 3 : y % 5 === 0 ? 2.5 : 2,
      label: { x: centre, text, kind: 'year', align: 'centre' },
    });
  }
  const kept = pickLabels(candidates, pad * 2);
  return {
    ticks: ticks.sort((a, b) => a.x - b.x),
    labels: kept.map((i) => candidates[i]!.label),
    detail,
  };
}

/**
 * Age labels of one family member, at the middle of the years: every year where a year is wide
 * enough, else every 2, 5 or 10 years; never overlapping. `ageAt(day)` is the age on a day
 * (negative before birth: not labelled).
 */
export function ageLabels(opts: {
  readonly x: (day: DayNumber) => number;
  readonly fromYear: number;
  readonly toYear: number;
  readonly ageAt: (day: DayNumber) => number;
  readonly measure: TextMeasure;
  readonly px: number;
  readonly pad: number;
}): { x: number; text: string }[] {
  const candidates: (LabelCandidate & { text: string; centre: number })[] = [];
  for (let y = opts.fromYear; y <= opts.toYear; y++) {
    const mid = yearStart(y) + 182;
    const age = opts.ageAt(mid);
    if (age < 0) continue;
    const width = opts.x(yearStart(y + 1)) - opts.x(yearStart(y));
    const text = String(age);
    const w = opts.measure(text, opts.px, false);
    const step = thinningStep(width, w + opts.pad * 2);
    if (age % step !== 0) continue;
    const centre = opts.x(mid);
    candidates.push({ x: centre - w / 2, width: w, priority: 1 / step, text, centre });
  }
  return pickLabels(candidates, opts.pad * 2)
    .sort((a, b) => candidates[a]!.x - candidates[b]!.x)
    .map((i) => ({ x: candidates[i]!.centre, text: candidates[i]!.text }));
}
