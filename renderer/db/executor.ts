import { buildCaseState, type AnyRecord, type CaseRecord, type CaseState } from '@shared/model';
import { newId } from '@shared/model';
import {
  refuse,
  runCommand,
  runStudyCommand,
  type CommandArgs,
  type CommandName,
  type CommandOutcome,
  type CommandRefusal,
  type StudyCommandArgs,
  type StudyCommandName,
} from '@shared/commands';
import { buildStudyState } from '@shared/study/state';
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
  return executeInScope(db, caseId, name, async (records) => {
    if (!records.some((r) => r.type === 'case')) return null;
    return runCommand(buildCaseState(records), name, args, { now: opts.now ?? Date.now(), newId });
  });
}

/**
 * Runs a named command on a study (onderzoek) through the same path as a case command: the
 * study is a scope of its own (its records carry the study id as `caseId`), journaled under its
 * own lock and with its own undo history. Its member cases are read, never written.
 */
export async function executeStudyCommand<N extends StudyCommandName>(
  db: LevenslijnDb,
  studyId: string,
  name: N,
  args: StudyCommandArgs<N>,
  opts: { now?: number } = {},
): Promise<ExecuteResult> {
  return executeInScope(db, studyId, name, async (records) => {
    const study = records.find((r) => r.type === 'study');
    if (!study) return null;
    const { cases, libraryCaseIds } = await readStudyCases(db, study.caseIds);
    return runStudyCommand(buildStudyState(records, cases, libraryCaseIds), name, args, {
      now: opts.now ?? Date.now(),
      newId,
    });
  });
}

/**
 * The one write path of commands, for cases and studies alike (a scope: the records sharing one
 * `caseId`): reads the scope, runs the pure command (`run`), appends its patch to the scope's
 * safety journal, then writes the patch and its undo entry in one read-write transaction. All
 * of it under the scope's journal lock (see journal.ts), so the scope cannot change between the
 * read and the write. Resolves only after the commit: callers may then show it as done.
 */
async function executeInScope(
  db: LevenslijnDb,
  scopeId: string,
  name: string,
  run: (records: AnyRecord[]) => Promise<CommandOutcome<unknown> | null>,
): Promise<ExecuteResult> {
  let committed: Patch | null = null;
  const result = await journaled(db, scopeId, async (): Promise<PlannedWrite<ExecuteResult>> => {
    const records = await db.records.where('caseId').equals(scopeId).toArray();
    const outcome = await run(records);
    if (!outcome) return { value: notFound(), patch: null };
    if (!outcome.ok) return { value: outcome, patch: null };
    if (isEmptyPatch(outcome.patch)) return { value: { ok: true }, patch: null };
    const patch = outcome.patch;
    // The rule set every way in shares (shared/rules): a command may not break a rule the scope
    // keeps (an older case or study that already broke one stays editable).
    const byId = new Map(records.map((r) => [r.id, r]));
    const broken = newViolations(records, [...applyPatch(byId, patch).values()])[0];
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
    const before = beforeOf(byId, patch);
    const commit = () =>
      db.transaction('rw', db.records, db.history, async () => {
        await expectUnchanged(db, scopeId, before);
        await writePatch(db, patch);
        if (outcome.command.undo === 'undoable') {
          // A new edit ends the redo branch.
          await db.history.where('[caseId+undone]').equals([scopeId, 1]).delete();
          await db.history.add({
            caseId: scopeId,
            name,
            labelKey: outcome.command.labelKey,
            forward: patch,
            backward: invertPatch(patch, before),
            undone: 0,
            at: Date.now(),
          });
          await trimHistory(db, scopeId);
        }
        committed = patch;
      });
    return { value: { ok: true }, patch, commit };
  });
  // Only now is it stored: views of this window may draw it without waiting for a re-read.
  if (committed) announceCommitted(scopeId, committed);
  return result;
}

/** The member cases of a study as they are now (bin excluded), and every case id of the library. */
export async function readStudyCases(
  db: LevenslijnDb,
  caseIds: readonly string[],
): Promise<{ cases: CaseState[]; libraryCaseIds: Set<string> }> {
  const all = (await db.records.where('type').equals('case').toArray()) as CaseRecord[];
  const libraryCaseIds = new Set(all.filter((c) => c.deletedAt === null).map((c) => c.id));
  const cases: CaseState[] = [];
  for (const id of caseIds) {
    if (!libraryCaseIds.has(id)) continue;
    cases.push(buildCaseState(await db.records.where('caseId').equals(id).toArray()));
  }
  return { cases, libraryCaseIds };
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
  scopeId: string,
  before: ReadonlyMap<string, AnyRecord | undefined>,
): Promise<void> {
  const ids = [...before.keys()];
  const [scopeRecord, ...now] = await db.records.bulkGet([scopeId, ...ids]);
  if (!scopeRecord || ids.some((id, i) => !sameJson(now[i], before.get(id))))
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
