// Bundled by scripts/bench.mjs with esbuild: the benchmark's cases, generated from shared/ code.
import { createDemoCase } from '../../shared/demo';
import { generateDenseCase } from '../../shared/fixtures/generate';
import type { AnyRecord } from '../../shared/model';
import { addDenseSession } from '../../shared/fixtures/session';

export function benchFixtures(): Record<'small' | 'dense' | 'extreme' | 'denseSession', AnyRecord[]> {
  let n = 0;
  const now = Date.UTC(2025, 0, 1);
  return {
    small: createDemoCase({ now, newId: (p) => `${p}_bench${++n}` }),
    dense: generateDenseCase({ moments: 400, periods: 40, seed: 1, now }),
    extreme: generateDenseCase({ moments: 2000, periods: 200, seed: 5, now }),
    // 400 moments, 60 markers, 150 cards, ~600 stickers, in the sticker round.
    denseSession: addDenseSession(
      generateDenseCase({ moments: 400, periods: 40, seed: 1, now, idTag: 's' }),
      { participants: 16, markers: 60, cards: 150, stickers: 600, seed: 3, now },
    ),
  };
}
