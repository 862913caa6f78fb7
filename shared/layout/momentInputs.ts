import type { ItemRecord, LaneRecord, Language } from '../model';
import { dayToYmd, formatFuzzyDate, fuzzySpan } from '../time';
import type { MomentInput } from './momentLayout';

/**
 * The moments of a lifeline as the layout takes them, the same for the wall, the editor and the
 * report: each at the centre of its (fuzzy) date, titled, with its date as people say it in the
 * case's language ("voorjaar 2019") and, for help moments, the lane; marked when it was added or
 * corrected in the session.
 */
export function momentInputs(
  items: readonly ItemRecord[],
  lanes: readonly Pick<LaneRecord, 'id' | 'name' | 'kind'>[],
  lang: Language,
  x: (day: number) => number,
): MomentInput[] {
  const laneById = new Map(lanes.map((l) => [l.id, l]));
  const out: MomentInput[] = [];
  for (const mm of items) {
    if (mm.shape !== 'moment') continue;
    const lane = laneById.get(mm.laneId);
    const when = formatFuzzyDate(mm.start, lang);
    const centre = fuzzySpan(mm.start).centre;
    out.push({
      id: mm.id,
      x: x(centre),
      day: centre,
      title: mm.title,
      detail: lane && lane.kind === 'help' ? `${when} · ${lane.name}` : when,
      marked: mm.origin !== 'prepared',
    });
  }
  return out;
}

/** The years a group of moments covers: "2019" or "2019–2021". */
export function yearSpanLabel(fromDay: number, toDay: number): string {
  const a = dayToYmd(fromDay).year;
  const b = dayToYmd(toDay).year;
  return a === b ? String(a) : `${a}–${b}`;
}
