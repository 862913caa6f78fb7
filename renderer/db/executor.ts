import { buildCaseState, type AnyRecord } from '@shared/model';
import { newId } from '@shared/model';
import { runCommand, type CommandRefusal } from '@shared/commands';
import { invertPatch, isEmptyPatch, touchedIds, type Patch } from '@shared/store/patch';
import type { LevenslijnDb } from './database';
import { announceCommitted } from './committed';
import { journaled } from './journal';

export type ExecuteResult = { readonly ok: true } | { readonly ok: false; readonly refusal: CommandRefusal };

/** Undo steps kept per case; older ones are dropped. */
export const HISTORY_LIMIT = 300;

/**
 * Runs a named command on a case: reads the case, runs the pure command, writes the patch and
 * its undo entry, all in one read-write transaction (no other awaits inside, so nothing commits
 * half-way), then appends the patch to the case's safety journal. Resolves only after both:
 * callers may then show it as done.
 */
export async function executeCommand(
  db: LevenslijnDb,
  caseId: string,
  name: string,
  args: unknown,
  opts: { now?: number } = {},
): Promise<ExecuteResult> {
  let committed: Patch | null = null;
  let backward: Patch | null = null;
  let historySeq: number | null = null;
  const transaction = () => db.transaction('rw', db.records, db.history, async () => {
    const records = await db.records.where('caseId').equals(caseId).toArray();
    if (!records.some((r) => r.type === 'case')) {
      return { ok: false as const, refusal: { refused: true as const, reasonKey: 'refusal.notFound' } };
    }
    const state = buildCaseState(records);
    const outcome = runCommand(state, name, args, { now: opts.now ?? Date.now(), newId });
    if (!outcome.ok) return outcome;
    if (isEmptyPatch(outcome.patch)) return { ok: true as const };
    backward = invertPatch(outcome.patch, beforeOf(state.byId, outcome.patch));
    await writePatch(db, outcome.patch);
    committed = outcome.patch;
    if (outcome.command.undo === 'undoable') {
      // A new edit ends the redo branch.
      await db.history.where('[caseId+undone]').equals([caseId, 1]).delete();
      historySeq = await db.history.add({
        caseId,
        name,
        labelKey: outcome.command.labelKey,
        forward: outcome.patch,
        backward,
        undone: 0,
        at: Date.now(),
      });
      await trimHistory(db, caseId);
    }
    return { ok: true as const };
  });
  // Not journaled → taken back: the records as they were, and no undo step for it.
  const revert = () =>
    db.transaction('rw', db.records, db.history, async () => {
      if (backward) await writePatch(db, backward);
      if (historySeq !== null) await db.history.delete(historySeq);
    });
  const result = await journaled(db, caseId, async () => ({ value: await transaction(), patch: committed, revert }));
  // Only now is it stored: views of this window may draw it without waiting for a re-read.
  if (committed) announceCommitted(caseId, committed);
  return result;
}

export function beforeOf(byId: ReadonlyMap<string, AnyRecord>, patch: Patch): Map<string, AnyRecord | undefined> {
  return new Map(touchedIds(patch).map((id) => [id, byId.get(id)]));
}

/** Writes a patch; call only inside a read-write transaction on `records`. */
export async function writePatch(db: LevenslijnDb, patch: Patch): Promise<void> {
  if (patch.remove.length) await db.records.bulkDelete([...patch.remove]);
  if (patch.put.length) await db.records.bulkPut([...patch.put]);
}

async function trimHistory(db: LevenslijnDb, caseId: string): Promise<void> {
  const count = await db.history.where('caseId').equals(caseId).count();
  if (count <= HISTORY_LIMIT) return;
  const oldest = await db.history.where('caseId').equals(caseId).limit(count - HISTORY_LIMIT).primaryKeys();
  await db.history.bulkDelete(oldest);
}
