import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCaseState, type ItemRecord } from '@shared/model';
import { openDatabase, type LevenslijnDb } from './database';
import { testKeyring } from './keyring';
import { executeCommand, HISTORY_LIMIT } from './executor';
import {
  createCase,
  deleteCase,
  duplicateCase,
  getCaseRecords,
  listCases,
  purgeDeletedCases,
  restoreCase,
} from './library';
import { getPref, setPref } from './prefs';
import { readUndoState, redo, undo } from './undo';

let db: LevenslijnDb;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`test-${++n}`, { keyring: testKeyring() });
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function state(caseId: string) {
  return buildCaseState(await getCaseRecords(db, caseId));
}

async function addMoment(caseId: string, title: string) {
  const s = await state(caseId);
  return executeCommand(db, caseId, 'item.add', {
    shape: 'moment',
    kind: 'life',
    title,
    start: { precision: 'year', year: 2015 },
    laneId: s.lanes[0]!.id,
  });
}

describe('database commands', () => {
  it('stores a command and undoes/redoes it step by step', async () => {
    const id = await createCase(db, { title: 'Gezin Test', language: 'nl' });
    expect(await addMoment(id, 'Eerste')).toEqual({ ok: true });
    expect(await addMoment(id, 'Tweede')).toEqual({ ok: true });
    expect((await state(id)).items.map((i) => i.title).sort()).toEqual(['Eerste', 'Tweede']);
    expect(await readUndoState(db, id)).toMatchObject({
      canUndo: true,
      canRedo: false,
      undoLabelKey: 'cmd.item.add',
    });

    expect(await undo(db, id)).toBe(true);
    expect((await state(id)).items.map((i) => i.title)).toEqual(['Eerste']);
    expect(await undo(db, id)).toBe(true);
    expect((await state(id)).items).toHaveLength(0);
    expect(await undo(db, id)).toBe(false);

    expect(await redo(db, id)).toBe(true);
    expect((await state(id)).items.map((i) => i.title)).toEqual(['Eerste']);
    // a new edit drops the redo branch
    await addMoment(id, 'Derde');
    expect(await readUndoState(db, id)).toMatchObject({ canRedo: false });
    expect((await state(id)).items.map((i) => i.title).sort()).toEqual(['Derde', 'Eerste']);
  });

  it('a refused command writes nothing and adds no history', async () => {
    const id = await createCase(db, { title: 'Gezin Test', language: 'nl' });
    const before = await getCaseRecords(db, id);
    const r = await executeCommand(db, id, 'item.add', {
      shape: 'moment',
      kind: 'life',
      title: 'x',
      start: { precision: 'year', year: 2015 },
      laneId: 'lane_missing',
    });
    expect(r).toMatchObject({ ok: false, refusal: { reasonKey: 'refusal.unknownLane' } });
    expect(await getCaseRecords(db, id)).toEqual(before);
    expect((await readUndoState(db, id)).canUndo).toBe(false);
  });

  it('undo restores an edited item exactly', async () => {
    const id = await createCase(db, { title: 'Gezin Test', language: 'nl' });
    await addMoment(id, 'Origineel');
    const item = (await state(id)).items[0]!;
    await executeCommand(db, id, 'item.update', { id: item.id, title: 'Gewijzigd', description: 'nieuw' });
    await undo(db, id);
    expect((await state(id)).byId.get(item.id) as ItemRecord).toEqual(item);
  });

  it('keeps at most HISTORY_LIMIT undo steps', async () => {
    const id = await createCase(db, { title: 'Gezin Test', language: 'nl' });
    await addMoment(id, 'm');
    const item = (await state(id)).items[0]!;
    for (let i = 0; i < HISTORY_LIMIT + 5; i++)
      await executeCommand(db, id, 'item.update', { id: item.id, title: `t${i}` });
    expect(await db.history.where('caseId').equals(id).count()).toBe(HISTORY_LIMIT);
  });
});

describe('case library', () => {
  it('lists, searches without accents, duplicates, deletes and restores', async () => {
    const a = await createCase(db, { title: 'Gezin Özdemir', language: 'nl' });
    const b = await createCase(db, { title: 'Family Brook', language: 'en' });
    expect((await listCases(db)).map((c) => c.id).sort()).toEqual([a, b].sort());
    expect((await listCases(db, 'ozd')).map((c) => c.id)).toEqual([a]);
    expect((await state(b)).lanes[0]!.name).toBe('Family life');

    await addMoment(a, 'Verhuizing');
    const copy = await duplicateCase(db, a, 'Gezin Özdemir (kopie)');
    const copyState = await state(copy);
    expect(copyState.case.title).toBe('Gezin Özdemir (kopie)');
    expect(copyState.items.map((i) => i.title)).toEqual(['Verhuizing']);
    expect(copyState.items[0]!.laneId).toBe(copyState.lanes[0]!.id);
    expect(copyState.items[0]!.id).not.toBe((await state(a)).items[0]!.id);

    await deleteCase(db, a, 1_000);
    expect((await listCases(db)).map((c) => c.id)).not.toContain(a);
    await restoreCase(db, a);
    expect((await listCases(db)).map((c) => c.id)).toContain(a);

    await deleteCase(db, a, 1_000);
    expect(await purgeDeletedCases(db, 30_000, 20_000)).toEqual([]);
    expect(await purgeDeletedCases(db, 30_000, 40_000)).toEqual([a]);
    expect(await getCaseRecords(db, a)).toEqual([]);
    expect(await db.history.where('caseId').equals(a).count()).toBe(0);
  });

  it('stores device preferences', async () => {
    expect(await getPref(db, 'language')).toBeUndefined();
    await setPref(db, 'language', 'en');
    expect(await getPref(db, 'language')).toBe('en');
  });
});

describe('the rule set guards every command (shared/rules)', () => {
  it('refuses a change that would break a rule, naming it, and stores nothing', async () => {
    const id = await createCase(db, { title: 'Gezin Regels', language: 'nl' });
    const run = executeCommand;
    expect(
      await run(db, id, 'participant.add', { id: 'participant_a', pseudonym: 'Ilse', role: 'ouder' }),
    ).toEqual({ ok: true });
    expect(await run(db, id, 'card.add', { id: 'card_a', list: 'strengths', text: 'Luisteren' })).toEqual({
      ok: true,
    });
    expect(await run(db, id, 'card.add', { id: 'card_b', list: 'strengths', text: 'Eén gezicht' })).toEqual({
      ok: true,
    });
    expect(await run(db, id, 'session.setPhase', { phase: 4 })).toEqual({ ok: true });
    for (const [n, cardId] of ['card_a', 'card_a', 'card_b'].entries())
      expect(
        await run(db, id, 'sticker.place', { id: `sticker_${n}`, cardId, participantId: 'participant_a' }),
      ).toEqual({ ok: true });
    const before = await getCaseRecords(db, id);
    // Lowering the budget below what Ilse has placed would break the vote budget.
    const lowered = await run(db, id, 'case.update', { settings: { stickerBudget: { strengths: 2 } } });
    expect(lowered).toMatchObject({
      ok: false,
      refusal: { reasonKey: 'refusal.rule', rule: { rule: 'sticker.budget' } },
    });
    // One sticker per card cannot be switched on while Ilse has two on card_a.
    const onePer = await run(db, id, 'case.update', { settings: { maxOneStickerPerCard: true } });
    expect(onePer).toMatchObject({
      ok: false,
      refusal: { rule: { rule: 'sticker.onePerCard', recordId: 'sticker_1' } },
    });
    // A 30 February marker.
    const feb30 = await run(db, id, 'marker.add', {
      valence: 'good',
      participantId: 'participant_a',
      start: '2019-02-30',
      byFacilitator: true,
    });
    expect(feb30).toMatchObject({
      ok: false,
      refusal: { rule: { rule: 'marker.dates', values: { problem: 'calendar' } } },
    });
    expect(await getCaseRecords(db, id)).toEqual(before);
  });
});
