import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCaseState, newId, type CaseState, type FuzzyDate } from '../model';
import { createCaseRecords } from '../commands/createCase';
import { runCommand } from '../commands/registry';
import { applyPatch } from '../store/patch';
import { testContext } from '../testing/context';
import { parseCaseFile, serializeCase } from '../file';
import { formatFuzzyDate, formatWhen } from '../time';
import { LOCALES, lookup } from '../i18n';
import {
  detectSeparator,
  importPlan,
  joinRows,
  readRows,
  splitRows,
  type AcceptedRow,
  type RowsContext,
  type RowsReading,
} from './index';

const REF = 2026;

function caseWith(): { state: CaseState; ctx: ReturnType<typeof testContext> } {
  const ctx = testContext();
  let state = buildCaseState(
    createCaseRecords({ title: 'Gezin Test', language: 'nl', familyLaneName: 'Gezinsleven' }, ctx),
  );
  const run = (name: string, args: unknown) => {
    const out = runCommand(state, name, args, ctx);
    if (!out.ok) throw new Error(`${name}: ${out.refusal.reasonKey} ${JSON.stringify(out.refusal.values)}`);
    state = buildCaseState([...applyPatch(state.byId, out.patch).values()]);
  };
  run('lane.add', { id: 'lane_wijk', name: 'Wijkteam', kind: 'help' });
  run('member.add', { id: 'member_tom', pseudonym: 'Tom', relation: 'kind' });
  run('member.add', { id: 'member_ilse', pseudonym: 'Ilse', relation: 'moeder' });
  return { state, ctx };
}

const contextOf = (state: CaseState): RowsContext => ({
  lanes: state.lanes,
  members: state.members,
  referenceYear: REF,
});

const accepted = (r: RowsReading) => r.rows.filter((x): x is AcceptedRow => x.ok);

describe('splitting rows', () => {
  it('detects tabs, semicolons and one moment per line', () => {
    expect(detectSeparator('2019\tGezin\tVerhuizing\n2020\tWijkteam\tStart')).toBe('\t');
    expect(detectSeparator('2019; Gezin; Verhuizing\n2020; Wijkteam; Start')).toBe(';');
    expect(detectSeparator('voorjaar 2019 – Tom naar de psycholoog\n2020 – verhuizing')).toBe('line');
    expect(detectSeparator('2019,Gezin,Verhuizing', { allowComma: true })).toBe(',');
  });
  it('keeps separators, quotes and line breaks inside quoted cells', () => {
    expect(splitRows('2019\t"Tom, Ilse"\t"Twee\nregels"\n2020\t"zei ""nee"""', '\t')).toEqual([
      ['2019', 'Tom, Ilse', 'Twee\nregels'],
      ['2020', 'zei "nee"'],
    ]);
  });
  it('reads back any rows it wrote (any cell text)', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 12 });
    fc.assert(
      fc.property(
        fc.constantFrom('\t' as const, ';' as const, ',' as const),
        fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (sep, rows) => JSON.stringify(splitRows(joinRows(rows, sep), sep)) === JSON.stringify(rows),
      ),
    );
  });
});

describe('reading rows', () => {
  it('reads tab-separated columns in the default order: date, lane, title, description, people', () => {
    const { state } = caseWith();
    const r = readRows(
      '2016–2018\tWijkteam\tGezinscoach\tEerste hulp\tIlse, Tom\nvoorjaar 2019\tGezin\tVerhuizing\t\t',
      contextOf(state),
    );
    expect(r.separator).toBe('\t');
    expect(r.header).toBe(false);
    const [a, b] = accepted(r);
    expect(a).toMatchObject({
      shape: 'period',
      start: { precision: 'year', year: 2016 },
      end: { precision: 'year', year: 2018 },
      title: 'Gezinscoach',
      description: 'Eerste hulp',
      lane: { kind: 'existing', laneId: 'lane_wijk' },
      itemKind: 'help',
      newMembers: [],
    });
    expect(a!.members.map((m) => m.pseudonym)).toEqual(['Ilse', 'Tom']);
    expect(b).toMatchObject({
      shape: 'moment',
      itemKind: 'life',
      lane: { kind: 'existing', name: 'Gezinsleven' },
    });
  });

  it('follows a header row in any order, Dutch or English, with an end column', () => {
    const { state } = caseWith();
    const r = readRows(
      'Titel;Datum;Tot;Baan;Wie\nOpname;mrt 2019;mei 2019;GGZ Kinderen;Tom\nMoved;2020;;Wijkteam;Noor',
      contextOf(state),
    );
    expect(r).toMatchObject({
      separator: ';',
      header: true,
      columns: ['title', 'date', 'end', 'lane', 'people'],
    });
    const [a, b] = accepted(r);
    expect(a).toMatchObject({
      shape: 'period',
      start: { precision: 'month', month: 3 },
      end: { precision: 'month', month: 5 },
      lane: { kind: 'new', name: 'GGZ Kinderen' },
      itemKind: 'help',
    });
    expect(a!.notes).toContainEqual({ key: 'rows.note.newLane', values: { name: 'GGZ Kinderen' } });
    expect(b).toMatchObject({ shape: 'moment', newMembers: ['Noor'] });
  });

  it('reads one moment per line: the date first, then the title; names members and lanes it knows', () => {
    const { state } = caseWith();
    const r = readRows(
      'voorjaar 2019 – Tom naar de psycholoog\n2016 - 2018 - Wijkteam: gezinscoach voor Ilse\nrond februari 2019: Samen op vakantie',
      contextOf(state),
    );
    const [a, b, c] = accepted(r);
    expect(a).toMatchObject({
      start: { precision: 'season', season: 'spring', year: 2019 },
      title: 'Tom naar de psycholoog',
      itemKind: 'life',
    });
    expect(a!.members.map((m) => m.pseudonym)).toEqual(['Tom']);
    expect(b).toMatchObject({
      shape: 'period',
      title: 'gezinscoach voor Ilse',
      lane: { kind: 'existing', laneId: 'lane_wijk' },
      itemKind: 'help',
    });
    expect(c).toMatchObject({ start: { precision: 'month', approx: true }, title: 'Samen op vakantie' });
    expect(c!.members).toEqual([]); // "Samen" is no member, nor is "Sam" in it
  });

  it('gives every row that cannot be read a reason, and skips blank rows', () => {
    const { state } = caseWith();
    const r = readRows(
      [
        'groep 8 – Tom krijgt een dyslexie-onderzoek',
        '',
        'Tom naar de psycholoog',
        '2019 –',
        '31 februari 2019 – ruzie',
      ].join('\n'),
      contextOf(state),
    );
    expect(r.rows.map((x) => (x.ok ? 'ok' : x.reason.key))).toEqual([
      'datePhrase.refused.schoolYear',
      'rows.refused.lineNoDate',
      'rows.refused.noTitle',
      'datePhrase.refused.noSuchDay',
    ]);
    expect(r.rows.map((x) => x.line)).toEqual([1, 3, 4, 5]);
    const cols = readRows(
      '\tGezin\tVerhuizing\n2019\tGezin\t\nvorig jaar\tGezin\tX\n2019–2020\tGezin\tX\t\t\t',
      contextOf(state),
    );
    expect(cols.rows.map((x) => (x.ok ? 'ok' : x.reason.key))).toEqual([
      'rows.refused.noDate',
      'rows.refused.noTitle',
      'datePhrase.refused.relative',
      'ok',
    ]);
    for (const row of [...r.rows, ...cols.rows])
      if (!row.ok)
        for (const messages of Object.values(LOCALES))
          expect(typeof lookup(messages, row.reason.key), row.reason.key).toBe('string');
  });

  it('turns a long sentence into a short title and keeps the whole text as description', () => {
    const { state } = caseWith();
    const long = `${'Tom gaat na lang wachten eindelijk naar de psycholoog '.repeat(5)}en dat helpt.`;
    const [row] = accepted(readRows(`2019 – ${long}`, contextOf(state)));
    expect(row!.title.length).toBeLessThanOrEqual(200);
    expect(row!.title.endsWith('…')).toBe(true);
    expect(row!.description).toBe(long.trim());
    expect(row!.notes).toContainEqual({ key: 'rows.note.titleCut', values: {} });
  });
});

describe('importing the rows', () => {
  it('adds everything in one command: new lanes and members once, kind by lane', () => {
    const { state, ctx } = caseWith();
    const r = readRows(
      '2016–2018\tGGZ\tTherapie\t\tNoor\n2019\tggz\tNazorg\t\tnoor, Tom\n1998\tGezin\tGeboorte Ilse\t\t',
      contextOf(state),
    );
    const out = runCommand(state, 'item.import', importPlan(accepted(r), ctx.newId), ctx);
    if (!out.ok) throw new Error(out.refusal.reasonKey);
    const next = buildCaseState([...applyPatch(state.byId, out.patch).values()]);
    expect(next.items).toHaveLength(3);
    expect(next.lanes.map((l) => l.name)).toEqual(['Gezinsleven', 'Wijkteam', 'GGZ']);
    expect(next.members.map((m) => m.pseudonym)).toEqual(['Tom', 'Ilse', 'Noor']);
    expect(next.items.filter((i) => i.kind === 'help')).toHaveLength(2);
    // the lifeline now starts in 1998
    expect(next.case.axis.start).toBe('1998-01-01');
  });

  it('any row it accepts round-trips through the case file as it was read', () => {
    const { state } = caseWith();
    const date: fc.Arbitrary<FuzzyDate> = fc.oneof(
      fc.integer({ min: 1950, max: 2030 }).map((year) => ({ precision: 'year' as const, year })),
      fc
        .record({ year: fc.integer({ min: 1950, max: 2030 }), month: fc.integer({ min: 1, max: 12 }) })
        .map((r) => ({ precision: 'month' as const, ...r })),
      fc
        .record({
          year: fc.integer({ min: 1950, max: 2030 }),
          season: fc.constantFrom('winter' as const, 'spring' as const, 'summer' as const, 'autumn' as const),
        })
        .map((r) => ({ precision: 'season' as const, ...r })),
      fc
        .record({ year: fc.integer({ min: 1950, max: 2030 }), month: fc.integer({ min: 1, max: 12 }) })
        .map((r) => ({ precision: 'month' as const, ...r, approx: true as const })),
    );
    const text = fc.string({ unit: 'grapheme', maxLength: 30 });
    const row = fc.record({
      when: fc.oneof(
        date.map((d) => formatFuzzyDate(d, 'nl')),
        fc.tuple(date, date).map(([a, b]) => formatWhen({ shape: 'period', start: a, end: b }, 'en')),
        text,
      ),
      lane: fc.oneof(fc.constantFrom('', 'Gezin', 'Wijkteam', 'GGZ', 'ggz', 'School'), text),
      title: text,
      description: text,
      people: fc.oneof(fc.constantFrom('', 'Tom', 'Ilse, Tom', 'Noor'), text),
    });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\t' as const, ';' as const),
        (rows, sep) => {
          const pasted = joinRows(
            rows.map((r) => [r.when, r.lane, r.title, r.description, r.people]),
            sep,
          );
          const reading = readRows(pasted, contextOf(state), { separator: sep });
          const ok = accepted(reading);
          if (ok.length === 0) return true;
          const ctx = { now: Date.UTC(2026, 0, 1), newId };
          const args = importPlan(ok, ctx.newId);
          const out = runCommand(state, 'item.import', args, ctx);
          if (!out.ok)
            throw new Error(`refused: ${out.refusal.reasonKey} ${JSON.stringify(out.refusal.values)}`);
          const next = [...applyPatch(state.byId, out.patch).values()];
          const file = parseCaseFile(serializeCase(next, { appVersion: 'test' }), { maxBytes: 50_000_000 });
          if (!file.ok) throw new Error(`${file.error.code}: ${file.error.details.join('; ')}`);
          const back = buildCaseState(file.records);
          ok.forEach((accepted, i) => {
            const item = back.byId.get(args.items[i]!.id);
            if (item?.type !== 'item') throw new Error('item missing');
            const lane = back.byId.get(item.laneId);
            expect(item).toMatchObject({
              shape: accepted.shape,
              kind: accepted.itemKind,
              title: accepted.title,
              description: accepted.description,
              start: accepted.start,
              end: accepted.shape === 'period' ? accepted.end : null,
            });
            expect(lane?.type === 'lane' && lane.name).toBe(
              accepted.lane.kind === 'existing' ? accepted.lane.name : accepted.lane.name.trim(),
            );
            const names = item.memberIds.map((id) => {
              const m = back.byId.get(id);
              return m?.type === 'member' ? m.pseudonym : '?';
            });
            expect(names).toEqual([...accepted.members.map((m) => m.pseudonym), ...accepted.newMembers]);
          });
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });
});
