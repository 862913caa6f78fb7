import { describe, expect, it } from 'vitest';
import { buildCaseState, type AnyRecord, type CaseState } from '../model';
import { applyPatch, invertPatch, type Patch } from '../store/patch';
import { testContext } from '../testing/context';
import { createCaseRecords } from './createCase';
import { runCommand, type CommandName, type CommandArgs } from './registry';
import { planHistoryStep, type HistoryStep, type UndoOrigin } from './historyStep';

/**
 * A case with two windows' histories, as the database keeps them: each command's patch and its
 * inverse, tagged with the window it ran in.
 */
function twoWindows() {
  const ctx = testContext();
  let state = buildCaseState(
    createCaseRecords({ title: 'Gezin Undo', language: 'nl', familyLaneName: 'Gezinsleven' }, ctx),
  );
  const steps: { origin: UndoOrigin; step: HistoryStep; undoable: boolean }[] = [];
  const run = <N extends CommandName>(origin: UndoOrigin, name: N, args: CommandArgs<N>) => {
    ctx.tick();
    const out = runCommand(state, name, args, ctx);
    if (!out.ok) throw new Error(`${name} refused: ${out.refusal.reasonKey}`);
    const before = new Map(
      [...out.patch.put.map((r) => r.id), ...out.patch.remove].map((id) => [id, state.byId.get(id)]),
    );
    steps.push({
      origin,
      step: { forward: out.patch, backward: invertPatch(out.patch, before) },
      undoable: out.command.undo === 'undoable',
    });
    state = buildCaseState([...applyPatch(state.byId, out.patch).values()]);
  };
  /** The latest undoable step of a window. */
  const last = (origin: UndoOrigin) => steps.filter((s) => s.origin === origin && s.undoable).at(-1)!.step;
  const plan = (step: HistoryStep, direction: 'undo' | 'redo' = 'undo') => {
    ctx.tick();
    return planHistoryStep([...state.byId.values()], step, direction, ctx.now);
  };
  const apply = (patch: Patch) => {
    state = buildCaseState([...applyPatch(state.byId, patch).values()]);
  };
  run('console', 'participant.add', { id: 'participant_ilse', pseudonym: 'Ilse', role: 'ouder' });
  run('console', 'participant.add', { id: 'participant_sam', pseudonym: 'Sam', role: 'kindJongere' });
  return {
    run,
    last,
    plan,
    apply,
    get state(): CaseState {
      return state;
    },
  };
}

/** Round 2, and a marker Sam tapped on the wall. */
function withWallMarker() {
  const w = twoWindows();
  w.run('console', 'session.setPhase', { phase: 2 });
  w.run('wall', 'marker.add', {
    id: 'marker_m',
    valence: 'good',
    participantId: 'participant_sam',
    start: '2019-05-01',
  });
  return w;
}

const refusalOf = (p: ReturnType<typeof planHistoryStep>) => (p.ok ? null : p.refusal.reasonKey);

describe('undo and redo steps', () => {
  it('undo restores the records of an edit and redo writes it again; the case stamp only moves on', () => {
    const w = twoWindows();
    w.run('console', 'session.setPhase', { phase: 2 });
    w.run('console', 'card.add', { id: 'card_a', list: 'strengths', text: 'Luisteren' });
    w.run('console', 'card.update', { id: 'card_a', text: 'Goed luisteren' });
    const stampBefore = w.state.case.updatedAt;
    const undo = w.plan(w.last('console'));
    expect(undo.ok).toBe(true);
    if (!undo.ok) return;
    w.apply(undo.patch);
    expect(w.state.cards.find((c) => c.id === 'card_a')?.text).toBe('Luisteren');
    expect(w.state.case.updatedAt).toBeGreaterThan(stampBefore);
    const redo = w.plan(w.last('console'), 'redo');
    expect(redo.ok).toBe(true);
    if (redo.ok) w.apply(redo.patch);
    expect(w.state.cards.find((c) => c.id === 'card_a')?.text).toBe('Goed luisteren');
  });

  it("the other window's later edits of other records do not stand in the way", () => {
    const w = twoWindows();
    w.run('console', 'session.setPhase', { phase: 2 });
    w.run('console', 'card.add', { id: 'card_a', list: 'strengths', text: 'Luisteren' });
    // the wall places a marker meanwhile: it touches the case's stamp, nothing of the card
    w.run('wall', 'marker.add', { valence: 'good', participantId: 'participant_sam', start: '2019-05-01' });
    const undo = w.plan(w.last('console'));
    expect(refusalOf(undo)).toBeNull();
    if (undo.ok) w.apply(undo.patch);
    expect(w.state.cards).toHaveLength(0);
    expect(w.state.markers).toHaveLength(1);
  });

  it('never clobbers a later change made elsewhere to the same record', () => {
    const w = withWallMarker();
    w.run('console', 'marker.update', { id: 'marker_m', title: 'Wijkcoach' });
    const consoleStep = w.last('console');
    // the wall stretches the marker into a span after the console's edit
    w.run('wall', 'marker.move', { id: 'marker_m', end: '2019-09-01' });
    expect(refusalOf(w.plan(consoleStep))).toBe('refusal.undoConflict');
    expect(w.state.markers[0]).toMatchObject({ title: 'Wijkcoach', end: '2019-09-01' });
  });

  it('redo is refused as well when the record changed after the undo', () => {
    const w = withWallMarker();
    w.run('console', 'marker.move', { id: 'marker_m', start: '2018-01-01' });
    const step = w.last('console');
    const undo = w.plan(step);
    if (!undo.ok) throw new Error('undo refused');
    w.apply(undo.patch);
    w.run('wall', 'marker.move', { id: 'marker_m', end: '2019-09-01' });
    expect(refusalOf(w.plan(step, 'redo'))).toBe('refusal.undoConflict');
  });

  it('refuses to remove a card the wall has put a sticker on since', () => {
    const w = twoWindows();
    w.run('console', 'session.setPhase', { phase: 4 });
    w.run('console', 'card.add', { id: 'card_a', list: 'strengths', text: 'Luisteren' });
    w.run('wall', 'sticker.place', { cardId: 'card_a', participantId: 'participant_sam' });
    expect(refusalOf(w.plan(w.last('console')))).toBe('refusal.undoBreaksRule');
    expect(w.state.cards).toHaveLength(1);
  });

  it('keeps the sticker budget: taking back a removal may not give a participant one too many', () => {
    const w = twoWindows();
    w.run('console', 'case.update', { settings: { stickerBudget: { strengths: 1 } } });
    w.run('console', 'session.setPhase', { phase: 4 });
    w.run('console', 'card.add', { id: 'card_a', list: 'strengths', text: 'Luisteren' });
    w.run('console', 'card.add', { id: 'card_b', list: 'strengths', text: 'Er zijn' });
    w.run('console', 'sticker.place', {
      id: 'sticker_1',
      cardId: 'card_a',
      participantId: 'participant_sam',
    });
    w.run('console', 'sticker.remove', { id: 'sticker_1' });
    const removal = w.last('console');
    // Sam spends the sticker on the wall meanwhile
    w.run('wall', 'sticker.place', { cardId: 'card_b', participantId: 'participant_sam' });
    expect(refusalOf(w.plan(removal))).toBe('refusal.undoBreaksRule');
    expect(w.state.stickers).toHaveLength(1);
  });

  it('stickers change only while the voting is open, as with the commands', () => {
    const w = twoWindows();
    w.run('console', 'session.setPhase', { phase: 4 });
    w.run('console', 'card.add', { id: 'card_a', list: 'strengths', text: 'Luisteren' });
    w.run('console', 'sticker.place', { cardId: 'card_a', participantId: 'participant_ilse' });
    const place = w.last('console');
    w.run('console', 'session.setPhase', { phase: 5 });
    expect(refusalOf(w.plan(place))).toBe('refusal.votingClosed');
    w.run('console', 'session.setPhase', { phase: 4 });
    expect(refusalOf(w.plan(place))).toBeNull();
  });

  it('steering is never a step: phase, floor and time box are not undoable commands', () => {
    const w = twoWindows();
    w.run('console', 'session.setPhase', { phase: 2 });
    w.run('console', 'session.setSpeaker', { participantId: 'participant_ilse' });
    w.run('console', 'session.setTimeBox', { seconds: 120, per: 'speaker' });
    w.run('console', 'session.setWallFocus', { target: { kind: 'all' } });
    // the console's latest undoable step is still the participant it added
    expect(w.last('console').forward.put.some((r: AnyRecord) => r.id === 'participant_sam')).toBe(true);
  });
});
