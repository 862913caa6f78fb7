import { DEFAULT_CASE_SETTINGS } from '../model/case';
import { APP_NAME, CASE_FILE_FORMAT } from './format';

/**
 * Upgrades of the case file, in order: the migration `from: n` turns a version-n document into
 * version n+1. Documents are untrusted plain JSON here; a migration must accept anything
 * without throwing and leave whatever it does not understand for the final schema check.
 *
 * Adding format version N: bump CURRENT_FORMAT_VERSION, append `{ from: N-1, … }` here and add
 * `fixtures/case-vN.json` (a test fails until all three exist).
 */
export type JsonObject = { [key: string]: unknown };

export interface Migration {
  readonly from: number;
  readonly to: number;
  readonly summary: string;
  readonly migrate: (doc: JsonObject) => JsonObject;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    to: 1,
    summary:
      'Pre-release format: parallel case/lanes/members/items, exact `date` or `year` on items, ' +
      'no origins, no participants, no session settings → one flat list of typed records.',
    migrate: migrate0to1,
  },
  {
    from: 1,
    to: 2,
    summary:
      'Session steering and fair touch: the session gains wallFocus, timeBox and "has spoken" ticks, ' +
      'participants an icon, markers the precision they are meant with (old markers: to the day).',
    migrate: (doc) => ({
      ...doc,
      formatVersion: 2,
      records: Array.isArray(doc.records) ? doc.records.map(completeRecord) : doc.records,
    }),
  },
  {
    from: 2,
    to: 3,
    summary:
      'The change trail keeps who raised a change and the item before and after it (`raisedBy`, ' +
      '`before`, `after` on change records). Older changes recorded neither: they get ' +
      '`raisedBy: null` and no before/after (the trail shows them as title and action only).',
    migrate: migrate2to3,
  },
  {
    from: 3,
    to: 4,
    summary:
      'Report: participants get a display role and a task; main factors an explanatory paragraph; ' +
      'recommendations an audience; key quotes become quote records of their own (from ' +
      '`quoteCardIds`); the analysis gets the report settings (session date and place, sections).',
    migrate: (doc) => ({
      ...doc,
      formatVersion: 4,
      records: Array.isArray(doc.records) ? upgradeRecordsTo4(doc.records) : doc.records,
    }),
  },
];

/**
 * A record as stored by an older version, with the fields added since given their defaults
 * (records already complete are returned as they are). Used for case files (migration 1 → 2),
 * the browser database's upgrade and safety journals written before the upgrade.
 */
export function completeRecord(raw: unknown): unknown {
  if (!isJsonObject(raw)) return raw;
  const missing = (defaults: JsonObject): JsonObject | null => {
    const add = Object.entries(defaults).filter(([k]) => !Object.hasOwn(raw, k));
    return add.length ? { ...raw, ...Object.fromEntries(add) } : null;
  };
  switch (raw.type) {
    case 'session':
      return missing({ wallFocus: null, timeBox: null, spoken: [] }) ?? raw;
    case 'participant':
      return missing({ icon: null, displayRole: '', task: '' }) ?? raw;
    case 'analysis':
      return completeAnalysis(raw);
    case 'marker':
      return missing({ precision: 'day' }) ?? raw;
    default:
      return raw;
  }
}

export function isJsonObject(x: unknown): x is JsonObject {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * The format version a document claims, or null when it is not a case file at all.
 * Version 1 and later use `formatVersion`; the pre-release version 0 used `version`.
 */
export function documentVersion(doc: unknown): number | null {
  if (!isJsonObject(doc) || doc.format !== CASE_FILE_FORMAT) return null;
  const v = Object.hasOwn(doc, 'formatVersion') ? doc.formatVersion : doc.version === 0 ? 0 : undefined;
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : null;
}

/** Runs every migration from `version` up to `target`; null when a step is missing. */
export function migrateDocument(doc: JsonObject, version: number, target: number): JsonObject | null {
  let current = doc;
  for (let v = version; v < target; v++) {
    const step = MIGRATIONS.find((m) => m.from === v);
    if (!step) return null;
    current = step.migrate(current);
  }
  return current;
}

// ---------------------------------------------------------------------------------------------
// 0 → 1

function migrate0to1(doc: JsonObject): JsonObject {
  const c = isJsonObject(doc.case) ? doc.case : {};
  const caseId = typeof c.id === 'string' ? c.id : '';
  const tag = (raw: unknown, type: string): unknown => (isJsonObject(raw) ? { ...raw, type, caseId } : raw);
  const items = asArray(doc.items).map((raw) => {
    if (!isJsonObject(raw)) return raw;
    const { date, year, endDate, endYear, ...rest } = raw;
    const hasEnd = endDate !== undefined || endYear !== undefined;
    return {
      ...rest,
      type: 'item',
      caseId,
      start: toFuzzy(date, year),
      end: hasEnd ? toFuzzy(endDate, endYear) : null,
      memberIds: rest.memberIds ?? [],
      origin: 'prepared',
    };
  });
  const caseRecord = {
    ...c,
    type: 'case',
    caseId,
    settings: c.settings ?? structuredClone(DEFAULT_CASE_SETTINGS),
    deletedAt: c.deletedAt ?? null,
  };
  return {
    format: CASE_FILE_FORMAT,
    formatVersion: 1,
    exportedAt: typeof doc.exportedAt === 'string' ? doc.exportedAt : new Date(0).toISOString(),
    app: isJsonObject(doc.app) ? doc.app : { name: APP_NAME, version: '0.0.0' },
    records: [
      caseRecord,
      ...asArray(doc.lanes).map((l) => tag(l, 'lane')),
      ...asArray(doc.members).map((m) => tag(m, 'member')),
      ...items,
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// 2 → 3

function migrate2to3(doc: JsonObject): JsonObject {
  const records = asArray(doc.records).map((r) =>
    isJsonObject(r) && r.type === 'change' && !Object.hasOwn(r, 'raisedBy') ? { ...r, raisedBy: null } : r,
  );
  return { ...doc, formatVersion: 3, records };
}

function asArray(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

/** Version 0 knew two precisions: an exact `date` (YYYY-MM-DD) or just a `year`. */
function toFuzzy(date: unknown, year: unknown): unknown {
  if (typeof date === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (m) return { precision: 'day', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  }
  if (typeof year === 'number') return { precision: 'year', year };
  return date ?? year ?? null;
}

// ---------------------------------------------------------------------------------------------
// 3 → 4 (also run by the local database's upgrade, on the records it holds)

/**
 * An analysis as stored before format 4, with the report's fields: main factors get an empty
 * explanation, recommendations (plain texts then) go to professionals, the report settings their
 * defaults. `quoteCardIds` is left for `upgradeRecordsTo4` (the schema drops it otherwise).
 */
function completeAnalysis(raw: JsonObject): JsonObject {
  const groups = asArray(raw.groups);
  const recommendations = asArray(raw.recommendations);
  const complete =
    Object.hasOwn(raw, 'report') &&
    groups.every((g) => !isJsonObject(g) || Object.hasOwn(g, 'description')) &&
    recommendations.every((r) => typeof r !== 'string');
  if (complete) return raw;
  return {
    ...raw,
    groups: groups.map((g) =>
      isJsonObject(g) && !Object.hasOwn(g, 'description') ? { ...g, description: '' } : g,
    ),
    recommendations: recommendations.map((text) =>
      typeof text === 'string' ? { audience: 'professionals', text } : text,
    ),
    report: raw.report ?? { sessionDate: null, sessionPlace: '', period: '', sections: {} },
  };
}

/**
 * The records of one or more cases in the format-4 shape: each record completed, and the key
 * quotes an old analysis listed (`quoteCardIds`) made into quote records under the same main
 * factors. Anything not understood is left as it is.
 */
export function upgradeRecordsTo4(records: readonly unknown[]): unknown[] {
  const cards = new Map<string, JsonObject>();
  for (const r of records)
    if (isJsonObject(r) && r.type === 'card' && typeof r.id === 'string') cards.set(r.id, r);
  const quotes: JsonObject[] = [];
  const out = records.map((raw) => {
    const r = completeRecord(raw);
    if (!isJsonObject(r) || r.type !== 'analysis') return r;
    const { quoteCardIds, ...rest } = r;
    for (const cardId of asArray(quoteCardIds)) {
      if (typeof cardId !== 'string') continue;
      const card = cards.get(cardId);
      if (!card || card.caseId !== r.caseId) continue;
      quotes.push({
        type: 'quote',
        id: `quote_${cardId.slice('card_'.length) || 'x'}`,
        caseId: r.caseId,
        text: card.text,
        participantId: card.participantId ?? null,
        cardId,
        markerId: card.markerId ?? null,
        groupIds: asArray(r.groups)
          .filter((g) => isJsonObject(g) && asArray(g.cardIds).includes(cardId))
          .map((g) => (g as JsonObject).id),
        createdAt: card.createdAt,
      });
    }
    return rest;
  });
  return [...out, ...quotes];
}
