import { describe, expect, it } from 'vitest';
import { checkCase } from '../rules';
import { buildCaseState, type CaseState } from '../model';
import { applyPatch } from '../store/patch';
import { testContext } from '../testing/context';
import { commandStep } from '../testing/commandStep';
import { createCaseRecords } from '../commands/createCase';
import { COMMANDS, runCommand } from '../commands/registry';
import {
  focusRange,
  followAgainAt,
  formatCountdown,
  hasSpoken,
  speakerOf,
  spokenCount,
  timeBoxAt,
  WALL_FOLLOW_PAUSE_MS,
} from './steering';
import { isoToDay } from '../time/day';

const ctx = testContext();
const run = commandStep(ctx);
function refusal(state: CaseState, name: string, args: unknown): string | null {
  const out = runCommand(state, name, args, ctx);
  return out.ok ? null : out.refusal.reasonKey;
}

function session(): CaseState {
  let s = buildCaseState(
    createCaseRecords({ title: 'Gezin Sturen', language: 'nl', familyLaneName: 'Gezinsleven' }, ctx),
  );
  s = run(s, 'participant.add', { id: 'participant_ilse', pseudonym: 'Ilse', role: 'ouder', icon: 'fish' });
  s = run(s, 'participant.add', { id: 'participant_sam', pseudonym: 'Sam', role: 'kindJongere' });
  s = run(s, 'item.add', {
    id: 'item_verhuizing',
    laneId: s.lanes[0]!.id,
    shape: 'moment',
    kind: 'life',
    title: 'Verhuizing',
    start: { precision: 'year', year: 2017 },
  });
  return run(s, 'session.setPhase', { phase: 2 });
}

describe('steering is not an edit of the case', () => {
  it('phase, speaker, tallies, wall focus, time box and ticks are never undo steps', () => {
    const steering = [
      'session.setPhase',
      'session.setSpeaker',
      'session.setTallies',
      'session.restartTimer',
      'session.setWallFocus',
      'session.setTimeBox',
      'session.restartTimeBox',
      'session.pauseTimeBox',
      'session.setSpoken',
    ];
    for (const name of steering) expect(COMMANDS.get(name)?.undo, name).toBe('never');
    // and the edits around them still are
    for (const name of ['marker.add', 'marker.move', 'sticker.remove', 'participant.update'])
      expect(COMMANDS.get(name)?.undo, name).toBe('undoable');
  });

  it('no undoable command writes the session record (an undo would rewind the steering)', () => {
    let s = session();
    s = run(s, 'session.setSpeaker', { participantId: 'participant_ilse' });
    // Whoever has the floor stays (every reference resolves, shared/rules): the console says so.
    const refused = runCommand(s, 'participant.delete', { id: 'participant_ilse' }, ctx);
    expect(refused).toMatchObject({ ok: false, refusal: { reasonKey: 'refusal.participantHasFloor' } });
    s = run(s, 'session.setSpeaker', { participantId: null });
    const out = runCommand(s, 'participant.delete', { id: 'participant_ilse' }, ctx);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.patch.put.filter((r) => r.type === 'session')).toEqual([]);
    const after = buildCaseState([...applyPatch(s.byId, out.patch).values()]);
    expect(speakerOf(after)).toBeNull();
    // and what it leaves breaks no rule (a "has spoken" tick of theirs is not a reference readers follow)
    expect(checkCase([...after.byId.values()])).toEqual([]);
  });
});

describe('the wall focus', () => {
  it('stores a span, a moment, a marker or everything, with when it was asked', () => {
    let s = session();
    s = run(s, 'session.setWallFocus', { target: { kind: 'span', start: '2016-01-01', end: '2019-12-31' } });
    expect(s.session?.wallFocus).toEqual({
      kind: 'span',
      start: '2016-01-01',
      end: '2019-12-31',
      at: ctx.now,
    });
    const firstAt = ctx.now;
    // asking again for the same span moves the wall again: a new `at`
    s = run(s, 'session.setWallFocus', { target: { kind: 'span', start: '2016-01-01', end: '2019-12-31' } });
    expect(s.session?.wallFocus?.at).toBeGreaterThan(firstAt);
    s = run(s, 'session.setWallFocus', { target: { kind: 'item', id: 'item_verhuizing' } });
    expect(s.session?.wallFocus).toMatchObject({ kind: 'item', id: 'item_verhuizing' });
    s = run(s, 'session.setWallFocus', { target: null });
    expect(s.session?.wallFocus).toBeNull();
  });

  it('refuses what is not there and spans that end before they start', () => {
    const s = session();
    expect(refusal(s, 'session.setWallFocus', { target: { kind: 'item', id: 'item_nope' } })).toBe(
      'refusal.notFound',
    );
    expect(refusal(s, 'session.setWallFocus', { target: { kind: 'marker', id: 'item_verhuizing' } })).toBe(
      'refusal.notFound',
    );
    expect(
      refusal(s, 'session.setWallFocus', {
        target: { kind: 'span', start: '2019-01-01', end: '2016-01-01' },
      }),
    ).toBe('refusal.endBeforeStart');
  });

  it('turns into the days the wall shows: spans as chosen, a moment or marker with room around it', () => {
    let s = session();
    s = run(s, 'marker.add', {
      id: 'marker_m',
      valence: 'good',
      participantId: 'participant_sam',
      start: '2018-05-01',
      precision: 'year',
    });
    expect(focusRange(s, { kind: 'all', at: 0 })).toEqual({ kind: 'all' });
    expect(focusRange(s, { kind: 'span', start: '2016-01-01', end: '2019-12-31', at: 0 })).toEqual({
      kind: 'days',
      from: isoToDay('2016-01-01'),
      to: isoToDay('2020-01-01'),
    });
    const moment = focusRange(s, { kind: 'item', id: 'item_verhuizing', at: 0 });
    expect(moment?.kind).toBe('days');
    if (moment?.kind === 'days') {
      expect(moment.from).toBeLessThan(isoToDay('2017-01-01'));
      expect(moment.to).toBeGreaterThan(isoToDay('2018-01-01'));
    }
    const marker = focusRange(s, { kind: 'marker', id: 'marker_m', at: 0 });
    if (marker?.kind !== 'days') throw new Error('no range');
    expect(marker.from).toBeLessThan(isoToDay('2018-05-01'));
    expect(marker.to).toBeGreaterThan(isoToDay('2018-05-01'));
    // a removed marker: nothing to show
    s = run(s, 'marker.delete', { id: 'marker_m' });
    expect(focusRange(s, { kind: 'marker', id: 'marker_m', at: 0 })).toBeNull();
  });

  it('the wall follows again only after a pause without touches', () => {
    expect(followAgainAt(true, 1000, WALL_FOLLOW_PAUSE_MS)).toBeNull();
    expect(followAgainAt(false, 1000, WALL_FOLLOW_PAUSE_MS)).toBe(1000 + WALL_FOLLOW_PAUSE_MS);
    expect(followAgainAt(false, null, WALL_FOLLOW_PAUSE_MS)).toBe(0);
    expect(WALL_FOLLOW_PAUSE_MS).toBeGreaterThanOrEqual(3000);
    expect(WALL_FOLLOW_PAUSE_MS).toBeLessThanOrEqual(15000);
  });
});

describe('the time box', () => {
  it('counts down per speaker: waits for a speaker, starts again for the next one', () => {
    let s = session();
    s = run(s, 'session.setTimeBox', { seconds: 120, per: 'speaker' });
    expect(timeBoxAt(s.session, ctx.now + 30_000)).toMatchObject({ waiting: true, remainingMs: 120_000 });
    s = run(s, 'session.setSpeaker', { participantId: 'participant_ilse' });
    const started = ctx.now;
    expect(timeBoxAt(s.session, started + 30_000)).toMatchObject({ running: true, remainingMs: 90_000 });
    expect(timeBoxAt(s.session, started + 200_000)).toMatchObject({
      over: true,
      running: false,
      remainingMs: 0,
    });
    s = run(s, 'session.setSpeaker', { participantId: 'participant_sam' }, 50_000);
    expect(timeBoxAt(s.session, ctx.now)).toMatchObject({ remainingMs: 120_000, running: true });
  });

  it('per round: runs on across speakers and starts again with the next phase', () => {
    let s = session();
    s = run(s, 'session.setTimeBox', { seconds: 600, per: 'round' });
    s = run(s, 'session.setSpeaker', { participantId: 'participant_ilse' }, 60_000);
    expect(timeBoxAt(s.session, ctx.now)?.remainingMs).toBe(540_000);
    s = run(s, 'session.setPhase', { phase: 3 }, 60_000);
    expect(timeBoxAt(s.session, ctx.now)?.remainingMs).toBe(600_000);
  });

  it('pauses and runs on from where it stood; restarts; can be removed', () => {
    let s = session();
    s = run(s, 'session.setTimeBox', { seconds: 60, per: 'round' });
    s = run(s, 'session.pauseTimeBox', { paused: true }, 20_000);
    expect(timeBoxAt(s.session, ctx.now + 100_000)).toMatchObject({ paused: true, remainingMs: 40_000 });
    s = run(s, 'session.pauseTimeBox', { paused: false }, 100_000);
    expect(timeBoxAt(s.session, ctx.now + 10_000)).toMatchObject({ running: true, remainingMs: 30_000 });
    s = run(s, 'session.restartTimeBox', {}, 5000);
    expect(timeBoxAt(s.session, ctx.now)?.remainingMs).toBe(60_000);
    s = run(s, 'session.setTimeBox', { seconds: null });
    expect(timeBoxAt(s.session, ctx.now)).toBeNull();
    expect(refusal(s, 'session.restartTimeBox', {})).toBe('refusal.noTimeBox');
    expect(refusal(s, 'session.setTimeBox', { seconds: 5 })).toBe('refusal.invalidArgs');
  });

  it('shows minutes and seconds, rounded up', () => {
    expect(formatCountdown(120_000)).toBe('2:00');
    expect(formatCountdown(119_001)).toBe('2:00');
    expect(formatCountdown(9_000)).toBe('0:09');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-5)).toBe('0:00');
  });
});

describe('has spoken', () => {
  it('is a tick per participant per round, set by hand or when the floor moves on', () => {
    let s = session();
    s = run(s, 'session.setSpoken', { participantId: 'participant_sam', spoken: true });
    expect(hasSpoken(s.session, 2, 'participant_sam')).toBe(true);
    expect(hasSpoken(s.session, 3, 'participant_sam')).toBe(false);
    s = run(s, 'session.setSpeaker', { participantId: 'participant_ilse' });
    expect(hasSpoken(s.session, 2, 'participant_ilse')).toBe(false);
    s = run(s, 'session.setSpeaker', { participantId: null });
    expect(hasSpoken(s.session, 2, 'participant_ilse')).toBe(true);
    expect(spokenCount(s, 2)).toBe(2);
    s = run(s, 'session.setSpoken', { participantId: 'participant_ilse', spoken: false });
    expect(spokenCount(s, 2)).toBe(1);
    // the next round starts with nobody ticked; round 2 keeps its ticks
    s = run(s, 'session.setPhase', { phase: 3 });
    expect(spokenCount(s, 3)).toBe(0);
    expect(spokenCount(s, 2)).toBe(1);
    s = run(s, 'session.setSpoken', { participantId: 'participant_ilse', spoken: true, phase: 2 });
    expect(spokenCount(s, 2)).toBe(2);
    expect(refusal(s, 'session.setSpoken', { participantId: 'participant_x', spoken: true })).toBe(
      'refusal.notFound',
    );
  });
});

describe('participant icons and marker precision', () => {
  it('an icon is chosen, changed and removed; unknown icons are refused', () => {
    let s = session();
    expect(s.participants.find((p) => p.id === 'participant_ilse')?.icon).toBe('fish');
    expect(s.participants.find((p) => p.id === 'participant_sam')?.icon).toBeNull();
    s = run(s, 'participant.update', { id: 'participant_sam', icon: 'rocket' });
    expect(s.participants.find((p) => p.id === 'participant_sam')?.icon).toBe('rocket');
    s = run(s, 'participant.update', { id: 'participant_sam', icon: null });
    expect(s.participants.find((p) => p.id === 'participant_sam')?.icon).toBeNull();
    expect(refusal(s, 'participant.update', { id: 'participant_sam', icon: 'unicorn' })).toBe(
      'refusal.invalidArgs',
    );
  });

  it('a marker keeps the precision it was tapped with, and the console can correct it', () => {
    let s = session();
    s = run(s, 'marker.add', {
      id: 'marker_t',
      valence: 'good',
      participantId: 'participant_ilse',
      start: '2018-01-25',
      precision: 'year',
    });
    expect(s.markers[0]).toMatchObject({ start: '2018-01-25', precision: 'year' });
    s = run(s, 'marker.move', { id: 'marker_t', precision: 'month' });
    expect(s.markers[0]).toMatchObject({ start: '2018-01-25', precision: 'month' });
    s = run(s, 'marker.move', { id: 'marker_t', start: '2017-06-01' });
    expect(s.markers[0]).toMatchObject({ start: '2017-06-01', precision: 'month' });
    // a marker added without one (the console's form) is to the day
    s = run(s, 'marker.add', {
      id: 'marker_d',
      valence: 'good',
      participantId: 'participant_ilse',
      start: '2018-02-02',
    });
    expect(s.markers.find((m) => m.id === 'marker_d')?.precision).toBe('day');
  });
});
