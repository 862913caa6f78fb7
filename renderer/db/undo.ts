import { planHistoryStep, type HistoryDirection, type UndoOrigin } from '@shared/commands';
import type { CommandRefusal } from '@shared/commands';
import type { Patch } from '@shared/store/patch';
import { historyStack, type LevenslijnDb } from './database';
import { announceCommitted } from './committed';
import { writePatch } from './executor';
import { journaled } from './journal';

/**
 * What an undo or redo did: nothing to do, done, or refused (with the step's label, so the
 * message can name it). A step that can never be taken again (someone changed its records
 * meanwhile) is taken out of the history, so the next undo reaches the step before it.
 */
export type HistoryResult =
  | { readonly ok: true; readonly done: boolean }
  | { readonly ok: false; readonly refusal: CommandRefusal; readonly labelKey: string };

/** Steps back this window's latest done step of a case. */
export function undo(
  db: LevenslijnDb,
  caseId: string,
  origin: UndoOrigin = 'console',
): Promise<HistoryResult> {
  return takeStep(db, caseId, origin, 'undo');
}

/** Re-applies this window's earliest undone step of a case. */
export function redo(
  db: LevenslijnDb,
  caseId: string,
  origin: UndoOrigin = 'console',
): Promise<HistoryResult> {
  return takeStep(db, caseId, origin, 'redo');
}

/**
 * One step, planned under the case's journal lock like a command (shared/commands/historyStep.ts
 * decides whether it may be taken), journaled, then written with the step's move between the
 * done and undone stacks in one transaction.
 */
async function takeStep(
  db: LevenslijnDb,
  caseId: string,
  origin: UndoOrigin,
  direction: HistoryDirection,
): Promise<HistoryResult> {
  let committed: Patch | null = null;
  const result = await journaled(db, caseId, async () => {
    const from = direction === 'undo' ? 0 : 1;
    const stack = historyStack(db, caseId, origin, from);
    const entry = await (direction === 'undo' ? stack.last() : stack.first());
    if (!entry || entry.seq === undefined)
      return { value: { ok: true, done: false } as HistoryResult, patch: null };
    const seq = entry.seq;
    const records = await db.records.where('caseId').equals(caseId).toArray();
    const plan = planHistoryStep(records, entry, direction, Date.now());
    if (!plan.ok) {
      const refused: HistoryResult = { ok: false, refusal: plan.refusal, labelKey: entry.labelKey };
      if (plan.refusal.reasonKey !== 'refusal.undoConflict') return { value: refused, patch: null };
      // It can never be taken again: out of the history, the case untouched.
      return { value: refused, patch: null, commit: () => db.history.delete(seq) };
    }
    const to = direction === 'undo' ? 1 : 0;
    const commit = () =>
      db.transaction('rw', db.records, db.history, async () => {
        const now = await db.history.get(seq);
        if (now?.undone !== from) throw new Error('the undo history changed meanwhile; try again');
        await writePatch(db, plan.patch);
        await db.history.update(seq, { undone: to });
        committed = plan.patch;
      });
    return { value: { ok: true, done: true } as HistoryResult, patch: plan.patch, commit };
  });
  if (committed) announceCommitted(caseId, committed);
  return result;
}

export interface UndoState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undoLabelKey: string | null;
  readonly redoLabelKey: string | null;
}

export async function readUndoState(
  db: LevenslijnDb,
  caseId: string,
  origin: UndoOrigin = 'console',
): Promise<UndoState> {
  const [last, next] = await Promise.all([
    historyStack(db, caseId, origin, 0).last(),
    historyStack(db, caseId, origin, 1).first(),
  ]);
  return {
    canUndo: !!last,
    canRedo: !!next,
    undoLabelKey: last?.labelKey ?? null,
    redoLabelKey: next?.labelKey ?? null,
  };
}
