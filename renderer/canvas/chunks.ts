import type { SceneCard } from './sceneTypes';

/** Cards are grouped in vertical strips this wide so panning can hide the far-away ones. */
export const CHUNK_PX = 1024;

export function chunkOf(x: number): number {
  return Math.floor(x / CHUNK_PX);
}

export function groupIntoChunks(cards: readonly SceneCard[]): Map<number, SceneCard[]> {
  const chunks = new Map<number, SceneCard[]>();
  for (const card of cards) {
    const index = chunkOf(Math.min(card.x, card.anchorX));
    const list = chunks.get(index);
    if (list) list.push(card);
    else chunks.set(index, [card]);
  }
  return chunks;
}
