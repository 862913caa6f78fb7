/**
 * Switches that exist only in the test build (`__TEST_API__`, see vite.config.ts): in the
 * shipped build these functions return the product's behaviour and their test branches are
 * removed at compile time.
 */

/** How long a deleted case can be restored before it is purged for real. */
export const DELETE_UNDO_WINDOW_MS = 30_000;

function testSetting(key: string): string | null {
  if (!__TEST_API__) return null;
  try {
    return window.localStorage.getItem('levenslijnTestApi') === '1' ? window.localStorage.getItem(key) : null;
  } catch {
    return null;
  }
}

/** The undo window of a delete; the purge test shortens it (`levenslijnUndoWindowMs`). */
export function deleteUndoWindowMs(): number {
  if (!__TEST_API__) return DELETE_UNDO_WINDOW_MS;
  const ms = Number(testSetting('levenslijnUndoWindowMs'));
  return Number.isFinite(ms) && ms >= 100 ? ms : DELETE_UNDO_WINDOW_MS;
}
