import { anyRecordSchema, buildCaseState, type AnyRecord, type CaseState } from '../model/records';
import type { CardList } from '../model/session';
import { budgetOf, currentRules, stickersOf } from '../session/rules';
import { sameJson } from '../store/equality';
import { applyPatch, type Patch } from '../store/patch';
import { refuse, type CommandRefusal } from './types';

/**
 * Undo policy (docs/UNDO.md). What enters a window's undo history: the edits of the case made in
 * that window (commands with `undo: 'undoable'`). What does not: steering the session (phase,
 * floor, time box, wall focus, tallies: `undo: 'never'`), and every change made in another window
 * — the wall's markers and stickers go into the wall's own history, never into the console's.
 *
 * An undo or redo step is planned here, purely, like a command: it is refused when
 * - someone changed a record the step would restore since (it never overwrites a later change
 *   made elsewhere: `refusal.undoConflict`), or
 * - the case it would leave breaks a rule the commands keep: a record it removes is still used
 *   (a sticker placed on a card since), a participant over their sticker budget or with two
 *   stickers on one card, stickers added or taken while voting is closed, or a record that is
 *   not valid (`refusal.undoBreaksRule`).
 */
export type HistoryDirection = 'undo' | 'redo';

/** Which window an undo step was made in: each keeps its own history. */
export type UndoOrigin = 'console' | 'wall';

/** One step of history: what the command wrote and what restores the records before it. */
export interface HistoryStep {
  readonly forward: Patch;
  readonly backward: Patch;
}

export type HistoryPlan =
  { readonly ok: true; readonly patch: Patch } | { readonly ok: false; readonly refusal: CommandRefusal };

/** Records whose `updatedAt` is only a "last changed" stamp: every command of their scope sets it. */
const STAMPED = new Set<AnyRecord['type']>(['case', 'study']);

function unstamped(r: AnyRecord | undefined): unknown {
  return r && STAMPED.has(r.type) ? { ...r, updatedAt: 0 } : r;
}

/** Records whose references may point at removed records: their readers drop what is gone. */
const TOLERANT = new Set<AnyRecord['type']>(['session', 'change']);

/**
 * The patch that takes one history step in a scope (a case's or a study's records as they are
 * now), or why it may not be taken.
 */
export function planHistoryStep(
  records: readonly AnyRecord[],
  step: HistoryStep,
  direction: HistoryDirection,
  now: number,
): HistoryPlan {
  const expect = direction === 'undo' ? step.forward : step.backward;
  const apply = direction === 'undo' ? step.backward : step.forward;
  const byId = new Map(records.map((r) => [r.id, r]));

  // Nothing the step wrote was changed since: else the step would clobber someone's later change.
  const changed =
    expect.put.some((r) => !sameJson(unstamped(byId.get(r.id)), unstamped(r))) ||
    expect.remove.some((id) => byId.has(id));
  if (changed) return { ok: false, refusal: refuse('refusal.undoConflict') };

  // The scope's "last changed" stamp moves on; it is never put back.
  const put = apply.put.map((r) => (STAMPED.has(r.type) ? { ...r, updatedAt: now } : r));
  const patch: Patch = { put, remove: apply.remove };
  const after = applyPatch(byId, patch);

  // Every record it writes is valid and belongs to the scope, as `runCommand` checks for commands.
  const scopeId = records.find((x) => STAMPED.has(x.type))?.id;
  for (const r of put)
    if (!anyRecordSchema.safeParse(r).success || (scopeId !== undefined && r.caseId !== scopeId))
      return { ok: false, refusal: refuse('refusal.undoBreaksRule') };
  if (stillUsed(after, apply.remove)) return { ok: false, refusal: refuse('refusal.undoBreaksRule') };

  const caseBefore = records.some((r) => r.type === 'case') ? buildCaseState(records) : null;
  if (caseBefore) {
    const caseAfter = buildCaseState([...after.values()]);
    const broken = stickerRuleBroken(caseBefore, caseAfter, patch);
    if (broken) return { ok: false, refusal: broken };
  }
  return { ok: true, patch };
}

/** Whether a record that remains (other than the tolerant ones) still refers to a removed id. */
function stillUsed(after: ReadonlyMap<string, AnyRecord>, removed: readonly string[]): boolean {
  if (removed.length === 0) return false;
  const gone = new Set(removed);
  const refersToGone = (value: unknown, key: string): boolean => {
    if (typeof value === 'string') return key !== 'id' && gone.has(value);
    if (Array.isArray(value)) return value.some((v) => refersToGone(v, ''));
    if (value && typeof value === 'object')
      return Object.entries(value).some(([k, v]) => gone.has(k) || refersToGone(v, k));
    return false;
  };
  for (const r of after.values()) if (!TOLERANT.has(r.type) && refersToGone(r, '')) return true;
  return false;
}

/**
 * The sticker rules of the commands: stickers change only while voting is open, and a step may
 * not leave a participant over their budget or with two stickers on one card (where that
 * applies) unless the case already was so before it.
 */
function stickerRuleBroken(before: CaseState, after: CaseState, patch: Patch): CommandRefusal | null {
  const touched = new Set([
    ...patch.put.filter((r) => r.type === 'sticker').map((r) => r.id),
    ...patch.remove,
  ]);
  const stickersTouched =
    before.stickers.some((s) => touched.has(s.id)) || after.stickers.some((s) => touched.has(s.id));
  if (!stickersTouched) return null;
  if (!currentRules(after).stickers) return refuse('refusal.votingClosed');
  const lists: CardList[] = ['strengths', 'improvements'];
  for (const p of after.participants) {
    for (const list of lists) {
      const count = (s: CaseState) => stickersOf(s, p.id, list).length;
      if (count(after) > budgetOf(after, list) && count(after) > count(before))
        return refuse('refusal.undoBreaksRule');
    }
  }
  if (after.case.settings.maxOneStickerPerCard) {
    const doubled = (s: CaseState) => {
      const seen = new Set<string>();
      let n = 0;
      for (const st of s.stickers) {
        const key = `${st.cardId} ${st.participantId}`;
        if (seen.has(key)) n += 1;
        seen.add(key);
      }
      return n;
    };
    if (doubled(after) > doubled(before)) return refuse('refusal.undoBreaksRule');
  }
  return null;
}
