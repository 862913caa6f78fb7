import type { Patch } from '@shared/store/patch';

type Listener = (patch: Patch) => void;
const listeners = new Map<string, Set<Listener>>();

/**
 * Patches of this window's commands, announced after their transaction committed. Views of the
 * same window apply them at once instead of waiting for the database re-read (liveQuery), so a
 * tap is drawn in the next frame after it is stored; other windows follow through liveQuery.
 */
export function announceCommitted(caseId: string, patch: Patch): void {
  for (const l of listeners.get(caseId) ?? []) l(patch);
}

export function onCommitted(caseId: string, listener: Listener): () => void {
  let set = listeners.get(caseId);
  if (!set) listeners.set(caseId, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(caseId);
  };
}
