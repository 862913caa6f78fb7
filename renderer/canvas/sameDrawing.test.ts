import { describe, expect, it } from 'vitest';
import { buildCaseState } from '@shared/model';
import { testContext } from '@shared/testing/context';
import { commandStep } from '@shared/testing/commandStep';
import { createCaseRecords } from '@shared/commands/createCase';
import { reuseUnchanged } from '@shared/store/share';
import { sameDrawing } from './useLifelineView';

const ctx = testContext();
const run = commandStep(ctx);

describe('the wall keeps its scene when the drawing does not change', () => {
  it('stickers, cards and phases leave the drawing; markers, items and settings change it', () => {
    let s = buildCaseState(
      createCaseRecords({ title: 'Gezin', language: 'nl', familyLaneName: 'Gezinsleven' }, ctx),
    );
    s = run(s, 'participant.add', { id: 'participant_a', pseudonym: 'Ilse', role: 'ouder' });
    s = run(s, 'session.setPhase', { phase: 2 });
    let next = run(s, 'marker.add', {
      id: 'marker_a',
      valence: 'good',
      participantId: 'participant_a',
      start: '2020-01-01',
    });
    expect(sameDrawing(s, next)).toBe(false);
    s = next;
    next = run(s, 'card.add', { id: 'card_a', markerId: 'marker_a', text: 'Vast gezicht' });
    expect(sameDrawing(s, next)).toBe(true);
    s = next;
    next = run(s, 'session.setPhase', { phase: 4 });
    expect(sameDrawing(s, next)).toBe(true);
    s = next;
    next = run(s, 'sticker.place', { cardId: 'card_a', participantId: 'participant_a' });
    expect(sameDrawing(s, next)).toBe(true);
    expect(sameDrawing(next, run(next, 'case.update', { settings: { showAges: false } }))).toBe(false);
  });

  it('a re-read of the database (every record a new object) draws the same when unchanged records are reused', () => {
    let s = buildCaseState(
      createCaseRecords({ title: 'Gezin', language: 'nl', familyLaneName: 'Gezinsleven' }, ctx),
    );
    s = run(s, 'item.add', {
      shape: 'moment',
      kind: 'life',
      title: 'Verhuizing',
      start: { precision: 'year', year: 2015 },
      laneId: s.lanes[0]!.id,
    });
    const reread = () => [...s.byId.values()].map((r) => structuredClone(r));
    expect(sameDrawing(s, buildCaseState(reread()))).toBe(false); // identity lost: a rebuild
    expect(sameDrawing(s, buildCaseState(reuseUnchanged(s.byId, reread())))).toBe(true);
  });
});
