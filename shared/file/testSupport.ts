/**
 * Shared helpers for the case-file tests (not part of the public API; not re-exported).
 * Fixture files are read through Vite's import.meta.glob so shared/ needs no Node modules.
 */
import { createDemoCase } from '../demo';
import { lookup, LOCALES } from '../i18n';
import {
  anyRecordSchema,
  type AnyRecord,
  type CardRecord,
  type ChangeRecord,
  type MarkerRecord,
  type ParticipantRecord,
  type SessionRecord,
  type StickerRecord,
} from '../model';
import { consistencyProblem, type ParseResult } from './caseFile';
import { CASE_FILE_ERROR_CODES, MAX_ERROR_DETAILS } from './format';
import { ruleMessageKey } from '../rules/messages';

export const TEST_MAX_BYTES = 20 * 1024 * 1024;
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
export const TEST_NOW = Date.UTC(2025, 0, 1);

const fixtureFiles = import.meta.glob<string>('./fixtures/case-v*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** Format versions that have a fixture file `fixtures/case-v<N>.json`. */
export function fixtureVersions(): number[] {
  return Object.keys(fixtureFiles)
    .map((path) => /case-v(\d+)\.json$/.exec(path)?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

export function fixtureText(version: number): string {
  const text = fixtureFiles[`./fixtures/case-v${version}.json`];
  if (text === undefined) throw new Error(`no fixture for format version ${version}`);
  return text;
}

/**
 * The demo case with deterministic ids, plus a session with participants, markers, cards,
 * stickers and changes, so that every record type and every text field occurs.
 */
export function sampleRecords(): AnyRecord[] {
  let n = 0;
  const records = createDemoCase({ now: TEST_NOW, newId: (p) => `${p}_s${String(++n).padStart(3, '0')}` });
  const caseId = records.find((r) => r.type === 'case')!.id;
  const lane = records.find((r) => r.type === 'lane' && r.kind === 'help')!;
  const item = records.find((r) => r.type === 'item')!;
  const participant = (id: string, extra: Partial<ParticipantRecord>): ParticipantRecord => ({
    type: 'participant',
    id,
    caseId,
    pseudonym: 'Ilse',
    role: 'ouder',
    organisation: '',
    function: '',
    displayRole: 'moeder',
    task: '',
    colour: '#a33b62',
    icon: null,
    order: 0,
    ...extra,
  });
  const p1 = participant('participant_s901', {});
  const p2 = participant('participant_s902', {
    pseudonym: 'Jeugdbeschermer',
    role: 'professional',
    organisation: 'Jeugdbescherming Zuid',
    function: 'Jeugdbeschermer',
    displayRole: '',
    task: 'Voert de ondertoezichtstelling uit.',
    colour: '#1f6f8b',
    icon: 'rocket',
    order: 1,
  });
  const session: SessionRecord = {
    type: 'session',
    id: 'session_s903',
    caseId,
    phase: 4,
    speakerId: p1.id,
    talliesVisible: false,
    phaseStartedAt: TEST_NOW + 60_000,
    wallFocus: { kind: 'span', start: '2016-01-01', end: '2019-12-31', at: TEST_NOW + 61_000 },
    timeBox: { seconds: 180, per: 'speaker', startedAt: TEST_NOW + 62_000, pausedAt: null },
    spoken: [{ phase: 2, participantId: 'participant_s902' }],
  };
  const good: MarkerRecord = {
    type: 'marker',
    id: 'marker_s904',
    caseId,
    valence: 'good',
    participantId: p1.id,
    start: '2019-05-01',
    end: '2021-06-30',
    precision: 'season',
    laneId: lane.id,
    title: 'Gezinsbegeleiding thuis',
    explanation: 'Ze kwam ook in de avond, als het misging.',
    contributorIds: [p2.id],
    createdAt: TEST_NOW + 1000,
  };
  const bad: MarkerRecord = {
    ...good,
    id: 'marker_s905',
    valence: 'bad',
    participantId: p2.id,
    start: '2017-09-01',
    end: null,
    precision: 'year',
    laneId: null,
    title: '',
    explanation: 'Het verhaal moest opnieuw verteld worden.',
    contributorIds: [],
  };
  const card1: CardRecord = {
    type: 'card',
    id: 'card_s906',
    caseId,
    list: 'strengths',
    text: 'Vast aanspreekpunt dat ook bereikbaar is na vijf uur',
    markerId: good.id,
    participantId: p1.id,
    createdAt: TEST_NOW + 2000,
  };
  const card2: CardRecord = {
    ...card1,
    id: 'card_s907',
    list: 'improvements',
    text: 'Niet steeds een nieuwe hulpverlener',
    markerId: null,
    participantId: null,
  };
  const sticker = (id: string, card: CardRecord, p: ParticipantRecord): StickerRecord => ({
    type: 'sticker',
    id,
    caseId,
    cardId: card.id,
    participantId: p.id,
    createdAt: TEST_NOW + 3000,
  });
  const change = (
    id: string,
    itemId: string,
    action: ChangeRecord['action'],
    title: string,
  ): ChangeRecord => ({
    type: 'change',
    id,
    caseId,
    itemId,
    action,
    title,
    at: TEST_NOW + 500,
  });
  return [
    ...records,
    p1,
    p2,
    session,
    good,
    bad,
    card1,
    card2,
    sticker('sticker_s908', card1, p1),
    sticker('sticker_s909', card2, p2),
    change('change_s910', item.id, 'corrected', item.title),
    change('change_s911', 'item_verwijderd', 'removed', 'Dubbel ingevoerd'),
  ];
}

/** Placeholders (`{{name}}`) in a message. */
export function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);
}

/**
 * Every parse outcome must be either valid, consistent records, or an error whose message
 * exists in both locales with all its placeholders filled.
 */
export function outcomeProblem(r: ParseResult): string | null {
  if (r.ok) {
    for (const x of r.records)
      if (!anyRecordSchema.safeParse(x).success) return `record ${x.id} fails the schema`;
    return consistencyProblem(r.records);
  }
  const e = r.error;
  if (!CASE_FILE_ERROR_CODES.includes(e.code)) return `unknown code ${e.code}`;
  if (e.messageKey !== `file.error.${e.code}`) return `messageKey ${e.messageKey}`;
  if (e.details.length > MAX_ERROR_DETAILS) return 'too many details';
  for (const [k, v] of Object.entries(e.values))
    if (typeof v !== 'string' && typeof v !== 'number') return `value ${k}`;
  // A broken rule: its own message fills `problem` (see renderer/views/library/fileErrorText.ts).
  const values = e.rule ? { ...e.values, problem: '' } : e.values;
  if (e.code === 'inconsistent' && !e.rule) return 'inconsistent without its rule';
  for (const locale of [LOCALES.nl, LOCALES.en]) {
    const message = lookup(locale, e.messageKey);
    if (typeof message !== 'string') return `no message for ${e.messageKey}`;
    for (const p of placeholders(message)) if (!(p in values)) return `${e.messageKey} lacks value ${p}`;
    if (e.rule) {
      const ruleMessage = lookup(locale, ruleMessageKey(e.rule));
      if (typeof ruleMessage !== 'string') return `no message for ${ruleMessageKey(e.rule)}`;
      for (const p of placeholders(ruleMessage))
        if (!(p in e.rule.values)) return `${ruleMessageKey(e.rule)} lacks value ${p}`;
    }
  }
  return null;
}

export const byId = (a: AnyRecord, b: AnyRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
