import type { AnyRecord, CaseState, ChangeRecord, ItemRecord } from '../model';
import type { Patch } from '../store/patch';
import type { CommandContext } from './types';

/**
 * In phase 1 of the session (present and correct the lifeline) every change to an item is
 * marked on the item (added / corrected in session) and written to the change trail, so the
 * report can list what the participants corrected.
 */
export function withChangeTrail(state: CaseState, patch: Patch, ctx: CommandContext): Patch {
  if (state.session?.phase !== 1) return patch;
  const changes: ChangeRecord[] = [];
  const change = (item: ItemRecord, action: ChangeRecord['action']): ChangeRecord => ({
    type: 'change',
    id: ctx.newId('change'),
    caseId: state.case.id,
    itemId: item.id,
    action,
    title: item.title,
    at: ctx.now,
  });
  const put: AnyRecord[] = patch.put.map((r) => {
    if (r.type !== 'item') return r;
    const before = state.byId.get(r.id);
    if (!before) {
      changes.push(change(r, 'added'));
      return { ...r, origin: 'addedInSession' };
    }
    if (before.type === 'item') {
      changes.push(change(r, 'corrected'));
      return before.origin === 'prepared' ? { ...r, origin: 'correctedInSession' } : r;
    }
    return r;
  });
  for (const id of patch.remove) {
    const before = state.byId.get(id);
    if (before?.type === 'item') changes.push(change(before, 'removed'));
  }
  return changes.length ? { put: [...put, ...changes], remove: patch.remove } : patch;
}
