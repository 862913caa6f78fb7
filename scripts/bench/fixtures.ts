// Bundled by scripts/bench.mjs with esbuild: the benchmark's cases, generated from shared/ code.
import { createDemoCase } from '../../shared/demo';
import { generateDenseCase } from '../../shared/fixtures/generate';
import type { AnyRecord } from '../../shared/model';

export function benchFixtures(): Record<'small' | 'dense' | 'extreme', AnyRecord[]> {
  let n = 0;
  const now = Date.UTC(2025, 0, 1);
  return {
    small: createDemoCase({ now, newId: (p) => `${p}_bench${++n}` }),
    dense: generateDenseCase({ moments: 400, periods: 40, seed: 1, now }),
    extreme: generateDenseCase({ moments: 2000, periods: 200, seed: 5, now }),
  };
}
