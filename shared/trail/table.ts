import type { CaseState, ChangeRecord, ItemSnapshot, Language } from '../model';
import { LOCALES } from '../i18n';
import { formatFuzzyDate, formatWhen } from '../time';
import { diffSnapshots, type TrailField } from './snapshot';

/** One field of a trail line: "Datum: 2011 → 2012". `before` is null for added, `after` for removed items. */
export interface TrailFieldLine {
  readonly field: TrailField;
  readonly label: string;
  readonly before: string | null;
  readonly after: string | null;
}

/** One line of the change trail as the console and the report show it. */
export interface TrailRow {
  readonly change: ChangeRecord;
  /** The item's title (its last title in this change). */
  readonly title: string;
  /** "toegevoegd", "gecorrigeerd", "verwijderd". */
  readonly action: string;
  /** What changed, field by field; for an added or removed item its whole content. */
  readonly fields: readonly TrailFieldLine[];
  /** Who raised it: "Ilse (ouder)", or null when nobody was chosen. */
  readonly raisedBy: string | null;
  /** False for records from before the trail kept its details (format version 1). */
  readonly detailed: boolean;
}

/** A field's value as text: dates as phrases, people as a list, '—' for nothing. */
export function fieldText(snapshot: ItemSnapshot, field: TrailField, lang: Language): string {
  const tr = LOCALES[lang];
  switch (field) {
    case 'start':
      return formatFuzzyDate(snapshot.start, lang);
    case 'end':
      return snapshot.shape === 'moment'
        ? '—'
        : snapshot.end
          ? formatFuzzyDate(snapshot.end, lang)
          : tr.item.ongoing;
    case 'title':
      return snapshot.title;
    case 'lane':
      return snapshot.lane || '—';
    case 'description':
      return snapshot.description.trim() || '—';
    case 'people':
      return snapshot.people.length ? snapshot.people.join(', ') : '—';
    case 'shape':
      return snapshot.shape === 'moment' ? tr.item.moment : tr.item.period;
    case 'kind':
      return tr.item.kinds[snapshot.kind];
  }
}

function fieldLabel(field: TrailField, shape: ItemSnapshot['shape'], lang: Language): string {
  const tr = LOCALES[lang];
  if (field === 'start') return shape === 'period' ? tr.item.startPeriod : tr.item.start;
  return {
    end: tr.item.end,
    title: tr.item.title,
    lane: tr.item.lane,
    description: tr.item.description,
    people: tr.item.people,
    shape: tr.item.shape,
    kind: tr.item.kind,
  }[field];
}

/** The whole content of an item, for an added or removed line: when, title, lane, people, description. */
function contentLines(snapshot: ItemSnapshot, lang: Language, side: 'before' | 'after'): TrailFieldLine[] {
  const when: TrailFieldLine = {
    field: 'start',
    label: LOCALES[lang].item.start,
    before: null,
    after: null,
    [side]: formatWhen(snapshot, lang),
  };
  const rest = (['title', 'lane', 'people', 'description'] as const)
    .filter((f) => f !== 'people' || snapshot.people.length > 0)
    .filter((f) => f !== 'description' || snapshot.description.trim() !== '')
    .map((field): TrailFieldLine => ({
      field,
      label: fieldLabel(field, snapshot.shape, lang),
      before: side === 'before' ? fieldText(snapshot, field, lang) : null,
      after: side === 'after' ? fieldText(snapshot, field, lang) : null,
    }));
  return [when, ...rest];
}

/** The change trail as rows, oldest first, in the case's (or the given) language. */
export function changeTrailRows(state: CaseState, lang: Language): TrailRow[] {
  const tr = LOCALES[lang];
  const people = new Map(state.participants.map((p) => [p.id, p]));
  return state.changes.map((change) => {
    const by = change.raisedBy ? people.get(change.raisedBy) : undefined;
    const raisedBy = by ? `${by.pseudonym} (${tr.session.roles[by.role]})` : null;
    const base = { change, action: tr.session.changeActions[change.action], raisedBy };
    const { before, after } = change;
    if (change.action === 'added' && after)
      return { ...base, title: after.title, fields: contentLines(after, lang, 'after'), detailed: true };
    if (change.action === 'removed' && before)
      return { ...base, title: before.title, fields: contentLines(before, lang, 'before'), detailed: true };
    if (change.action === 'corrected' && before && after) {
      const fields = diffSnapshots(before, after).map((field): TrailFieldLine => ({
        field,
        label: fieldLabel(field, after.shape, lang),
        before: fieldText(before, field, lang),
        after: fieldText(after, field, lang),
      }));
      return { ...base, title: after.title, fields, detailed: true };
    }
    return { ...base, title: change.title, fields: [], detailed: false };
  });
}
