import { buildCaseState, type AnyRecord } from '@shared/model';
import { newId } from '@shared/model';
import {
  refuse,
  runCommand,
  type CommandArgs,
  type CommandName,
  type CommandRefusal,
} from '@shared/commands';
import { applyPatch, invertPatch, isEmptyPatch, touchedIds, type Patch } from '@shared/store/patch';
import { newViolations } from '@shared/rules';
import type { LevenslijnDb } from './database';
import { announceCommitted } from './committed';
import { journaled, type PlannedWrite } from './journal';
import { sameJson } from '@shared/store/equality';

export type ExecuteResult = { readonly ok: true } | { readonly ok: false; readonly refusal: CommandRefusal };

/** Undo steps kept per case; older ones are dropped. */
export const HISTORY_LIMIT = 300;

/**
 * Runs a named command on a case: reads the case, runs the pure command, appends its patch to
 * the case's safety journal, then writes the patch and its undo entry in one read-write
 * transaction. All of it under the case's journal lock (see journal.ts), so the case cannot
 * change between the read and the write. Resolves only after the commit: callers may then show
 * it as done.
 */
export async function executeCommand<N extends CommandName>(
  db: LevenslijnDb,
  caseId: string,
  name: N,
  args: CommandArgs<N>,
  opts: { now?: number } = {},
): Promise<ExecuteResult> {
  let committed: Patch | null = null;
  const result = await journaled(db, caseId, async (): Promise<PlannedWrite<ExecuteResult>> => {
    const records = await db.records.where('caseId').equals(caseId).toArray();
    if (!records.some((r) => r.type === 'case')) return { value: notFound(), patch: null };
    const state = buildCaseState(records);
    const outcome = runCommand(state, name, args, { now: opts.now ?? Date.now(), newId });
    if (!outcome.ok) return { value: outcome, patch: null };
    if (isEmptyPatch(outcome.patch)) return { value: { ok: true }, patch: null };
    const patch = outcome.patch;
    // The rule set every way in shares (shared/rules): a command may not break a rule the case
    // keeps (an older case that already broke one stays editable).
    const broken = newViolations(records, [...applyPatch(state.byId, patch).values()])[0];
    if (broken)
      return {
        value: {
          ok: false,
          refusal: {
            ...refuse('refusal.rule', { rule: broken.rule, record: broken.recordId }),
            rule: broken,
          },
        },
        patch: null,
      };
    const before = beforeOf(state.byId, patch);
    const commit = () =>
      db.transaction('rw', db.records, db.history, async () => {
        await expectUnchanged(db, caseId, before);
        await writePatch(db, patch);
        if (outcome.command.undo === 'undoable') {
          // A new edit ends the redo branch.
          await db.history.where('[caseId+undone]').equals([caseId, 1]).delete();
          await db.history.add({
            caseId,
            name,
            labelKey: outcome.command.labelKey,
            forward: patch,
            backward: invertPatch(patch, before),
            undone: 0,
            at: Date.now(),
          });
          await trimHistory(db, caseId);
        }
        committed = patch;
      });
    return { value: { ok: true }, patch, commit };
  });
  // Only now is it stored: views of this window may draw it without waiting for a re-read.
  if (committed) announceCommitted(caseId, committed);
  return result;
}

function notFound(): ExecuteResult {
  return { ok: false, refusal: { refused: true, reasonKey: 'refusal.notFound' } };
}

/**
 * Inside the commit: the case is still there and the records the command read are as it read
 * them. Every writer holds the case's lock, so this fails only when something wrote around it.
 */
async function expectUnchanged(
  db: LevenslijnDb,
  caseId: string,
  before: ReadonlyMap<string, AnyRecord | undefined>,
): Promise<void> {
  const ids = [...before.keys()];
  const [caseRecord, ...now] = await db.records.bulkGet([caseId, ...ids]);
  if (!caseRecord || ids.some((id, i) => !sameJson(now[i], before.get(id))))
    throw new Error('the case changed while this change was being stored; try again');
}

export function beforeOf(
  byId: ReadonlyMap<string, AnyRecord>,
  patch: Patch,
): Map<string, AnyRecord | undefined> {
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
  const oldest = await db.history
    .where('caseId')
    .equals(caseId)
    .limit(count - HISTORY_LIMIT)
    .primaryKeys();
  await db.history.bulkDelete(oldest);
}
