import type { Transaction } from 'dexie';
import { completeRecord, upgradeRecordsTo4 } from '@shared/file/migrations';
import type { AnyRecord } from '@shared/model';
import type { Patch } from '@shared/store/patch';

/**
 * Database version 2 → 3, inside Dexie's upgrade transaction (all or nothing): every record in
 * the shape of case file format 4 (the same step as the file migration: key quote cards become
 * quote records), and the records in the undo history completed too, so undoing an old step
 * never writes an old shape back.
 */
export async function upgradeDatabaseTo3(tx: Transaction): Promise<void> {
  const records = tx.table('records');
  const all = (await records.toArray()) as unknown[];
  await records.bulkPut(upgradeRecordsTo4(all) as AnyRecord[]);
  const complete = (r: AnyRecord): AnyRecord => {
    const { quoteCardIds: _old, ...rest } = completeRecord(r) as AnyRecord & { quoteCardIds?: unknown };
    return rest as AnyRecord;
  };
  const patch = (p: Patch): Patch => ({ put: p.put.map(complete), remove: p.remove });
  await tx
    .table('history')
    .toCollection()
    .modify((h: { forward: Patch; backward: Patch }) => {
      h.forward = patch(h.forward);
      h.backward = patch(h.backward);
    });
}
