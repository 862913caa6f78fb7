import type { Transaction } from 'dexie';
import { upgradeRecordsTo2, upgradeRecordTo2 } from '@shared/file/migrations';
import type { Patch } from '@shared/store/patch';

/**
 * Database version 1 → 2, inside Dexie's upgrade transaction (all or nothing): every record in
 * the shape of case file format 2 (the same step as the file migration), and the records in the
 * undo history too, so undoing an old step never writes an old shape back.
 */
export async function upgradeDatabaseTo2(tx: Transaction): Promise<void> {
  const records = tx.table('records');
  const all = (await records.toArray()) as unknown[];
  await records.bulkPut(upgradeRecordsTo2(all) as never[]);
  const patch = (p: Patch): Patch => ({
    put: p.put.map((r) => upgradeRecordTo2(r)) as Patch['put'],
    remove: p.remove,
  });
  await tx
    .table('history')
    .toCollection()
    .modify((h: { forward: Patch; backward: Patch }) => {
      h.forward = patch(h.forward);
      h.backward = patch(h.backward);
    });
}
