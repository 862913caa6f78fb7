import { describe, expect, it } from 'vitest';
import { buildCaseState, type CaseState, type ItemRecord } from '../model';
import { applyPatch } from '../store/patch';
import { testContext } from '../testing/context';
import { createCaseRecords } from '../commands/createCase';
import { runCommand } from '../commands/registry';
import { PHASES } from '../model';
import { tracksChanges } from '../commands/changeTrail';
import {
  currentRules,
  listOfValence,
  phaseRules,
  rankList,
  roundOfPhase,
  stickersLeft,
  wallSessionRules,
} from './rules';

const ctx = testContext();
function run(state: CaseState, name: string, args: unknown): CaseState {
  ctx.tick();
  const out = runCommand(state, name, args, ctx);
  if (!out.ok) throw new Error(`${name} refused: ${out.refusal.reasonKey}`);
  return buildCaseState([...applyPatch(state.byId, out.patch).values()]);
}
function refusal(state: CaseState, name: string, args: unknown): string | null {
  const out = runCommand(state, name, args, ctx);
  return out.ok ? null : out.refusal.reasonKey;
}

function session(): CaseState {
  let s = buildCaseState(
    createCaseRecords({ title: 'Gezin Sessie', language: 'nl', familyLaneName: 'Gezinsleven' }, ctx),
  );
  s = run(s, 'participant.add', { id: 'participant_moeder', pseudonym: 'Ilse', role: 'ouder' });
  s = run(s, 'participant.add', { id: 'participant_sam', pseudonym: 'Sam', role: 'kindJongere' });
  s = run(s, 'participant.add', {
    id: 'participant_coach',
    pseudonym: 'Coach',
    role: 'professional',
    organisation: 'Wijkteam',
    function: 'gezinscoach',
  });
  return s;
}

describe('participants', () => {
  it('get distinct colours and perspective follows the role', () => {
    const s = session();
    expect(new Set(s.participants.map((p) => p.colour)).size).toBe(3);
    expect(s.participants.find((p) => p.id === 'participant_coach')).toMatchObject({
      organisation: 'Wijkteam',
    });
    expect(s.participants.find((p) => p.id === 'participant_sam')).toMatchObject({ organisation: '' });
  });
});

describe('phase rules', () => {
  it('markers only in rounds 2 and 3, of the right kind, by a known participant', () => {
    let s = session();
    const marker = { valence: 'good', participantId: 'participant_moeder', start: '2019-05-01' };
    expect(refusal(s, 'marker.add', marker)).toBe('refusal.markersOnlyInRounds');
    s = run(s, 'session.setPhase', { phase: 2 });
    expect(refusal(s, 'marker.add', { ...marker, valence: 'bad' })).toBe('refusal.markerWrongRound');
    expect(refusal(s, 'marker.add', { ...marker, participantId: 'participant_x' })).toBe(
      'refusal.chooseParticipant',
    );
    expect(refusal(s, 'marker.add', { ...marker, valence: 'bad', byFacilitator: true })).toBeNull();
    s = run(s, 'marker.add', { ...marker, id: 'marker_a' });
    expect(s.markers).toHaveLength(1);
    expect(s.session?.phase).toBe(2);
  });

  it('edits from phase 1 to the sticker round are marked and kept in the change trail', () => {
    let s = session();
    s = run(s, 'item.add', {
      id: 'item_before',
      shape: 'moment',
      kind: 'life',
      title: 'Voorbereid',
      start: { precision: 'year', year: 2010 },
      laneId: s.lanes[0]!.id,
    });
    s = run(s, 'session.setPhase', { phase: 1 });
    s = run(s, 'item.add', {
      id: 'item_new',
      shape: 'moment',
      kind: 'life',
      title: 'Nieuw',
      start: { precision: 'year', year: 2012 },
      laneId: s.lanes[0]!.id,
    });
    s = run(s, 'item.update', { id: 'item_before', title: 'Gecorrigeerd' });
    s = run(s, 'item.delete', { ids: ['item_new'] });
    expect((s.byId.get('item_before') as ItemRecord).origin).toBe('correctedInSession');
    expect(s.changes.map((c) => `${c.action}:${c.title}`)).toEqual([
      'added:Nieuw',
      'corrected:Gecorrigeerd',
      'removed:Nieuw',
    ]);
    // A correction in a later round of the session is kept too; once the closing round (5) is
    // reached, edits (the researchers' own, afterwards) are not.
    s = run(s, 'session.setPhase', { phase: 2 });
    s = run(s, 'item.update', { id: 'item_before', title: 'Later' });
    expect(s.changes).toHaveLength(4);
    s = run(s, 'session.setPhase', { phase: 5 });
    s = run(s, 'item.update', { id: 'item_before', title: 'Na de sessie' });
    expect(s.changes).toHaveLength(4);
  });
});

describe('sticker voting', () => {
  function voting(settings: object = {}) {
    let s = session();
    s = run(s, 'case.update', { settings });
    s = run(s, 'session.setPhase', { phase: 2 });
    s = run(s, 'marker.add', {
      id: 'marker_g',
      valence: 'good',
      participantId: 'participant_moeder',
      start: '2019-05-01',
    });
    for (const id of ['a', 'b', 'c', 'd'])
      s = run(s, 'card.add', { id: `card_${id}`, markerId: 'marker_g', text: `Sterk punt ${id}` });
    s = run(s, 'card.add', { id: 'card_x', list: 'improvements', text: 'Verbeterpunt' });
    return s;
  }

  it('is closed outside the prioritise round', () => {
    const s = voting();
    expect(refusal(s, 'sticker.place', { cardId: 'card_a', participantId: 'participant_sam' })).toBe(
      'refusal.votingClosed',
    );
  });

  it('keeps each participant within the budget per list', () => {
    let s = run(voting(), 'session.setPhase', { phase: 4 });
    for (const c of ['a', 'b', 'c'])
      s = run(s, 'sticker.place', { cardId: `card_${c}`, participantId: 'participant_sam' });
    expect(stickersLeft(s, 'participant_sam', 'strengths')).toBe(0);
    expect(refusal(s, 'sticker.place', { cardId: 'card_d', participantId: 'participant_sam' })).toBe(
      'refusal.budgetSpentStrengths',
    );
    // the other list has its own budget
    expect(refusal(s, 'sticker.place', { cardId: 'card_x', participantId: 'participant_sam' })).toBeNull();
    // stacking on one card is allowed unless the session forbids it
    const s2 = run(voting({ maxOneStickerPerCard: true }), 'session.setPhase', { phase: 4 });
    const s3 = run(s2, 'sticker.place', { cardId: 'card_a', participantId: 'participant_sam' });
    expect(refusal(s3, 'sticker.place', { cardId: 'card_a', participantId: 'participant_sam' })).toBe(
      'refusal.onePerCard',
    );
  });

  it('only the owner takes a sticker back on the wall', () => {
    let s = run(voting(), 'session.setPhase', { phase: 4 });
    s = run(s, 'sticker.place', { id: 'sticker_1', cardId: 'card_a', participantId: 'participant_sam' });
    expect(refusal(s, 'sticker.remove', { id: 'sticker_1', participantId: 'participant_moeder' })).toBe(
      'refusal.notYourSticker',
    );
    s = run(s, 'sticker.remove', { id: 'sticker_1', participantId: 'participant_sam' });
    expect(s.stickers).toHaveLength(0);
  });

  it('ranks by stickers, shares ranks on ties and splits by perspective', () => {
    let s = run(voting(), 'session.setPhase', { phase: 4 });
    const vote = (card: string, p: string) =>
      (s = run(s, 'sticker.place', { cardId: `card_${card}`, participantId: `participant_${p}` }));
    vote('b', 'moeder');
    vote('b', 'coach');
    vote('c', 'sam');
    vote('c', 'coach');
    vote('a', 'sam');
    const ranked = rankList(s, 'strengths');
    expect(ranked.map((r) => [r.card.id, r.votes, r.rank, r.tied])).toEqual([
      ['card_b', 2, 1, true],
      ['card_c', 2, 1, true],
      ['card_a', 1, 3, false],
      ['card_d', 0, 4, false],
    ]);
    expect(ranked[0]!.byPerspective).toEqual({ family: 1, professional: 1 });
  });

  it('merging cards moves the votes; with one-per-card a double vote returns to the tray', () => {
    let s = run(voting({ maxOneStickerPerCard: true }), 'session.setPhase', { phase: 4 });
    s = run(s, 'sticker.place', { cardId: 'card_a', participantId: 'participant_sam' });
    s = run(s, 'sticker.place', { cardId: 'card_b', participantId: 'participant_sam' });
    s = run(s, 'sticker.place', { cardId: 'card_b', participantId: 'participant_moeder' });
    expect(refusal(s, 'card.merge', { targetId: 'card_a', sourceIds: ['card_x'] })).toBe(
      'refusal.mergeAcrossLists',
    );
    s = run(s, 'card.merge', { targetId: 'card_a', sourceIds: ['card_b'] });
    expect(s.byId.has('card_b')).toBe(false);
    expect(rankList(s, 'strengths')[0]).toMatchObject({ votes: 2 });
    expect(stickersLeft(s, 'participant_sam', 'strengths')).toBe(2);
  });

  it('moves a card to another marker of its round or off any marker, never across lists', () => {
    let s = voting();
    s = run(s, 'marker.add', {
      id: 'marker_g2',
      valence: 'good',
      participantId: 'participant_sam',
      start: '2020-05-01',
    });
    s = run(s, 'card.update', { id: 'card_a', markerId: 'marker_g2' });
    expect(s.byId.get('card_a')).toMatchObject({ markerId: 'marker_g2', text: 'Sterk punt a' });
    s = run(s, 'card.update', { id: 'card_a', markerId: null });
    expect(s.byId.get('card_a')).toMatchObject({ markerId: null });
    expect(refusal(s, 'card.update', { id: 'card_x', markerId: 'marker_g2' })).toBe(
      'refusal.mergeAcrossLists',
    );
    expect(refusal(s, 'card.update', { id: 'card_a', markerId: 'marker_none' })).toBe('refusal.notFound');
  });

  it('moves a marker to another date or span; an end before the start is refused', () => {
    let s = voting();
    s = run(s, 'marker.move', { id: 'marker_g', start: '2018-01-01', end: '2018-06-01' });
    expect(s.byId.get('marker_g')).toMatchObject({ start: '2018-01-01', end: '2018-06-01' });
    expect(refusal(s, 'marker.move', { id: 'marker_g', start: '2018-06-01', end: '2018-01-01' })).toBe(
      'refusal.endBeforeStart',
    );
    // One side alone keeps the other as stored (two quick edits never undo each other).
    s = run(s, 'marker.move', { id: 'marker_g', start: '2018-02-01' });
    s = run(s, 'marker.move', { id: 'marker_g', end: '2018-09-01' });
    expect(s.byId.get('marker_g')).toMatchObject({ start: '2018-02-01', end: '2018-09-01' });
    expect(refusal(s, 'marker.move', { id: 'marker_g', end: '2018-01-01' })).toBe('refusal.endBeforeStart');
    s = run(s, 'marker.move', { id: 'marker_g', end: null });
    expect(s.byId.get('marker_g')).toMatchObject({ start: '2018-02-01', end: null });
  });

  it('a participant with contributions cannot be removed', () => {
    const s = voting();
    expect(refusal(s, 'participant.delete', { id: 'participant_moeder' })).toBe(
      'refusal.participantHasContributions',
    );
    expect(refusal(s, 'participant.delete', { id: 'participant_sam' })).toBeNull();
  });
});

describe('what each phase allows (the one table views read)', () => {
  it('rounds 2 and 3 feed the strengths and the improvement points; only they take participant markers', () => {
    expect(PHASES.map((p) => roundOfPhase(p)?.list ?? null)).toEqual([
      null,
      null,
      'strengths',
      'improvements',
      null,
      null,
    ]);
    expect(PHASES.filter((p) => phaseRules(p).participantMarkers)).toEqual([2, 3]);
    expect(phaseRules(2).round?.valence).toBe('good');
    expect(phaseRules(3).round?.valence).toBe('bad');
    for (const valence of ['good', 'bad'] as const)
      expect(listOfValence(valence)).toBe(PHASES.map(roundOfPhase).find((r) => r?.valence === valence)!.list);
  });

  it('stickers only in the voting, lists from the first round to the voting, the ranking at the close', () => {
    expect(PHASES.filter((p) => phaseRules(p).stickers)).toEqual([4]);
    expect(PHASES.filter((p) => phaseRules(p).listsShown)).toEqual([2, 3, 4]);
    expect(PHASES.filter((p) => phaseRules(p).roundsDone)).toEqual([4, 5]);
    expect(PHASES.filter((p) => phaseRules(p).rankingShown)).toEqual([5]);
    expect(PHASES.filter((p) => phaseRules(p).tracksChanges)).toEqual([1, 2, 3, 4]);
    expect(PHASES.filter((p) => !phaseRules(p).begun)).toEqual([0]);
    expect(PHASES.map((p) => phaseRules(p).step)).toEqual([
      'welcome',
      'lifeline',
      'round',
      'round',
      'voting',
      'closing',
    ]);
  });

  it('the commands follow the table: stickers refused outside the voting, the trail kept in phases 1–4', () => {
    let s = session();
    s = run(s, 'card.add', { id: 'card_x', list: 'strengths', text: 'Luisteren' });
    for (const phase of PHASES) {
      s = run(s, 'session.setPhase', { phase });
      const refused = refusal(s, 'sticker.place', { cardId: 'card_x', participantId: 'participant_sam' });
      expect(refused === null).toBe(phaseRules(phase).stickers);
      expect(tracksChanges(s)).toBe(phaseRules(phase).tracksChanges);
    }
  });

  it('the wall shows a session once it has a record or participants', () => {
    const empty = buildCaseState(
      createCaseRecords({ title: 'Leeg', language: 'nl', familyLaneName: 'Gezinsleven' }, ctx),
    );
    expect(wallSessionRules(empty)).toBeNull();
    expect(wallSessionRules(session())?.step).toBe('welcome');
    expect(currentRules(run(session(), 'session.setPhase', { phase: 3 })).round?.list).toBe('improvements');
  });
});
