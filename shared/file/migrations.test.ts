import { describe, expect, it } from 'vitest';
import { anyRecordSchema, buildCaseState, DEFAULT_CASE_SETTINGS, type ItemRecord } from '../model';
import {
  completeRecord,
  consistencyProblem,
  CURRENT_FORMAT_VERSION,
  documentVersion,
  migrateDocument,
  MIGRATIONS,
  parseCaseFile,
} from './index';
import { fixtureText, fixtureVersions, TEST_MAX_BYTES as MAX } from './testSupport';

describe('format versions', () => {
  it('has a fixture file case-v<N>.json for every version 0..CURRENT_FORMAT_VERSION', () => {
    // If this fails you raised CURRENT_FORMAT_VERSION: add shared/file/fixtures/case-v<N>.json,
    // a realistic file written by that version, so it keeps opening forever.
    const versions = fixtureVersions();
    for (let v = 0; v <= CURRENT_FORMAT_VERSION; v++)
      expect(versions, `fixtures/case-v${v}.json`).toContain(v);
    expect(Math.max(...versions)).toBe(CURRENT_FORMAT_VERSION);
  });

  it('has one migration per step, in order, from 0 up to the current version', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual(
      Array.from({ length: CURRENT_FORMAT_VERSION }, (_, v) => [v, v + 1]),
    );
  });

  it.each(fixtureVersions())('opens the version-%i fixture as a valid, consistent current case', (v) => {
    const r = parseCaseFile(fixtureText(v), { maxBytes: MAX });
    expect(r.ok, `version ${v}: ${JSON.stringify(!r.ok && r.error)}`).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(v === CURRENT_FORMAT_VERSION ? null : v);
    for (const rec of r.records) expect(anyRecordSchema.safeParse(rec).success, rec.id).toBe(true);
    expect(consistencyProblem(r.records)).toBeNull();
    const state = buildCaseState(r.records);
    expect(state.items.length).toBeGreaterThan(3);
    expect(state.lanes.length).toBeGreaterThan(1);
  });

  it('reads the version a document claims', () => {
    expect(documentVersion({ format: 'levenslijn-case', version: 0 })).toBe(0);
    expect(documentVersion({ format: 'levenslijn-case', formatVersion: 1 })).toBe(1);
    expect(documentVersion({ format: 'levenslijn-case', formatVersion: 1.5 })).toBeNull();
    expect(documentVersion({ format: 'levenslijn-case', version: 1 })).toBeNull();
    expect(documentVersion({ format: 'other', formatVersion: 1 })).toBeNull();
    expect(documentVersion([])).toBeNull();
  });
});

describe('migration 0 → 1', () => {
  const parsed = parseCaseFile(fixtureText(0), { maxBytes: MAX });
  if (!parsed.ok) throw new Error(`fixture v0: ${parsed.error.code} ${parsed.error.details.join('; ')}`);
  const state = buildCaseState(parsed.records);
  const item = (id: string) => state.items.find((i) => i.id === id) as ItemRecord;

  it('turns exact dates and years into fuzzy dates, with ends for periods', () => {
    expect(item('item_v0a').start).toEqual({ precision: 'day', year: 2008, month: 4, day: 2 });
    expect(item('item_v0a').end).toBeNull();
    expect(item('item_v0c').start).toEqual({ precision: 'year', year: 2014 });
    expect([item('item_v0d').start, item('item_v0d').end]).toEqual([
      { precision: 'year', year: 2015 },
      { precision: 'year', year: 2017 },
    ]);
    expect(item('item_v0f').end).toEqual({ precision: 'day', year: 2019, month: 7, day: 5 });
    // a period without an end is still ongoing
    expect(item('item_v0g').end).toBeNull();
  });

  it('adds what version 0 did not have: origins, member lists, settings, no participants', () => {
    expect(state.items.every((i) => i.origin === 'prepared')).toBe(true);
    expect(item('item_v0d').memberIds).toEqual([]);
    expect(state.case.settings).toEqual(DEFAULT_CASE_SETTINGS);
    expect(state.case.deletedAt).toBeNull();
    expect(state.case.caseId).toBe(state.case.id);
    expect(state.participants).toEqual([]);
    expect(parsed.records.every((r) => r.caseId === 'case_v0duinkerk')).toBe(true);
    expect(state.members.find((m) => m.pseudonym === 'Daan')?.birthYear).toBeNull();
  });

  it('does not share the default settings object', () => {
    const migrated = migrateDocument(JSON.parse(fixtureText(0)), 0, 1) as {
      records: { settings?: unknown }[];
    };
    expect(migrated.records[0]!.settings).toEqual(DEFAULT_CASE_SETTINGS);
    expect(migrated.records[0]!.settings).not.toBe(DEFAULT_CASE_SETTINGS);
  });

  it('copes with anything in a version-0 envelope without throwing', () => {
    const docs: unknown[] = [
      { format: 'levenslijn-case', version: 0 },
      {
        format: 'levenslijn-case',
        version: 0,
        case: null,
        lanes: 'x',
        items: [null, 1, [], 'a'],
        members: {},
      },
      {
        format: 'levenslijn-case',
        version: 0,
        case: { id: 5 },
        items: [{ date: 20200101 }, { year: '2020' }],
      },
    ];
    for (const doc of docs) {
      const r = parseCaseFile(JSON.stringify(doc), { maxBytes: MAX });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(['invalid', 'inconsistent']).toContain(r.error.code);
    }
  });
});

describe('migration 1 → 2 (session steering, icons, marker precision)', () => {
  const parsed = parseCaseFile(fixtureText(1), { maxBytes: MAX });
  if (!parsed.ok) throw new Error(`fixture v1: ${parsed.error.code} ${parsed.error.details.join('; ')}`);
  const state = buildCaseState(parsed.records);

  it('gives the session no wall focus, no time box and no ticks', () => {
    expect(parsed.migratedFrom).toBe(1);
    expect(state.session).toMatchObject({ wallFocus: null, timeBox: null, spoken: [] });
    expect(state.session?.phase).toBeGreaterThan(0);
  });

  it('gives participants no icon and keeps old markers to the day', () => {
    expect(state.participants.length).toBeGreaterThan(0);
    expect(state.participants.every((p) => p.icon === null)).toBe(true);
    expect(state.markers.length).toBeGreaterThan(0);
    expect(state.markers.every((m) => m.precision === 'day')).toBe(true);
  });

  it('keeps what a version-2 file holds, and completes a record only where a field is missing', () => {
    const v2 = parseCaseFile(fixtureText(2), { maxBytes: MAX });
    if (!v2.ok) throw new Error(v2.error.code);
    const s = buildCaseState(v2.records);
    expect(s.session?.timeBox).toMatchObject({ seconds: 120, per: 'speaker' });
    expect(s.session?.wallFocus).toMatchObject({ kind: 'span', start: '2016-01-01' });
    expect(s.markers.every((m) => m.precision === 'year')).toBe(true);
    expect(s.participants.some((p) => p.icon === 'fish')).toBe(true);
    const marker = s.markers[0]!;
    expect(completeRecord(marker)).toBe(marker);
    const { precision: _p, ...old } = marker;
    expect(completeRecord(old)).toEqual({ ...old, precision: 'day' });
    expect(completeRecord(completeRecord(old))).toEqual(completeRecord(old));
    for (const x of [null, 3, 'x', [], { type: 'session', wallFocus: 5 }])
      expect(() => completeRecord(x)).not.toThrow();
  });

  it('refuses the new fields when they are wrong, naming the field', () => {
    const doc = JSON.parse(fixtureText(2)) as { records: Record<string, unknown>[] };
    const bad: [string, (r: Record<string, unknown>) => void][] = [
      ['session', (r) => (r.timeBox = { seconds: 5, per: 'speaker', startedAt: 1, pausedAt: null })],
      ['session', (r) => (r.timeBox = { seconds: 60, per: 'everyone', startedAt: 1, pausedAt: null })],
      ['session', (r) => (r.wallFocus = { kind: 'zoom', at: 1 })],
      ['session', (r) => (r.wallFocus = { kind: 'span', start: '2016', end: '2019-01-01', at: 1 })],
      ['session', (r) => (r.spoken = [{ phase: 9, participantId: 'participant_x' }])],
      ['participant', (r) => (r.icon = 'unicorn')],
      ['marker', (r) => (r.precision = 'week')],
    ];
    for (const [type, spoil] of bad) {
      const copy = structuredClone(doc);
      spoil(copy.records.find((r) => r.type === type)!);
      const r = parseCaseFile(JSON.stringify(copy), { maxBytes: MAX });
      expect(r.ok, `${type}: ${JSON.stringify(copy.records.find((x) => x.type === type))}`).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('invalid');
        expect(r.error.details.join(' ')).toMatch(/timeBox|wallFocus|spoken|icon|precision/);
      }
    }
  });
});

describe('migration 2 → 3 (the change trail keeps before, after and who raised it)', () => {
  const parsed = parseCaseFile(fixtureText(2), { maxBytes: MAX });
  if (!parsed.ok) throw new Error(`fixture v2: ${parsed.error.code} ${parsed.error.details.join('; ')}`);
  const state = buildCaseState(parsed.records);

  it('keeps the change trail of version 2, without the details it did not record', () => {
    expect(state.changes.map((c) => [c.action, c.title, c.raisedBy, c.before, c.after])).toEqual([
      ['added', 'Oma Riet overleden', null, undefined, undefined],
      ['removed', 'Verhuizing (dubbel)', null, undefined, undefined],
    ]);
  });

  it('reads version-3 change records with who raised them and the item before and after', () => {
    const v3 = parseCaseFile(fixtureText(3), { maxBytes: MAX });
    if (!v3.ok) throw new Error(v3.error.code);
    const corrected = buildCaseState(v3.records).changes.find((c) => c.action === 'corrected');
    expect(corrected?.raisedBy).toBe('participant_fx1b');
    expect([corrected?.before?.start, corrected?.after?.start]).toEqual([
      { precision: 'year', year: 2018 },
      { precision: 'year', year: 2019 },
    ]);
  });
});

describe('migration 3 → 4 (the report)', () => {
  const v3 = JSON.parse(fixtureText(3)) as { records: Record<string, unknown>[] };
  const card = v3.records.find((r) => r.type === 'card')!;
  const caseId = String(card.caseId);
  v3.records.push({
    type: 'analysis',
    id: `analysis_${caseId.slice(5)}`,
    caseId,
    successStatement: 'Rust.',
    groups: [{ id: 'group_1', list: card.list, name: 'Afspraken', cardIds: [card.id] }],
    recommendations: ['Blijf bereikbaar.'],
    quoteCardIds: [card.id, 'card_gone'],
    codes: {},
    followUpNotes: '',
    facilitators: '',
    paper: 'A4',
    showOnWall: false,
    customCodes: [],
  });
  const parsed = parseCaseFile(JSON.stringify(v3), { maxBytes: MAX });
  if (!parsed.ok)
    throw new Error(`v3 with analysis: ${parsed.error.code} ${parsed.error.details.join('; ')}`);
  const state = buildCaseState(parsed.records);

  it('gives participants an empty display role and task (the role still names them)', () => {
    for (const p of state.participants) expect([p.displayRole, p.task]).toEqual(['', '']);
  });
  it('turns key quote cards into quote records under the same main factors; the card stays a card', () => {
    expect(state.quotes).toEqual([
      {
        type: 'quote',
        id: `quote_${String(card.id).slice(5)}`,
        caseId,
        text: card.text,
        participantId: card.participantId,
        cardId: card.id,
        markerId: card.markerId,
        groupIds: ['group_1'],
        createdAt: card.createdAt,
      },
    ]);
    expect(state.cards.map((c) => c.id)).toContain(card.id);
  });
  it('addresses old recommendations to professionals and gives groups an empty explanation', () => {
    expect(state.analysis!.recommendations).toEqual([
      { audience: 'professionals', text: 'Blijf bereikbaar.' },
    ]);
    expect(state.analysis!.groups[0]!.description).toBe('');
    expect(state.analysis!.report).toEqual({ sessionDate: null, sessionPlace: '', period: '', sections: {} });
  });
});
