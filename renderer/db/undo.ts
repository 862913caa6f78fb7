import type { Patch } from '@shared/store/patch';
import type { LevenslijnDb } from './database';
import { writePatch } from './executor';
import { journaled } from './journal';

/** Steps back the latest done step of a case. Resolves true when something was undone. */
export async function undo(db: LevenslijnDb, caseId: string): Promise<boolean> {
  return journaled(db, caseId, async () => {
    const entry = await db.history.where('[caseId+undone]').equals([caseId, 0]).last();
    if (!entry || entry.seq === undefined) return { value: false, patch: null };
    return { value: true, patch: entry.backward, commit: () => step(db, entry.seq!, entry.backward, 0, 1) };
  });
}

/** Re-applies the earliest undone step of a case. */
export async function redo(db: LevenslijnDb, caseId: string): Promise<boolean> {
  return journaled(db, caseId, async () => {
    const entry = await db.history.where('[caseId+undone]').equals([caseId, 1]).first();
    if (!entry || entry.seq === undefined) return { value: false, patch: null };
    return { value: true, patch: entry.forward, commit: () => step(db, entry.seq!, entry.forward, 1, 0) };
  });
}

/** Writes one side of an undo step and moves the step from done (0) to undone (1) or back. */
function step(db: LevenslijnDb, seq: number, patch: Patch, from: 0 | 1, to: 0 | 1): Promise<void> {
  return db.transaction('rw', db.records, db.history, async () => {
    const entry = await db.history.get(seq);
    if (entry?.undone !== from) throw new Error('the undo history changed meanwhile; try again');
    await writePatch(db, patch);
    await db.history.update(seq, { undone: to });
  });
}

export interface UndoState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undoLabelKey: string | null;
  readonly redoLabelKey: string | null;
}

export async function readUndoState(db: LevenslijnDb, caseId: string): Promise<UndoState> {
  const [last, next] = await Promise.all([
    db.history.where('[caseId+undone]').equals([caseId, 0]).last(),
    db.history.where('[caseId+undone]').equals([caseId, 1]).first(),
  ]);
  return {
    canUndo: !!last,
    canRedo: !!next,
    undoLabelKey: last?.labelKey ?? null,
    redoLabelKey: next?.labelKey ?? null,
  };
}
