import { describe, expect, it } from 'vitest';
import { buildCaseState, type CaseState } from '@shared/model';
import { testContext } from '@shared/testing/context';
import { commandStep } from '@shared/testing/commandStep';
import { createDemoCase } from '@shared/demo';
import { testScene } from './testScene';

const ctx = testContext();
const run = commandStep(ctx);
const build = (s: CaseState, zoom: number) => testScene(s, zoom);

describe('marker badges on the wall', () => {
  let s = buildCaseState(createDemoCase(ctx));
  s = run(s, 'participant.add', { id: 'participant_a', pseudonym: 'Ilse', role: 'ouder' });
  s = run(s, 'session.setPhase', { phase: 2 });
  // 40 markers, two a year, each with a title: far more than four rows of named badges at a far zoom
  for (let i = 0; i < 40; i++)
    s = run(s, 'marker.add', {
      id: `marker_${i}`,
      valence: 'good',
      participantId: 'participant_a',
      start: `${2004 + Math.floor(i / 2)}-${i % 2 ? '03' : '09'}-01`,
      title: `Hulpmoment ${i}`,
    });

  const overlaps = (zoom: number) => {
    const markers = build(s, zoom).markers;
    return markers.filter((a) =>
      markers.some(
        (b) =>
          a !== b &&
          a.badgeY === b.badgeY &&
          a.badgeX < b.badgeX + b.badgeWidth &&
          b.badgeX < a.badgeX + a.badgeWidth,
      ),
    );
  };

  it('are compact (the sign only) and do not overlap when the whole lifeline is in view', () => {
    const markers = build(s, 150).markers;
    expect(markers.every((m) => m.label === '+' || m.label === '−')).toBe(true);
    expect(overlaps(150)).toEqual([]);
  });

  it('show the name and title when zoomed in, still without overlap', () => {
    const markers = build(s, 1200).markers;
    expect(markers.find((m) => m.markerId === 'marker_3')?.label).toBe('+ Ilse · Hulpmoment 3');
    expect(overlaps(1200)).toEqual([]);
  });
});
