import { useLiveQuery } from 'dexie-react-hooks';
import type { AnyRecord, CaseRecord } from '@shared/model';
import { phaseRules } from '@shared/session';
import { useServices } from '../../app/services';
import type { LevenslijnDb } from '../../db/database';

/** What the library shows of a case besides its title. */
export interface CaseSummary {
  /** Moments and periods on the lifeline. */
  readonly moments: number;
  /** When the group interview took place (its first recorded activity), or null before it. */
  readonly sessionAt: number | null;
}

const SESSION_TYPES = ['session', 'marker', 'card', 'sticker', 'change'] as const;

/**
 * The session's date: the earliest moment anything was recorded in it (a marker, card, sticker
 * or change), else when its current phase began once it went past the welcome.
 */
export function sessionDateOf(records: readonly AnyRecord[]): number | null {
  let first = Infinity;
  let phaseStart: number | null = null;
  for (const r of records) {
    if (r.type === 'marker' || r.type === 'card' || r.type === 'sticker')
      first = Math.min(first, r.createdAt);
    else if (r.type === 'change') first = Math.min(first, r.at);
    else if (r.type === 'session' && phaseRules(r.phase).begun) phaseStart = r.phaseStartedAt;
  }
  return Number.isFinite(first) ? first : phaseStart;
}

export async function summariseCase(db: LevenslijnDb, caseId: string): Promise<CaseSummary> {
  const [moments, ...sessionParts] = await Promise.all([
    db.records.where('[caseId+type]').equals([caseId, 'item']).count(),
    ...SESSION_TYPES.map((type) => db.records.where('[caseId+type]').equals([caseId, type]).toArray()),
  ]);
  return { moments, sessionAt: sessionDateOf(sessionParts.flat()) };
}

/** Summaries of the listed cases, kept up to date; undefined while loading. */
export function useCaseSummaries(
  cases: readonly CaseRecord[] | undefined,
): ReadonlyMap<string, CaseSummary> | undefined {
  const { db } = useServices();
  const ids = (cases ?? []).map((c) => c.id).join(' ');
  return useLiveQuery(async () => {
    const list = ids ? ids.split(' ') : [];
    const summaries = await Promise.all(list.map((id) => summariseCase(db, id)));
    return new Map(list.map((id, i) => [id, summaries[i]!]));
  }, [db, ids]);
}
