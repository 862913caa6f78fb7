import type { FuzzyDate } from '../model/fuzzyDate';
import { TEXT_LIMITS } from '../model/text';
import { normalisePhrase, parseDatePhrase, type DatePhrase } from '../time/phrase';
import { detectSeparator, splitRows, type Separator } from './delimited';

/**
 * Reads rows of moments from interview notes or a spreadsheet — columns (date, lane, title,
 * description, people, in that order or named by a header row) or one moment per line
 * ("voorjaar 2019 – Tom naar de psycholoog") — and says for every row how it was read, or why
 * it cannot be. Pure: nothing is created here (see importPlan and the `item.import` command).
 */
export type Column = 'date' | 'end' | 'lane' | 'title' | 'description' | 'people' | 'ignore';

export interface RowsContext {
  readonly lanes: readonly { readonly id: string; readonly name: string; readonly kind: 'family' | 'help' }[];
  readonly members: readonly { readonly id: string; readonly pseudonym: string }[];
  /** For two-digit years (see parseDatePhrase). */
  readonly referenceYear?: number;
}

/** A reason or a note on a row: an i18n key and its values. */
export interface RowMessage {
  readonly key: string;
  readonly values: Readonly<Record<string, string | number>>;
}

export type LaneChoice =
  | {
      readonly kind: 'existing';
      readonly laneId: string;
      readonly name: string;
      readonly laneKind: 'family' | 'help';
    }
  | { readonly kind: 'new'; readonly name: string };

export interface AcceptedRow {
  readonly ok: true;
  /** 1-based row number in what was pasted or opened. */
  readonly line: number;
  readonly cells: readonly string[];
  readonly shape: 'moment' | 'period';
  readonly start: FuzzyDate;
  /** A period's end; null for a moment, and for a period still going on. */
  readonly end: FuzzyDate | null;
  readonly title: string;
  readonly description: string;
  readonly lane: LaneChoice;
  /** A help lane gives a help event, the family lane a life event. */
  readonly itemKind: 'life' | 'help';
  /** Family members recognised by name… */
  readonly members: readonly { readonly id: string; readonly pseudonym: string }[];
  /** …and names in the people column that are no family member yet (they will be added). */
  readonly newMembers: readonly string[];
  readonly notes: readonly RowMessage[];
}

export interface RefusedRow {
  readonly ok: false;
  readonly line: number;
  readonly cells: readonly string[];
  readonly reason: RowMessage;
}

export type RowReading = AcceptedRow | RefusedRow;

export interface RowsReading {
  readonly separator: Separator;
  /** True when the first row named the columns. */
  readonly header: boolean;
  readonly columns: readonly Column[];
  /** Every row that is not blank, in order. */
  readonly rows: readonly RowReading[];
}

/** Header words, Dutch and English, for each column. */
const HEADER_WORDS: Record<Exclude<Column, 'ignore'>, readonly string[]> = {
  date: [
    'datum',
    'date',
    'wanneer',
    'when',
    'van',
    'from',
    'start',
    'begin',
    'periode',
    'period',
    'tijd',
    'jaar',
  ],
  end: ['tot', 'tot en met', 't/m', 'einde', 'eind', 'end', 'to', 'until', 'einddatum', 'end date'],
  lane: [
    'baan',
    'lane',
    'organisatie',
    'organization',
    'organisation',
    'hulpverlener',
    'instantie',
    'provider',
  ],
  title: ['titel', 'title', 'gebeurtenis', 'event', 'moment', 'wat', 'what'],
  description: [
    'toelichting',
    'beschrijving',
    'omschrijving',
    'description',
    'notes',
    'notitie',
    'notities',
    'opmerking',
    'opmerkingen',
    'details',
  ],
  people: [
    'personen',
    'gezinsleden',
    'gezinslid',
    'wie',
    'people',
    'who',
    'members',
    'betrokkenen',
    'betrokken',
  ],
};

/** Column order without a header, by number of columns. */
const DEFAULT_COLUMNS: Record<number, readonly Column[]> = {
  1: ['title'],
  2: ['date', 'title'],
  3: ['date', 'lane', 'title'],
  4: ['date', 'lane', 'title', 'description'],
  5: ['date', 'lane', 'title', 'description', 'people'],
};

const FAMILY_WORDS = new Set(['gezin', 'gezinsleven', 'familie', 'thuis', 'family', 'family life', 'home']);

/** Compares names: case, accents and spacing do not matter. */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Reads pasted text: separator detected, header row recognised. */
export function readRows(text: string, ctx: RowsContext, opts: { separator?: Separator } = {}): RowsReading {
  const separator = opts.separator ?? detectSeparator(text);
  return readCells(splitRows(text, separator), ctx, separator);
}

/** Reads rows of cells (from pasted text, a CSV file or a worksheet). */
export function readCells(
  cells: readonly (readonly string[])[],
  ctx: RowsContext,
  separator: Separator,
): RowsReading {
  const numbered = cells
    .map((row, i) => ({ line: i + 1, cells: row.map((c) => c ?? '') }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (separator === 'line' || numbered.every((r) => r.cells.filter((c) => c.trim() !== '').length <= 1)) {
    return {
      separator,
      header: false,
      columns: ['title'],
      rows: numbered.map((r) => readLine(r.line, r.cells.find((c) => c.trim() !== '') ?? '', r.cells, ctx)),
    };
  }
  const headerColumns = numbered[0] ? headerOf(numbered[0].cells) : null;
  const width = Math.max(...numbered.map((r) => r.cells.length));
  const columns = headerColumns ?? DEFAULT_COLUMNS[Math.min(width, 5)]!;
  const body = headerColumns ? numbered.slice(1) : numbered;
  return {
    separator,
    header: headerColumns !== null,
    columns,
    rows: sameNewNames(body.map((r) => readColumns(r.line, r.cells, columns, ctx))),
  };
}

/**
 * A new lane or member named in several rows ("GGZ", "ggz") is created once, under the first
 * spelling: every row says so.
 */
function sameNewNames(rows: RowReading[]): RowReading[] {
  const lanes = new Map<string, string>();
  const members = new Map<string, string>();
  const first = (names: Map<string, string>, name: string) => {
    const key = nameKey(name);
    if (!names.has(key)) names.set(key, name);
    return names.get(key)!;
  };
  return rows.map((row) => {
    if (!row.ok) return row;
    const lane: LaneChoice =
      row.lane.kind === 'new' ? { kind: 'new', name: first(lanes, row.lane.name) } : row.lane;
    const notes = row.notes.map((n) =>
      n.key === 'rows.note.newLane' && lane.kind === 'new' ? { ...n, values: { name: lane.name } } : n,
    );
    return { ...row, lane, notes, newMembers: row.newMembers.map((n) => first(members, n)) };
  });
}

/** The columns a header row names, or null when the row is not a header. */
function headerOf(cells: readonly string[]): Column[] | null {
  let known = 0;
  const columns = cells.map((cell): Column => {
    const word = normalisePhrase(cell);
    for (const [column, words] of Object.entries(HEADER_WORDS)) {
      if (words.includes(word)) {
        known++;
        return column as Column;
      }
    }
    return 'ignore';
  });
  return known >= 2 && columns.includes('title') ? columns : null;
}

function refused(
  line: number,
  cells: readonly string[],
  key: string,
  values: Record<string, string | number> = {},
) {
  return { ok: false as const, line, cells, reason: { key, values } };
}

function dateRefusal(line: number, cells: readonly string[], reading: DatePhrase): RefusedRow {
  if (reading.ok) throw new Error('not a refusal');
  return refused(line, cells, `datePhrase.refused.${reading.refusal.code}`, { ...reading.refusal.values });
}

function readColumns(
  line: number,
  cells: readonly string[],
  columns: readonly Column[],
  ctx: RowsContext,
): RowReading {
  const cell = (column: Column) => {
    const i = columns.indexOf(column);
    return i >= 0 ? (cells[i] ?? '').trim() : '';
  };
  const dateText = oneLine(cell('date'));
  if (!dateText) return refused(line, cells, 'rows.refused.noDate');
  const when = parseDatePhrase(dateText, ctx);
  if (!when.ok) return dateRefusal(line, cells, when);
  let shape = when.shape;
  let end = when.shape === 'period' ? when.end : null;
  const endText = oneLine(cell('end'));
  if (endText) {
    if (when.shape === 'period') return refused(line, cells, 'rows.refused.twoEnds');
    const endRead = parseDatePhrase(endText, ctx);
    if (!endRead.ok) return dateRefusal(line, cells, endRead);
    if (endRead.shape === 'period') return refused(line, cells, 'rows.refused.twoEnds');
    const checked = parseDatePhrase(`${dateText} – ${endText}`, ctx);
    if (!checked.ok && checked.refusal.code === 'endBeforeStart') return dateRefusal(line, cells, checked);
    shape = 'period';
    end = endRead.start;
  }
  return finish(line, cells, ctx, {
    shape,
    start: when.start,
    end,
    title: cell('title'),
    description: cell('description'),
    laneText: oneLine(cell('lane')),
    people: splitPeople(cell('people')),
    peopleFromTitle: false,
  });
}

/** One moment per line: a date phrase at the start, then the title ("voorjaar 2019 – Tom naar de psycholoog"). */
function readLine(line: number, text: string, cells: readonly string[], ctx: RowsContext): RowReading {
  const tokens = oneLine(text).split(' ');
  const isSeparator = (t: string) => /^[-–—:|,;]+$/.test(t);
  for (let k = Math.min(tokens.length - 1, 8); k >= 1; k--) {
    if (isSeparator(tokens[k - 1]!)) continue;
    const when = parseDatePhrase(
      tokens
        .slice(0, k)
        .join(' ')
        .replace(/[-–—:|,;]+$/, ''),
      ctx,
    );
    if (!when.ok) continue;
    const rest = tokens
      .slice(k)
      .join(' ')
      .replace(/^[-–—:|,;\s]+/, '');
    if (!rest) continue;
    let title = rest;
    let laneText = '';
    const prefix = /^([^:]{1,80}):\s+(.+)$/.exec(rest);
    if (prefix && ctx.lanes.some((l) => nameKey(l.name) === nameKey(prefix[1]!))) {
      laneText = prefix[1]!;
      title = prefix[2]!;
    }
    return finish(line, cells, ctx, {
      shape: when.shape,
      start: when.start,
      end: when.shape === 'period' ? when.end : null,
      title,
      description: '',
      laneText,
      people: [],
      peopleFromTitle: true,
    });
  }
  const head = /^(.+?)(?:\s+[-–—]\s+|:\s+)/.exec(oneLine(text));
  if (head) {
    const why = parseDatePhrase(head[1]!, ctx);
    if (!why.ok && why.refusal.code !== 'unknown') return dateRefusal(line, cells, why);
  }
  const whole = parseDatePhrase(text, ctx);
  if (whole.ok) return refused(line, cells, 'rows.refused.noTitle');
  if (whole.refusal.code !== 'unknown') return dateRefusal(line, cells, whole);
  return refused(line, cells, 'rows.refused.lineNoDate', { text: oneLine(text).slice(0, 60) });
}

function splitPeople(text: string): string[] {
  return text
    .split(/\s*(?:,|;|\/|&|\+|\n|\ben\b|\band\b)\s*/)
    .map(oneLine)
    .filter((n) => n !== '');
}

interface RowContent {
  shape: 'moment' | 'period';
  start: FuzzyDate;
  end: FuzzyDate | null;
  title: string;
  description: string;
  laneText: string;
  people: string[];
  peopleFromTitle: boolean;
}

function finish(line: number, cells: readonly string[], ctx: RowsContext, c: RowContent): RowReading {
  const notes: RowMessage[] = [];
  let title = oneLine(c.title);
  let description = c.description.replace(/\r\n?/g, '\n').trim();
  if (!title) return refused(line, cells, 'rows.refused.noTitle');
  if (title.length > TEXT_LIMITS.title) {
    // A long sentence: the first words become the title, the whole text the description.
    const cut = title.slice(0, 120);
    const shortTitle = `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)).trim()}…`;
    description = description ? `${title}\n\n${description}` : title;
    title = shortTitle;
    notes.push({ key: 'rows.note.titleCut', values: {} });
  }
  if (description.length > TEXT_LIMITS.description)
    return refused(line, cells, 'rows.refused.descriptionTooLong', { max: TEXT_LIMITS.description });

  const lane = laneOf(c.laneText, ctx);
  if (lane.kind === 'new' && lane.name.length > TEXT_LIMITS.name)
    return refused(line, cells, 'rows.refused.laneTooLong', { max: TEXT_LIMITS.name });
  if (lane.kind === 'new') notes.push({ key: 'rows.note.newLane', values: { name: lane.name } });

  const byName = new Map(ctx.members.map((m) => [nameKey(m.pseudonym), m]));
  const members: { id: string; pseudonym: string }[] = [];
  const newMembers: string[] = [];
  if (c.peopleFromTitle) {
    const words = new Set(nameKey(title).split(/[^\p{L}\p{N}'-]+/u));
    for (const m of ctx.members) if (words.has(nameKey(m.pseudonym))) members.push(m);
  } else {
    for (const name of c.people) {
      const known = byName.get(nameKey(name));
      if (known) {
        if (!members.includes(known)) members.push(known);
      } else if (name.length > TEXT_LIMITS.name) {
        return refused(line, cells, 'rows.refused.personTooLong', { max: TEXT_LIMITS.name });
      } else if (!newMembers.some((n) => nameKey(n) === nameKey(name))) newMembers.push(name);
    }
  }
  const laneKind = lane.kind === 'existing' ? lane.laneKind : 'help';
  return {
    ok: true,
    line,
    cells,
    shape: c.shape,
    start: c.start,
    end: c.end,
    title,
    description,
    lane,
    itemKind: laneKind === 'help' ? 'help' : 'life',
    members,
    newMembers,
    notes,
  };
}

/** The lane a row names: an existing one by name, the family lane for "gezin" or nothing, else a new help lane. */
function laneOf(text: string, ctx: RowsContext): LaneChoice {
  const key = nameKey(text);
  const existing =
    (key ? ctx.lanes.find((l) => nameKey(l.name) === key) : undefined) ??
    (key === '' || FAMILY_WORDS.has(key)
      ? (ctx.lanes.find((l) => l.kind === 'family') ?? ctx.lanes[0])
      : undefined);
  if (existing)
    return { kind: 'existing', laneId: existing.id, name: existing.name, laneKind: existing.kind };
  return { kind: 'new', name: text };
}
