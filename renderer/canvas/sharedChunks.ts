import type { WallScene } from './sceneTypes';
import { groupSceneIntoChunks, type SceneChunk } from './chunks';
import { shareChunks } from './shareScene';

/**
 * The scene cut into strips, remembered from one scene to the next: strips that hold what they
 * held before keep their objects (shareChunks), so their painted image can be kept. Asking twice
 * for the same scene gives the same strips.
 */
export class SharedChunks {
  private last: { scene: WallScene; chunks: Map<number, SceneChunk> } | null = null;

  of(scene: WallScene): Map<number, SceneChunk> {
    if (this.last?.scene === scene) return this.last.chunks;
    const chunks = shareChunks(this.last?.chunks ?? null, groupSceneIntoChunks(scene));
    this.last = { scene, chunks };
    return chunks;
  }
}
