import type { IdPrefix } from '../model/ids';
import type { AnyRecord } from '../model/records';

/**
 * The same case under new ids (importing a case that already exists, or duplicating one):
 * every record gets a fresh id of its own prefix (`lane_…` stays `lane_…`) and every reference
 * follows — `caseId` everywhere; `laneId`, `memberIds` on items; participant, lane, marker,
 * card and item references of the session records. References to ids that are not among the
 * records (e.g. a change about a removed item) are left as they are. The input is not modified.
 */
export function reassignIds(records: readonly AnyRecord[], newId: (prefix: IdPrefix) => string): AnyRecord[] {
  const map = new Map<string, string>();
  for (const r of records) if (!map.has(r.id)) map.set(r.id, newId(r.type));
  const to = (id: string) => map.get(id) ?? id;
  const toOrNull = (id: string | null) => (id === null ? null : to(id));
  return records.map((r): AnyRecord => {
    const id = to(r.id);
    const caseId = to(r.caseId);
    switch (r.type) {
      case 'case':
        return { ...r, id, caseId: id };
      case 'item':
        return { ...r, id, caseId, laneId: to(r.laneId), memberIds: r.memberIds.map(to) };
      case 'session':
        return { ...r, id, caseId, speakerId: toOrNull(r.speakerId) };
      case 'marker':
        return {
          ...r,
          id,
          caseId,
          participantId: to(r.participantId),
          laneId: toOrNull(r.laneId),
          contributorIds: r.contributorIds.map(to),
        };
      case 'card':
        return { ...r, id, caseId, markerId: toOrNull(r.markerId), participantId: toOrNull(r.participantId) };
      case 'sticker':
        return { ...r, id, caseId, cardId: to(r.cardId), participantId: to(r.participantId) };
      case 'change':
        return r.raisedBy
          ? { ...r, id, caseId, itemId: to(r.itemId), raisedBy: to(r.raisedBy) }
          : { ...r, id, caseId, itemId: to(r.itemId) };
      case 'analysis':
        return {
          ...r,
          id,
          caseId,
          groups: r.groups.map((g) => ({ ...g, cardIds: g.cardIds.map(to) })),
          codes: Object.fromEntries(Object.entries(r.codes).map(([cardId, codes]) => [to(cardId), codes])),
        };
      case 'quote':
        return {
          ...r,
          id,
          caseId,
          participantId: toOrNull(r.participantId),
          cardId: toOrNull(r.cardId),
          markerId: toOrNull(r.markerId),
          groupIds: r.groupIds.map(to),
        };
      default:
        return { ...r, id, caseId };
    }
  });
}
