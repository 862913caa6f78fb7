import { describe, expect, it } from 'vitest';
import { lifelineTiles, TILE_OVERLAP } from './tiles';

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
});
