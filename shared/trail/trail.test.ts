import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCaseState, type CaseState, type ItemSnapshot } from '../model';
import { createCaseRecords } from '../commands/createCase';
import { runCommand } from '../commands/registry';
import { applyPatch, invertPatch, touchedIds } from '../store/patch';
import { testContext } from '../testing/context';
import { changeTrailRows, diffSnapshots, TRAIL_FIELDS } from './index';

const base: ItemSnapshot = {
  shape: 'moment',
  kind: 'life',
  title: 'Verhuizing naar Zwolle',
  description: '',
  start: { precision: 'year', year: 2011 },
  end: null,
  lane: 'Gezinsleven',
  people: ['Ilse', 'Sam'],
};

describe('the field diff', () => {
  it('names exactly the fields that changed', () => {
    expect(diffSnapshots(base, base)).toEqual([]);
    expect(diffSnapshots(base, { ...base, start: { precision: 'year', year: 2012 } })).toEqual(['start']);
    expect(diffSnapshots(base, { ...base, title: 'Verhuizing', lane: 'Wijkteam' })).toEqual([
      'title',
      'lane',
    ]);
    expect(diffSnapshots(base, { ...base, description: 'Naar oma.' })).toEqual(['description']);
    expect(diffSnapshots(base, { ...base, people: ['Ilse'] })).toEqual(['people']);
    expect(
      diffSnapshots(base, { ...base, shape: 'period', end: { precision: 'year', year: 2013 }, kind: 'help' }),
    ).toEqual(['end', 'shape', 'kind']);
  });
  it('does not count the order of people or spaces around a description', () => {
    expect(diffSnapshots(base, { ...base, people: ['Sam', 'Ilse'] })).toEqual([]);
    expect(diffSnapshots({ ...base, description: 'x' }, { ...base, description: 'x \n' })).toEqual([]);
  });
  it('a precision change of the same year is a change ("2011" → "rond 2011")', () => {
    expect(
      diffSnapshots(base, { ...base, start: { precision: 'approx', year: 2011, plusMinusYears: 1 } }),
    ).toEqual(['start']);
  });
  it('is empty exactly when nothing shown differs (any pair of changes)', () => {
    const edits = fc.record(
      {
        title: fc.constantFrom('A', 'B'),
        description: fc.constantFrom('', 'x'),
        start: fc.constantFrom(2011, 2012).map((year) => ({ precision: 'year' as const, year })),
        lane: fc.constantFrom('Gezinsleven', 'Wijkteam'),
        people: fc.subarray(['Ilse', 'Sam', 'Noor']),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(edits, edits, (a, b) => {
        const x = { ...base, ...a };
        const y = { ...base, ...b };
        const fields = diffSnapshots(x, y);
        for (const f of TRAIL_FIELDS) {
          const differs =
            f === 'people'
              ? JSON.stringify([...x.people].sort()) !== JSON.stringify([...y.people].sort())
              : JSON.stringify(x[f]) !== JSON.stringify(y[f]);
          if (differs !== fields.includes(f)) return false;
        }
        return true;
      }),
    );
  });
});

/** A case in session phase 1 with a prepared moment, a help lane, two members and two participants. */
function sessionCase() {
  const ctx = testContext();
  let state = buildCaseState(
    createCaseRecords({ title: 'Gezin Test', language: 'nl', familyLaneName: 'Gezinsleven' }, ctx),
  );
  const run = (name: string, args: unknown) => {
    ctx.tick();
    const out = runCommand(state, name, args, ctx);
    if (!out.ok) throw new Error(`${name}: ${out.refusal.reasonKey}`);
    const before = new Map(touchedIds(out.patch).map((id) => [id, state.byId.get(id)]));
    const prev = state;
    state = buildCaseState([...applyPatch(state.byId, out.patch).values()]);
    /** Undoes this step (as the app's undo does: the inverse patch). */
    return () => {
      state = buildCaseState([...applyPatch(state.byId, invertPatch(out.patch, before)).values()]);
      expect(state.changes).toEqual(prev.changes);
    };
  };
  const family = state.lanes[0]!.id;
  run('lane.add', { id: 'lane_wijk', name: 'Wijkteam', kind: 'help' });
  run('member.add', { id: 'member_ilse', pseudonym: 'Ilse', relation: 'moeder' });
  run('member.add', { id: 'member_sam', pseudonym: 'Sam', relation: 'kind' });
  run('item.add', {
    id: 'item_move',
    shape: 'moment',
    kind: 'life',
    title: 'Verhuizing naar Zwolle',
    start: { precision: 'year', year: 2011 },
    laneId: family,
    memberIds: ['member_ilse'],
  });
  run('participant.add', { id: 'participant_ilse', pseudonym: 'Ilse', role: 'ouder' });
  run('participant.add', { id: 'participant_coach', pseudonym: 'Gezinscoach', role: 'professional' });
  run('session.setPhase', { phase: 1 });
  return {
    get state(): CaseState {
      return state;
    },
    run,
    family,
  };
}

/** A moment added in the session: "Oma overleden", 2014, family lane. */
function addOmaOverleden(s: ReturnType<typeof sessionCase>) {
  return s.run('item.add', {
    id: 'item_new',
    shape: 'moment',
    kind: 'life',
    title: 'Oma overleden',
    start: { precision: 'year', year: 2014 },
    laneId: s.family,
  });
}

describe('the change trail in the session', () => {
  it('writes nothing before the session reaches phase 1', () => {
    const ctx = testContext();
    const state = buildCaseState(
      createCaseRecords({ title: 'Gezin Test', language: 'nl', familyLaneName: 'Gezinsleven' }, ctx),
    );
    const out = runCommand(
      state,
      'item.add',
      {
        shape: 'moment',
        kind: 'life',
        title: 'X',
        start: { precision: 'year', year: 2010 },
        laneId: state.lanes[0]!.id,
      },
      ctx,
    );
    expect(out.ok && out.patch.put.some((r) => r.type === 'change')).toBe(false);
  });

  it('a corrected date reads "2011 → 2012", field by field, with who raised it', () => {
    const s = sessionCase();
    s.run('session.setSpeaker', { participantId: 'participant_ilse' });
    s.run('item.update', { id: 'item_move', start: { precision: 'year', year: 2012 } });
    expect(s.state.changes).toHaveLength(1);
    const [row] = changeTrailRows(s.state, 'nl');
    expect(row).toMatchObject({
      action: 'gecorrigeerd',
      title: 'Verhuizing naar Zwolle',
      raisedBy: 'Ilse (ouder)',
    });
    expect(row!.fields).toEqual([{ field: 'start', label: 'Datum', before: '2011', after: '2012' }]);
    expect(s.state.byId.get('item_move')).toMatchObject({ origin: 'correctedInSession' });
    const [en] = changeTrailRows(s.state, 'en');
    expect(en).toMatchObject({ action: 'corrected', raisedBy: 'Ilse (parent)' });
  });

  it('keeps title, lane, description and people before and after', () => {
    const s = sessionCase();
    s.run('item.update', {
      id: 'item_move',
      title: 'Verhuizing naar Kampen',
      laneId: 'lane_wijk',
      description: 'Met hulp van de coach.',
      memberIds: ['member_ilse', 'member_sam'],
    });
    const [row] = changeTrailRows(s.state, 'nl');
    expect(row!.fields.map((f) => [f.label, f.before, f.after])).toEqual([
      ['Titel', 'Verhuizing naar Zwolle', 'Verhuizing naar Kampen'],
      ['Baan', 'Gezinsleven', 'Wijkteam'],
      ['Toelichting', '—', 'Met hulp van de coach.'],
      ['Betrokken gezinsleden', 'Ilse', 'Ilse, Sam'],
    ]);
    expect(row!.raisedBy).toBeNull();
  });

  it('an edit that changes nothing shown writes no line', () => {
    const s = sessionCase();
    s.run('item.update', { id: 'item_move', title: 'Verhuizing naar Zwolle' });
    s.run('item.update', { id: 'item_move', memberIds: ['member_ilse'] });
    expect(s.state.changes).toEqual([]);
    expect(s.state.byId.get('item_move')).toMatchObject({ origin: 'prepared' });
  });

  it('an added moment is one "toegevoegd" line with its final content', () => {
    const s = sessionCase();
    addOmaOverleden(s);
    s.run('item.update', { id: 'item_new', start: { precision: 'season', year: 2014, season: 'autumn' } });
    s.run('item.update', { id: 'item_new', title: 'Oma Truus overleden', memberIds: ['member_sam'] });
    const rows = changeTrailRows(s.state, 'nl');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'toegevoegd', title: 'Oma Truus overleden' });
    expect(rows[0]!.fields.map((f) => [f.label, f.before, f.after])).toEqual([
      ['Datum', null, 'najaar 2014'],
      ['Titel', null, 'Oma Truus overleden'],
      ['Baan', null, 'Gezinsleven'],
      ['Betrokken gezinsleden', null, 'Sam'],
    ]);
    expect(s.state.byId.get('item_new')).toMatchObject({ origin: 'addedInSession' });
  });

  it('a removed moment keeps its content', () => {
    const s = sessionCase();
    s.run('item.delete', { ids: ['item_move'] });
    const [row] = changeTrailRows(s.state, 'nl');
    expect(row).toMatchObject({ action: 'verwijderd', title: 'Verhuizing naar Zwolle' });
    expect(row!.fields.map((f) => [f.label, f.before, f.after])).toEqual([
      ['Datum', '2011', null],
      ['Titel', 'Verhuizing naar Zwolle', null],
      ['Baan', 'Gezinsleven', null],
      ['Betrokken gezinsleden', 'Ilse', null],
    ]);
  });

  it('undoing an edit removes its line; undoing an edit of an added moment restores the line as it was', () => {
    const s = sessionCase();
    const undoCorrection = s.run('item.update', {
      id: 'item_move',
      start: { precision: 'year', year: 2012 },
    });
    expect(s.state.changes).toHaveLength(1);
    undoCorrection();
    expect(s.state.changes).toHaveLength(0);
    addOmaOverleden(s);
    const undoEdit = s.run('item.update', { id: 'item_new', title: 'Oma Truus overleden' });
    expect(changeTrailRows(s.state, 'nl')[0]!.title).toBe('Oma Truus overleden');
    undoEdit();
    expect(changeTrailRows(s.state, 'nl').map((r) => r.title)).toEqual(['Oma overleden']);
  });

  it('who raised it can be chosen afterwards, or cleared', () => {
    const s = sessionCase();
    s.run('item.update', { id: 'item_move', start: { precision: 'year', year: 2012 } });
    const id = s.state.changes[0]!.id;
    s.run('change.setRaisedBy', { id, participantId: 'participant_coach' });
    expect(changeTrailRows(s.state, 'nl')[0]!.raisedBy).toBe('Gezinscoach (professional)');
    s.run('change.setRaisedBy', { id, participantId: null });
    expect(changeTrailRows(s.state, 'nl')[0]!.raisedBy).toBeNull();
    expect(() => s.run('change.setRaisedBy', { id, participantId: 'participant_nobody' })).toThrow(
      /notFound/,
    );
  });

  it('a lane or member renamed later does not rewrite the trail', () => {
    const s = sessionCase();
    s.run('item.update', { id: 'item_move', laneId: 'lane_wijk' });
    s.run('lane.update', { id: 'lane_wijk', name: 'Wijkteam Noord' });
    expect(changeTrailRows(s.state, 'nl')[0]!.fields[0]).toMatchObject({
      before: 'Gezinsleven',
      after: 'Wijkteam',
    });
  });

  it('shows changes recorded before the trail kept details as title and action', () => {
    const s = sessionCase();
    s.run('item.update', { id: 'item_move', title: 'X' });
    const old = { ...s.state.changes[0]! };
    delete old.before;
    delete old.after;
    delete old.raisedBy;
    const state = buildCaseState([...s.state.byId.values()].map((r) => (r.id === old.id ? old : r)));
    expect(changeTrailRows(state, 'nl')[0]).toMatchObject({ title: 'X', detailed: false, fields: [] });
  });
});
