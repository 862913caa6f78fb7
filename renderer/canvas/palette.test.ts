import { describe, expect, it } from 'vitest';
import { LANE_COLOURS } from '@shared/commands';
import { PARTICIPANT_COLOURS } from '@shared/commands/sessionCommands';
import { contrastRatio as contrast, readableOn, WALL } from './palette';
import { MARKER } from './paint';

/**
 * The canvas is invisible to axe, so the wall's text colours are checked here: every text the
 * wall draws on the canvas, on every background it is drawn on, meets WCAG AA (4.5:1).
 */
describe('wall contrast (WCAG AA)', () => {
  const AA = 4.5;
  it('card titles and dates, tick labels, lane names and marker badges', () => {
    const pairs: [string, string, string][] = [
      ['card title', WALL.ink, WALL.cardFill],
      ['card date', WALL.inkSoft, WALL.cardFill],
      ['tick label', WALL.ink, WALL.paper],
      ['lane name (even)', WALL.ink, WALL.laneEven],
      ['lane name (odd)', WALL.ink, WALL.laneOdd],
      ['marker badge', WALL.ink, '#ffffff'],
    ];
    for (const [what, fg, bg] of pairs) expect(contrast(fg, bg), what).toBeGreaterThanOrEqual(AA);
  });
  it('period labels on every lane colour (drawn only on the solid part of the bar)', () => {
    for (const c of LANE_COLOURS) {
      const solid = c; // paint.ts draws the solid part in the lane colour itself
      expect(contrast(readableOn(solid), solid), c).toBeGreaterThanOrEqual(AA);
    }
  });
  it('marker colours and participant colours stand out from the paper (graphics, 3:1)', () => {
    for (const c of [MARKER.good, MARKER.bad, ...PARTICIPANT_COLOURS, ...LANE_COLOURS])
      expect(contrast(c, WALL.paper), c).toBeGreaterThanOrEqual(3);
  });
  it('the helper picks the better of black and white', () => {
    expect(readableOn('#ffffff')).toBe(WALL.ink);
    expect(readableOn('#1f5f8b')).toBe('#ffffff');
  });
});
