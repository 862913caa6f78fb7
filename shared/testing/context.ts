import type { CommandContext } from '../commands/types';
import type { IdPrefix } from '../model/ids';

/** A deterministic clock and id source for tests: ids `item_t1`, `item_t2`, … */
export function testContext(now = Date.UTC(2025, 0, 15)): CommandContext & { tick(ms?: number): void } {
  let n = 0;
  const ctx = {
    now,
    newId: (prefix: IdPrefix) => `${prefix}_t${++n}`,
    tick(ms = 1000) {
      ctx.now += ms;
    },
  };
  return ctx;
}
