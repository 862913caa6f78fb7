import { describe, expect, it } from 'vitest';
import { labelXInWindow, lifelineTiles, TILE_OVERLAP } from './tiles';

describe('lifeline tiles', () => {
  it('cuts a 10 m line of normal height into ten one-metre pages with overlap', () => {
    const tiles = lifelineTiles(10, 400, 1.73);
    expect(tiles).toHaveLength(10);
    expect(tiles[0]).toEqual({ from: 0, to: 1000 });
    expect(tiles[1]).toEqual({ from: 1000 - 1000 * TILE_OVERLAP, to: 2000 });
    expect(tiles[9]!.to).toBe(10000);
  });
  it('gives a tall drawing more metres per page so each page is filled in width', () => {
    const tiles = lifelineTiles(10, 908, 1.73);
    expect(tiles.length).toBeLessThan(10);
    const w = tiles[1]!.to - tiles[1]!.from;
    // the window is at least as wide as the page shows at full height
    expect(w).toBeGreaterThanOrEqual(908 * 1.73 - 1e-6);
    // every millimetre of the line is on some page
    for (let i = 1; i < tiles.length; i++) expect(tiles[i]!.from).toBeLessThan(tiles[i - 1]!.to);
    expect(tiles.at(-1)!.to).toBe(10000);
  });
  it('a short line is one page', () => {
    expect(lifelineTiles(0.5, 400, 1.73)).toEqual([{ from: 0, to: 500 }]);
  });
  it('keeps labels whole: moved inside at the roll ends if there is room, left to the neighbouring page at a join', () => {
    const roll = 10000;
    expect(labelXInWindow(500, 15, { from: 0, to: 1000 }, roll, 50)).toBe(500);
    expect(labelXInWindow(3, 15, { from: 0, to: 1000 }, roll, 50)).toBe(15);
    expect(labelXInWindow(9995, 15, { from: 8900, to: 10000 }, roll, 50)).toBe(9985);
    // no room to move it without running into the next label
    expect(labelXInWindow(3, 15, { from: 0, to: 1000 }, roll, 5)).toBeNull();
    // cut by the join at 1000: not on the first page, whole on the second, which overlaps it
    expect(labelXInWindow(995, 15, { from: 0, to: 1000 }, roll, 50)).toBeNull();
    expect(labelXInWindow(995, 15, { from: 900, to: 2000 }, roll, 50)).toBe(995);
    expect(labelXInWindow(905, 15, { from: 900, to: 2000 }, roll, 50)).toBeNull();
    expect(labelXInWindow(905, 15, { from: 0, to: 1000 }, roll, 50)).toBe(905);
  });
});
