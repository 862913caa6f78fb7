import type { AnyRecord, CaseState, ChangeRecord, ItemRecord, ItemSnapshot } from '../model';
import type { Patch } from '../store/patch';
import { diffSnapshots, snapshotOf, type RecordLookup } from '../trail/snapshot';
import type { CommandContext } from './types';
import { currentRules } from '../session/rules';

/** Session phases whose edits of the lifeline are kept in the trail: from presenting it to the stickers. */
export function tracksChanges(state: CaseState): boolean {
  return currentRules(state).tracksChanges;
}

/**
 * During the session (phase 1 "present and correct the lifeline" through the sticker round)
 * every change to an item is marked on the item (added / corrected in session) and written to
 * the change trail with what it was and what it became, and who raised it (the participant who
 * has the floor on the console, changeable afterwards). The trail records travel in the same
 * patch as the edit, so undoing the edit removes its line.
 *
 * - An added item is one "added" line with its final content: later edits in the session update
 *   that line instead of adding corrections.
 * - A correction keeps the item before and after; an edit that changes none of the shown fields
 *   (date, title, lane, description, people, shape, kind) writes no line.
 * - A removed item keeps its content.
 */
export function withChangeTrail(state: CaseState, patch: Patch, ctx: CommandContext): Patch {
  if (!tracksChanges(state)) return patch;
  const putById = new Map(patch.put.map((r) => [r.id, r]));
  const after: RecordLookup = (id) => putById.get(id) ?? state.byId.get(id);
  const before: RecordLookup = (id) => state.byId.get(id);
  const speaker = state.session?.speakerId ?? null;
  const raisedBy = speaker && state.byId.get(speaker)?.type === 'participant' ? speaker : null;
  const addedLine = new Map(state.changes.filter((c) => c.action === 'added').map((c) => [c.itemId, c]));

  const changes: ChangeRecord[] = [];
  const line = (
    item: ItemRecord,
    action: ChangeRecord['action'],
    was: ItemSnapshot | null,
    now: ItemSnapshot | null,
  ): ChangeRecord => ({
    type: 'change',
    id: ctx.newId('change'),
    caseId: state.case.id,
    itemId: item.id,
    action,
    title: item.title,
    at: ctx.now,
    raisedBy,
    before: was,
    after: now,
  });

  const put: AnyRecord[] = patch.put.map((r) => {
    if (r.type !== 'item') return r;
    const old = state.byId.get(r.id);
    const now = snapshotOf(r, after);
    if (!old) {
      changes.push(line(r, 'added', null, now));
      return { ...r, origin: 'addedInSession' };
    }
    if (old.type !== 'item') return r;
    const was = snapshotOf(old, before);
    if (diffSnapshots(was, now).length === 0) return r;
    const added = addedLine.get(r.id);
    if (added) {
      changes.push({ ...added, title: r.title, after: now });
      return r;
    }
    changes.push(line(r, 'corrected', was, now));
    return old.origin === 'prepared' ? { ...r, origin: 'correctedInSession' } : r;
  });
  for (const id of patch.remove) {
    const old = state.byId.get(id);
    if (old?.type === 'item') changes.push(line(old, 'removed', snapshotOf(old, before), null));
  }
  return changes.length ? { put: [...put, ...changes], remove: patch.remove } : patch;
}
