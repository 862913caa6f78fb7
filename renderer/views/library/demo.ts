import { createDemoCase } from '@shared/demo';
import { newId } from '@shared/model';
import type { LevenslijnDb } from '../../db/database';
import { importRecords } from '../../db/library';

/** Adds a fresh copy of the fictional demo family to the library; returns its case id. */
export async function addDemoCase(db: LevenslijnDb): Promise<string> {
  const records = createDemoCase({ now: Date.now(), newId });
  await importRecords(db, records);
  const caseRecord = records.find((r) => r.type === 'case');
  if (!caseRecord) throw new Error('demo without case record');
  return caseRecord.id;
}
