import { describe, expect, it } from 'vitest';
import { anyRecordSchema, buildCaseState, TEXT_LIMITS, type AnyRecord } from '../model';
import { consistencyProblem, parseCaseFile, serializeCase } from '../file';
import { fuzzySpan } from '../time/fuzzy';
import { createDemoCase } from './index';

function contrastWithWhite(hex: string): number {
  const lin = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const l = 0.2126 * lin[0]! + 0.7152 * lin[1]! + 0.0722 * lin[2]!;
  return 1.05 / (l + 0.05);
}

const dayAfter = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

describe('demo case "Gezin Zeeland"', () => {
  let n = 0;
  const now = Date.UTC(2025, 4, 1);
  const records = createDemoCase({ now, newId: (p) => `${p}_d${++n}` });
  const state = buildCaseState(records);

  it('is valid, consistent and survives a file round trip', () => {
    for (const r of records) expect(anyRecordSchema.safeParse(r).success, r.id).toBe(true);
    expect(consistencyProblem(records)).toBeNull();
    const r = parseCaseFile(serializeCase(records, { appVersion: 'test' }), { maxBytes: 1e7 });
    expect(r.ok).toBe(true);
  });

  it('is deterministic for a deterministic id source', () => {
    let k = 0;
    expect(createDemoCase({ now, newId: (p) => `${p}_d${++k}` })).toEqual(records);
    expect(state.case.createdAt).toBe(now);
    expect(state.case.updatedAt).toBe(now);
  });

  it('describes the family in Dutch on a segmented 2004–2025 axis', () => {
    const c = state.case;
    expect(c.title).toMatch(/Gezin Zeeland/);
    expect(c.language).toBe('nl');
    expect(c.familyDescription.length).toBeGreaterThan(40);
    expect(c.axis).toMatchObject({ start: '2004-01-01', end: '2025-12-31', lengthMetres: 10 });
    if (c.axis.scale.mode !== 'segments') throw new Error('expected segments');
    const segs = c.axis.scale.segments;
    expect(segs[0]!.start).toBe(c.axis.start);
    expect(segs[segs.length - 1]!.end).toBe(c.axis.end);
    for (let i = 1; i < segs.length; i++) expect(segs[i]!.start).toBe(dayAfter(segs[i - 1]!.end));
    const weightOf = (iso: string) => segs.find((s) => s.start <= iso && iso <= s.end)?.weight;
    expect(weightOf('2010-06-01')).toBe(1);
    expect(weightOf('2017-12-31')).toBe(1);
    expect(weightOf('2018-01-01')).toBe(2);
    expect(weightOf('2025-06-01')).toBe(2);
  });

  it('has one family lane and six help lanes with distinct colours readable under white text', () => {
    expect(state.lanes.map((l) => [l.kind, l.order])[0]).toEqual(['family', 0]);
    expect(state.lanes[0]!.name).toBe('Gezinsleven');
    expect(state.lanes.filter((l) => l.kind === 'help')).toHaveLength(6);
    const colours = state.lanes.map((l) => l.colour.toLowerCase());
    expect(new Set(colours).size).toBe(colours.length);
    for (const c of colours) expect(contrastWithWhite(c), c).toBeGreaterThanOrEqual(4.5);
  });

  it('has the five family members with pseudonyms only', () => {
    expect(state.members.map((m) => [m.pseudonym, m.relation, m.birthYear])).toEqual([
      ['Ilse', 'moeder', 1982],
      ['Marco', 'vader', 1979],
      ['Sam', 'kind', 2006],
      ['Noor', 'kind', 2010],
      ['Oma Truus', 'grootouder', 1950],
    ]);
    expect(state.participants).toEqual([]);
  });

  it('has about forty prepared items over 2004–2025 using every date precision', () => {
    const items = state.items;
    expect(items.length).toBeGreaterThanOrEqual(35);
    expect(items.length).toBeLessThanOrEqual(45);
    const precisions = new Set(items.flatMap((i) => [i.start.precision, i.end?.precision]).filter(Boolean));
    expect([...precisions].sort()).toEqual(['approx', 'day', 'month', 'season', 'year']);
    const approx = items.flatMap((i) => [i.start, i.end]).filter((d) => d?.precision === 'approx');
    expect(new Set(approx.map((d) => d?.precision === 'approx' && d.plusMinusYears))).toEqual(
      new Set([1, 2]),
    );
    for (const i of items) {
      expect(i.origin).toBe('prepared');
      expect(i.start.year).toBeGreaterThanOrEqual(2004);
      expect(i.start.year).toBeLessThanOrEqual(2025);
      if (i.end) expect(fuzzySpan(i.end).end, i.title).toBeGreaterThanOrEqual(fuzzySpan(i.start).start);
      if (i.shape === 'moment') expect(i.end).toBeNull();
    }
    const years = items.map((i) => i.start.year);
    expect(Math.max(...years) - Math.min(...years)).toBeGreaterThanOrEqual(18);
  });

  it('puts life moments on the family lane and help periods/moments on help lanes', () => {
    const laneOf = (id: string) => state.lanes.find((l) => l.id === id)!;
    for (const i of state.items)
      expect(i.kind, i.title).toBe(laneOf(i.laneId).kind === 'family' ? 'life' : 'help');
    const life = state.items.filter((i) => i.kind === 'life');
    for (const t of ['Geboorte Sam', 'Scheiding ouders', 'Overlijden opa', 'Sam naar de middelbare school']) {
      expect(life.map((i) => i.title)).toContain(t);
    }
    expect(life.some((i) => /verhuizing/i.test(i.title))).toBe(true);
    expect(life.some((i) => /Noor.*diagnose/i.test(i.title))).toBe(true);
    const helpPeriods = state.items.filter((i) => i.kind === 'help' && i.shape === 'period');
    const helpMoments = state.items.filter((i) => i.kind === 'help' && i.shape === 'moment');
    expect(helpPeriods.length).toBeGreaterThanOrEqual(8);
    expect(helpMoments.length).toBeGreaterThanOrEqual(5);
    expect(helpPeriods.filter((i) => i.end === null).length).toBeGreaterThanOrEqual(2);
    // every help lane is used
    for (const l of state.lanes.filter((x) => x.kind === 'help'))
      expect(
        state.items.some((i) => i.laneId === l.id),
        l.name,
      ).toBe(true);
  });

  it('keeps texts short and Dutch-like, and links members where relevant', () => {
    for (const i of state.items) {
      expect(i.title.length, i.title).toBeLessThanOrEqual(40);
      expect(i.title.length).toBeLessThanOrEqual(TEXT_LIMITS.title);
      const sentences = i.description.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length;
      expect(sentences, i.description).toBeGreaterThanOrEqual(1);
      expect(sentences, i.description).toBeLessThanOrEqual(2);
    }
    const withMembers = state.items.filter((i) => i.memberIds.length > 0).length;
    expect(withMembers / state.items.length).toBeGreaterThan(0.8);
  });

  it('only contains plain records (no shared mutable defaults)', () => {
    const again = createDemoCase({ now, newId: (p) => `${p}_z${Math.random()}` });
    const c1 = records.find((r): r is Extract<AnyRecord, { type: 'case' }> => r.type === 'case')!;
    const c2 = again.find((r): r is Extract<AnyRecord, { type: 'case' }> => r.type === 'case')!;
    expect(c1.settings).not.toBe(c2.settings);
  });
});
