import type { Language } from '../model/case';
import type { AxisScale } from '../axis/scale';
import { dayToYmd, monthStart, yearStart, type DayNumber } from '../time/day';
import { monthName } from '../time/fuzzy';

/** Tick steps from coarse to fine; the finest one whose labels keep `minLabelPx` apart is used. */
export type TickStep = 'decade' | 'fiveYears' | 'year' | 'quarter' | 'month';

export interface Tick {
  readonly day: DayNumber;
  readonly metres: number;
  readonly label: string;
  /** Year boundaries are major ticks. */
  readonly major: boolean;
}

const STEP_MONTHS: Record<TickStep, number> = { decade: 120, fiveYears: 60, year: 12, quarter: 3, month: 1 };

/** The finest step whose smallest interval (at the densest part of the axis shown) is wide enough. */
export function chooseTickStep(pxPerDayMin: number, minLabelPx: number): TickStep {
  const steps: TickStep[] = ['month', 'quarter', 'year', 'fiveYears', 'decade'];
  for (const s of steps) if (STEP_MONTHS[s] * 28 * pxPerDayMin >= minLabelPx) return s;
  return 'decade';
}

/** Ticks between two days at a step; labels are years at year starts, short month names within a year. */
export function ticksBetween(
  scale: AxisScale,
  fromDay: DayNumber,
  toDay: DayNumber,
  step: TickStep,
  lang: Language,
): Tick[] {
  const from = dayToYmd(Math.max(fromDay, scale.startDay));
  const lastDay = Math.min(toDay, scale.endDay);
  const ticks: Tick[] = [];
  const months = STEP_MONTHS[step];
  let year = from.year;
  let month = 1;
  if (months >= 12) {
    const years = months / 12;
    year = Math.floor(from.year / years) * years;
  } else {
    month = Math.floor((from.month - 1) / months) * months + 1;
  }
  for (let guard = 0; guard < 5000; guard++) {
    const day = month === 1 ? yearStart(year) : monthStart(year, month);
    if (day > lastDay) break;
    if (day >= Math.max(fromDay, scale.startDay)) {
      ticks.push({
        day,
        metres: scale.toMetres(day),
        label: month === 1 ? String(year) : monthName(month, lang, true),
        major: month === 1,
      });
    }
    month += months;
    while (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  return ticks;
}
