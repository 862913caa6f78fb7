import { z } from 'zod';
import { caseRecordSchema, type CaseRecord } from './case';
import { itemRecordSchema, type ItemRecord } from './item';
import { laneRecordSchema, type LaneRecord } from './lane';
import { memberRecordSchema, type MemberRecord } from './member';
import { participantRecordSchema, type ParticipantRecord } from './participant';
import {
  cardRecordSchema,
  changeRecordSchema,
  markerRecordSchema,
  sessionRecordSchema,
  stickerRecordSchema,
  type CardRecord,
  type ChangeRecord,
  type MarkerRecord,
  type SessionRecord,
  type StickerRecord,
} from './session';
import { elementRecordSchema, studyRecordSchema, type ElementRecord, type StudyRecord } from './study';
import { analysisRecordSchema, quoteRecordSchema, type AnalysisRecord, type QuoteRecord } from './analysis';

/**
 * Every stored thing is a record with `type`, `id` and `caseId`. One table holds them all,
 * so a command's effect is always a Patch of records, applied in one transaction.
 * New record types (markers, cards, stickers…) are added to this union and nothing else changes.
 */
export const anyRecordSchema = z.discriminatedUnion('type', [
  caseRecordSchema,
  laneRecordSchema,
  itemRecordSchema,
  memberRecordSchema,
  participantRecordSchema,
  sessionRecordSchema,
  markerRecordSchema,
  cardRecordSchema,
  stickerRecordSchema,
  changeRecordSchema,
  analysisRecordSchema,
  studyRecordSchema,
  elementRecordSchema,
  quoteRecordSchema,
]);
export type AnyRecord = z.infer<typeof anyRecordSchema>;
export type RecordType = AnyRecord['type'];

/** All records of one case, grouped by type. Built from a flat list; read-only by convention. */
export interface CaseState {
  readonly case: CaseRecord;
  readonly lanes: readonly LaneRecord[];
  readonly items: readonly ItemRecord[];
  readonly members: readonly MemberRecord[];
  readonly participants: readonly ParticipantRecord[];
  /** The live session, once one was started. */
  readonly session: SessionRecord | null;
  readonly markers: readonly MarkerRecord[];
  readonly cards: readonly CardRecord[];
  readonly stickers: readonly StickerRecord[];
  /** Phase-1 change trail, oldest first. */
  readonly changes: readonly ChangeRecord[];
  /** The researchers' analysis, once started. */
  readonly analysis: AnalysisRecord | null;
  /** Quotes for the report, oldest first (never voted on). */
  readonly quotes: readonly QuoteRecord[];
  readonly byId: ReadonlyMap<string, AnyRecord>;
}

const byOrder = <T extends { order: number; id: string }>(a: T, b: T) =>
  a.order - b.order || (a.id < b.id ? -1 : 1);

export function buildCaseState(records: readonly AnyRecord[]): CaseState {
  let caseRecord: CaseRecord | undefined;
  const lanes: LaneRecord[] = [];
  const items: ItemRecord[] = [];
  const members: MemberRecord[] = [];
  const participants: ParticipantRecord[] = [];
  let session: SessionRecord | null = null;
  const markers: MarkerRecord[] = [];
  const cards: CardRecord[] = [];
  const stickers: StickerRecord[] = [];
  const changes: ChangeRecord[] = [];
  let analysis: AnalysisRecord | null = null;
  const quotes: QuoteRecord[] = [];
  const byId = new Map<string, AnyRecord>();
  for (const r of records) {
    byId.set(r.id, r);
    switch (r.type) {
      case 'case':
        caseRecord = r;
        break;
      case 'lane':
        lanes.push(r);
        break;
      case 'item':
        items.push(r);
        break;
      case 'member':
        members.push(r);
        break;
      case 'participant':
        participants.push(r);
        break;
      case 'session':
        session = r;
        break;
      case 'marker':
        markers.push(r);
        break;
      case 'card':
        cards.push(r);
        break;
      case 'sticker':
        stickers.push(r);
        break;
      case 'change':
        changes.push(r);
        break;
      case 'analysis':
        analysis = r;
        break;
      case 'quote':
        quotes.push(r);
        break;
    }
  }
  if (!caseRecord) throw new Error('buildCaseState: no case record among the records');
  lanes.sort(byOrder);
  members.sort(byOrder);
  participants.sort(byOrder);
  items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byCreation = <T extends { createdAt: number; id: string }>(a: T, b: T) =>
    a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);
  markers.sort(byCreation);
  cards.sort(byCreation);
  stickers.sort(byCreation);
  changes.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  quotes.sort(byCreation);
  return {
    case: caseRecord,
    lanes,
    items,
    members,
    participants,
    session,
    markers,
    cards,
    stickers,
    changes,
    analysis,
    quotes,
    byId,
  };
}

export function recordsOf(state: CaseState): AnyRecord[] {
  return [...state.byId.values()];
}

export type {
  CaseRecord,
  ItemRecord,
  LaneRecord,
  MemberRecord,
  ParticipantRecord,
  SessionRecord,
  MarkerRecord,
  CardRecord,
  StickerRecord,
  ChangeRecord,
  StudyRecord,
  ElementRecord,
  QuoteRecord,
};
