import { describe, expect, it } from 'vitest';
import { buildCaseState, type CaseState } from '@shared/model';
import { testContext } from '@shared/testing/context';
import { commandStep } from '@shared/testing/commandStep';
import { createDemoCase } from '@shared/demo';
import { testScene } from './testScene';
import { groupSceneIntoChunks } from './chunks';
import { sameChunk, shareChunks, shareScene } from './shareScene';

const ctx = testContext();
const run = commandStep(ctx);
const build = (s: CaseState, zoom = 400) => testScene(s, zoom);

describe('shareScene', () => {
  const demo = buildCaseState(createDemoCase(ctx));

  it('a rebuild of the same case is the previous scene itself', () => {
    const prev = build(demo);
    expect(shareScene(prev, build(demo))).toBe(prev);
  });

  it('after a marker is added only the strips around it are drawn anew', () => {
    let s = run(demo, 'participant.add', { id: 'participant_a', pseudonym: 'Ilse', role: 'ouder' });
    s = run(s, 'session.setPhase', { phase: 2 });
    s = run(s, 'marker.add', {
      id: 'marker_0',
      valence: 'good',
      participantId: 'participant_a',
      start: '2010-06-01',
    });
    const prev = build(s);
    const next = shareScene(
      prev,
      build(
        run(s, 'marker.add', {
          id: 'marker_a',
          valence: 'good',
          participantId: 'participant_a',
          start: '2019-06-01',
        }),
      ),
    );
    expect(next).not.toBe(prev);
    expect(next.markers).toHaveLength(prev.markers.length + 1);
    expect(next.cards.every((c, i) => c === prev.cards[i])).toBe(true);
    const before = groupSceneIntoChunks(prev);
    const after = groupSceneIntoChunks(next);
    const kept = [...after.keys()].filter((i) => sameChunk(before.get(i), after.get(i)));
    const redrawn = [...after.keys()].filter((i) => !kept.includes(i));
    expect(redrawn.length).toBeGreaterThan(0);
    expect(kept.length).toBeGreaterThan(redrawn.length);
    for (const i of redrawn) expect(after.get(i)!.markers.some((m) => m.markerId === 'marker_a')).toBe(true);
  });

  it('another zoom shares nothing', () => {
    const prev = build(demo, 400);
    const next = shareScene(prev, build(demo, 500));
    expect(next.cards.some((c, i) => c === prev.cards[i])).toBe(false);
  });

  it('strips that hold the same shapes keep their objects; the changed ones are new', () => {
    let s = run(demo, 'participant.add', { id: 'participant_a', pseudonym: 'Ilse', role: 'ouder' });
    s = run(s, 'session.setPhase', { phase: 2 });
    s = run(s, 'marker.add', {
      id: 'marker_0',
      valence: 'good',
      participantId: 'participant_a',
      start: '2010-06-01',
    });
    const prev = build(s);
    const before = groupSceneIntoChunks(prev);
    const next = shareScene(
      prev,
      build(
        run(s, 'marker.add', {
          id: 'marker_a',
          valence: 'good',
          participantId: 'participant_a',
          start: '2019-06-01',
        }),
      ),
    );
    const after = shareChunks(before, groupSceneIntoChunks(next));
    const kept = [...after.keys()].filter((i) => after.get(i) === before.get(i));
    const changed = [...after.keys()].filter((i) => after.get(i) !== before.get(i));
    expect(kept.length).toBeGreaterThan(0);
    expect(changed.length).toBeGreaterThan(0);
    for (const i of changed) expect(after.get(i)!.markers.some((m) => m.markerId === 'marker_a')).toBe(true);
  });
});
