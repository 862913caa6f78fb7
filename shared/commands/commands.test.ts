import { describe, expect, it } from 'vitest';
import { buildCaseState, type AnyRecord, type CaseState, type ItemRecord } from '../model';
import { applyPatch, invertPatch } from '../store/patch';
import { testContext } from '../testing/context';
import { createCaseRecords } from './createCase';
import { COMMANDS, runCommand } from './registry';

function setup() {
  const ctx = testContext();
  const records = createCaseRecords(
    { title: 'Gezin Test', language: 'nl', familyLaneName: 'Gezinsleven' },
    ctx,
  );
  return { ctx, state: buildCaseState(records) };
}

function apply(state: CaseState, name: string, args: unknown, ctx = testContext()) {
  const out = runCommand(state, name, args, ctx);
  if (!out.ok) throw new Error(`refused: ${out.refusal.reasonKey} ${JSON.stringify(out.refusal.values)}`);
  const before = new Map(
    [...state.byId].filter(([id]) => out.patch.put.some((r) => r.id === id) || out.patch.remove.includes(id)),
  );
  const next = buildCaseState([...applyPatch(state.byId, out.patch).values()]);
  return { next, patch: out.patch, before };
}

const family = (s: CaseState) => s.lanes[0]!;
const moment = (s: CaseState, title = 'Verhuizing') => ({
  shape: 'moment',
  kind: 'life',
  title,
  start: { precision: 'month', year: 2015, month: 5 },
  laneId: family(s).id,
});

describe('commands', () => {
  it('a new case has a case record and one family lane', () => {
    const { state } = setup();
    expect(state.case.title).toBe('Gezin Test');
    expect(state.lanes.map((l) => l.kind)).toEqual(['family']);
  });

  it('item.add adds a valid item and touches the case updatedAt', () => {
    const { state } = setup();
    const ctx = testContext(Date.UTC(2025, 5, 1));
    const { next } = apply(state, 'item.add', moment(state), ctx);
    expect(next.items).toHaveLength(1);
    expect(next.items[0]!.origin).toBe('prepared');
    expect(next.case.updatedAt).toBe(Date.UTC(2025, 5, 1));
  });

  it('refuses bad arguments and impossible edits with readable keys', () => {
    const { state, ctx } = setup();
    expect(runCommand(state, 'item.add', { ...moment(state), title: '' }, ctx)).toMatchObject({
      ok: false,
      refusal: { reasonKey: 'refusal.invalidArgs' },
    });
    expect(runCommand(state, 'item.add', { ...moment(state), laneId: 'lane_nope' }, ctx)).toMatchObject({
      ok: false,
      refusal: { reasonKey: 'refusal.unknownLane' },
    });
    expect(runCommand(state, 'nope.nothing', {}, ctx)).toMatchObject({
      ok: false,
      refusal: { reasonKey: 'refusal.unknownCommand' },
    });
    const period = {
      ...moment(state),
      shape: 'period',
      start: { precision: 'year', year: 2020 },
      end: { precision: 'year', year: 2018 },
    };
    expect(runCommand(state, 'item.add', period, ctx)).toMatchObject({
      ok: false,
      refusal: { reasonKey: 'refusal.endBeforeStart' },
    });
    expect(runCommand(state, 'lane.delete', { id: family(state).id }, ctx)).toMatchObject({
      ok: false,
      refusal: { reasonKey: 'refusal.lastFamilyLane' },
    });
    expect(runCommand(state, 'axis.update', { ...state.case.axis, end: '1990-01-01' }, ctx)).toMatchObject({
      ok: false,
      refusal: { reasonKey: 'refusal.axisEndBeforeStart' },
    });
  });

  it('a moment never keeps an end; a period may be ongoing', () => {
    const { state } = setup();
    const { next } = apply(state, 'item.add', { ...moment(state), end: { precision: 'year', year: 2016 } });
    expect(next.items[0]!.end).toBeNull();
    const { next: n2 } = apply(state, 'item.add', { ...moment(state), shape: 'period', end: null });
    expect(n2.items[0]!.end).toBeNull();
  });

  it('move, resize, update and delete change exactly the item', () => {
    const { state } = setup();
    const { next: s1 } = apply(state, 'item.add', {
      ...moment(state),
      id: 'item_p',
      shape: 'period',
      kind: 'help',
      end: { precision: 'year', year: 2017 },
    });
    const { next: s2 } = apply(s1, 'item.move', {
      id: 'item_p',
      start: { precision: 'month', year: 2016, month: 5 },
      end: { precision: 'year', year: 2018 },
    });
    expect((s2.byId.get('item_p') as ItemRecord).start).toEqual({ precision: 'month', year: 2016, month: 5 });
    const { next: s3 } = apply(s2, 'item.resize', { id: 'item_p', end: { precision: 'year', year: 2020 } });
    expect((s3.byId.get('item_p') as ItemRecord).end).toEqual({ precision: 'year', year: 2020 });
    const { next: s4 } = apply(s3, 'item.update', { id: 'item_p', title: 'Wijkteam' });
    expect((s4.byId.get('item_p') as ItemRecord).title).toBe('Wijkteam');
    // fields left out of an update stay as they were (the period keeps its end)
    expect((s4.byId.get('item_p') as ItemRecord).end).toEqual({ precision: 'year', year: 2020 });
    const { next: s5 } = apply(s4, 'item.delete', { ids: ['item_p'] });
    expect(s5.items).toHaveLength(0);
  });

  it('inverting a patch restores the state exactly (undo)', () => {
    const { state } = setup();
    const { next: s1 } = apply(state, 'item.add', { ...moment(state), id: 'item_a' });
    const { next: s2, patch, before } = apply(s1, 'item.update', { id: 'item_a', title: 'Anders' });
    const restored = applyPatch(s2.byId, invertPatch(patch, before));
    expect([...restored.values()].sort(byId)).toEqual([...s1.byId.values()].sort(byId));
  });

  it('deleting a lane moves its items to the family lane; reorder renumbers', () => {
    const { state } = setup();
    const { next: s1 } = apply(state, 'lane.add', { id: 'lane_w', name: 'Wijkteam' });
    const { next: s2 } = apply(s1, 'lane.add', { id: 'lane_g', name: 'GGZ' });
    const { next: s3 } = apply(s2, 'item.add', { ...moment(s2), id: 'item_x', laneId: 'lane_w' });
    const { next: s4 } = apply(s3, 'lane.reorder', { id: 'lane_g', toIndex: 0 });
    expect(s4.lanes.map((l) => l.id)).toEqual(['lane_g', family(state).id, 'lane_w']);
    const { next: s5 } = apply(s4, 'lane.delete', { id: 'lane_w' });
    expect((s5.byId.get('item_x') as ItemRecord).laneId).toBe(family(state).id);
  });

  it('deleting a member unlinks it from items', () => {
    const { state } = setup();
    const { next: s1 } = apply(state, 'member.add', {
      id: 'member_s',
      pseudonym: 'Sam',
      relation: 'kind',
      birthYear: 2006,
    });
    const { next: s2 } = apply(s1, 'item.add', { ...moment(s1), id: 'item_b', memberIds: ['member_s'] });
    const { next: s3 } = apply(s2, 'member.delete', { id: 'member_s' });
    expect((s3.byId.get('item_b') as ItemRecord).memberIds).toEqual([]);
  });

  it('case.update merges partial settings', () => {
    const { state } = setup();
    const { next } = apply(state, 'case.update', {
      settings: { showAges: false, stickerBudget: { strengths: 5 } },
    });
    expect(next.case.settings).toMatchObject({
      showAges: false,
      stickerBudget: { strengths: 5, improvements: 3 },
    });
  });

  it('every command has a label in the command vocabulary', () => {
    for (const c of COMMANDS.values()) expect(c.labelKey).toBe(`cmd.${c.name}`);
  });
});

const byId = (a: AnyRecord, b: AnyRecord) => (a.id < b.id ? -1 : 1);
