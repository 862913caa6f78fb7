/**
 * Whether this window's changes are stored: every write of a case passes through the case
 * journal, which reports here when a write starts and how it ended. Views read it through
 * `useSaveStatus` (renderer/components/SaveStatus.tsx) for the autosave indicator.
 */
export interface SaveStatus {
  /** Writes started and not yet ended. */
  readonly pending: number;
  /** The last write that failed to be stored (cleared by the next one that succeeds). */
  readonly failure: unknown;
  /** When the last write ended (ms since epoch), 0 before the first. */
  readonly lastEndedAt: number;
}

let status: SaveStatus = { pending: 0, failure: null, lastEndedAt: 0 };
const listeners = new Set<() => void>();

function set(next: SaveStatus): void {
  status = next;
  for (const l of listeners) l();
}

export function saveStarted(): void {
  set({ ...status, pending: status.pending + 1 });
}

export function saveEnded(failure: unknown = null): void {
  set({ pending: Math.max(0, status.pending - 1), failure, lastEndedAt: Date.now() });
}

export function saveStatus(): SaveStatus {
  return status;
}

export function onSaveStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Wraps a write so the indicator sees it start and end. */
export async function trackSave<T>(write: () => Promise<T>): Promise<T> {
  saveStarted();
  try {
    const value = await write();
    saveEnded();
    return value;
  } catch (err) {
    saveEnded(err);
    throw err;
  }
}
