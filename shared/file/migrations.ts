import { DEFAULT_CASE_SETTINGS } from '../model/case';

/**
 * Upgrades of the case file, one per format version: `MIGRATIONS[n]` turns a version-n document
 * into version n+1. Documents are plain JSON here (validated only after the last step).
 * Version 0 was the pre-release format: parallel arrays, exact `date` or `year` on items, no
 * origins, no participants, no session settings.
 */
type Json = Record<string, unknown>;

export const MIGRATIONS: Readonly<Record<number, (doc: Json) => Json>> = {
  0: (doc) => {
    const c = (doc.case ?? {}) as Json;
    const caseId = String(c.id ?? '');
    const withCase = (r: unknown, type: string): Json => ({ ...(r as Json), type, caseId });
    const items = asArray(doc.items).map((raw) => {
      const { date, year, endDate, endYear, ...rest } = raw as Json;
      return {
        ...withCase(rest, 'item'),
        start: toFuzzy(date, year),
        end: endDate !== undefined || endYear !== undefined ? toFuzzy(endDate, endYear) : null,
        origin: 'prepared',
        memberIds: (rest.memberIds as unknown) ?? [],
      };
    });
    return {
      format: doc.format,
      formatVersion: 1,
      exportedAt: doc.exportedAt ?? new Date(0).toISOString(),
      app: doc.app ?? { name: 'Levenslijn', version: '0.0.0' },
      records: [
        { ...c, type: 'case', caseId, settings: c.settings ?? DEFAULT_CASE_SETTINGS, deletedAt: null },
        ...asArray(doc.lanes).map((l) => withCase(l, 'lane')),
        ...asArray(doc.members).map((m) => withCase(m, 'member')),
        ...items,
      ],
    };
  },
};

function asArray(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

function toFuzzy(date: unknown, year: unknown): unknown {
  if (typeof date === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (m) return { precision: 'day', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  }
  if (typeof year === 'number') return { precision: 'year', year };
  return date ?? year ?? null;
}
