import { describe, expect, it } from 'vitest';
import { buildCaseState, type CaseState } from '../model';
import { testContext } from '../testing/context';
import { commandStep } from '../testing/commandStep';
import { createCaseRecords } from '../commands/createCase';
import { runCommand } from '../commands/registry';
import { reassignIds, consistencyProblem } from '../file';
import { draftFindingsTree } from './tree';
import { BUILT_IN_CODEBOOKS, findCode } from './codebooks';

const ctx = testContext();
const run = commandStep(ctx);
const refusal = (s: CaseState, name: string, args: unknown) => {
  const out = runCommand(s, name, args, ctx);
  return out.ok ? null : out.refusal.reasonKey;
};

function analysed() {
  let s = buildCaseState(
    createCaseRecords({ title: 'Gezin Analyse', language: 'nl', familyLaneName: 'Gezinsleven' }, ctx),
  );
  s = run(s, 'participant.add', { id: 'participant_a', pseudonym: 'Ilse', role: 'ouder' });
  for (const [id, text] of [
    ['card_a', 'Vast gezicht'],
    ['card_b', 'Dezelfde coach'],
    ['card_c', 'Samen plannen'],
  ])
    s = run(s, 'card.add', { id, list: 'strengths', text });
  s = run(s, 'card.add', { id: 'card_x', list: 'improvements', text: 'Wachtlijst' });
  s = run(s, 'session.setPhase', { phase: 4 });
  s = run(s, 'sticker.place', { cardId: 'card_c', participantId: 'participant_a' });
  s = run(s, 'sticker.place', { cardId: 'card_c', participantId: 'participant_a' });
  s = run(s, 'sticker.place', { cardId: 'card_b', participantId: 'participant_a' });
  s = run(s, 'analysis.setSuccess', { text: 'Het gezin kreeg rust door één vaste coach.' });
  s = run(s, 'analysis.addGroup', { id: 'group_cont', list: 'strengths', name: 'Continuïteit' });
  s = run(s, 'analysis.groupCard', { cardId: 'card_a', groupId: 'group_cont' });
  s = run(s, 'analysis.groupCard', { cardId: 'card_b', groupId: 'group_cont' });
  return s;
}

describe('analysis and findings tree', () => {
  it('drafts the tree: success at the root, groups as branches with cards by votes, the rest as others', () => {
    const tree = draftFindingsTree(analysed());
    expect(tree.root).toBe('Het gezin kreeg rust door één vaste coach.');
    expect(tree.strengths.branches.map((b) => [b.name, b.votes, b.leaves.map((l) => l.card.id)])).toEqual([
      ['Continuïteit', 1, ['card_b', 'card_a']],
    ]);
    expect(tree.strengths.others.map((l) => [l.card.id, l.votes])).toEqual([['card_c', 2]]);
    // No groups for improvements yet: the most-voted cards stand in as main factors.
    expect(tree.improvements.branches.map((b) => b.name)).toEqual(['Wachtlijst']);
    expect(tree.improvements.others).toEqual([]);
  });
  it('without any groups the five most-voted cards are drafted as main factors', () => {
    let s = analysed();
    s = run(s, 'analysis.deleteGroup', { id: 'group_cont' });
    for (let i = 0; i < 5; i++)
      s = run(s, 'card.add', { id: `card_n${i}`, list: 'strengths', text: `Extra ${i}` });
    const side = draftFindingsTree(s).strengths;
    expect(side.branches).toHaveLength(5);
    expect(side.branches[0]!.name).toBe('Samen plannen');
    expect(side.others).toHaveLength(3);
  });
  it('a card may support several main factors of its own list; a drag out of a group moves it', () => {
    let s = analysed();
    s = run(s, 'analysis.addGroup', { id: 'group_two', list: 'strengths', name: 'Anders' });
    s = run(s, 'analysis.addGroup', { id: 'group_three', list: 'strengths', name: 'Derde' });
    s = run(s, 'analysis.groupCard', { cardId: 'card_a', groupId: 'group_two' });
    expect(s.analysis!.groups.map((g) => g.cardIds)).toEqual([['card_a', 'card_b'], ['card_a'], []]);
    s = run(s, 'analysis.groupCard', { cardId: 'card_a', groupId: 'group_three', fromGroupId: 'group_two' });
    expect(s.analysis!.groups.map((g) => g.cardIds)).toEqual([['card_a', 'card_b'], [], ['card_a']]);
    const tree = draftFindingsTree(s).strengths;
    expect(tree.branches.map((b) => b.leaves.map((l) => l.card.id))).toEqual([
      ['card_b', 'card_a'],
      [],
      ['card_a'],
    ]);
    s = run(s, 'analysis.toggleCardGroup', { cardId: 'card_a', groupId: 'group_cont', on: false });
    expect(s.analysis!.groups[0]!.cardIds).toEqual(['card_b']);
    s = run(s, 'analysis.groupCard', { cardId: 'card_a', groupId: null });
    expect(s.analysis!.groups.map((g) => g.cardIds)).toEqual([['card_b'], [], []]);
    expect(refusal(s, 'analysis.groupCard', { cardId: 'card_x', groupId: 'group_two' })).toBe(
      'refusal.mergeAcrossLists',
    );
    expect(refusal(s, 'analysis.toggleCardGroup', { cardId: 'card_x', groupId: 'group_two', on: true })).toBe(
      'refusal.mergeAcrossLists',
    );
  });
  it('main factors get an explanatory paragraph; quotes are records that never take stickers', () => {
    let s = analysed();
    s = run(s, 'analysis.describeGroup', { id: 'group_cont', description: 'Eén vaste coach, jarenlang.' });
    expect(s.analysis!.groups[0]!.description).toBe('Eén vaste coach, jarenlang.');
    s = run(s, 'quote.add', {
      id: 'quote_1',
      text: 'Ze bleef.',
      participantId: 'participant_a',
      groupIds: ['group_cont'],
    });
    expect(s.quotes.map((q) => [q.text, q.participantId, q.groupIds])).toEqual([
      ['Ze bleef.', 'participant_a', ['group_cont']],
    ]);
    expect(refusal(s, 'quote.add', { text: 'x', groupIds: ['group_none'] })).toBe('refusal.notFound');
    expect(refusal(s, 'sticker.place', { cardId: 'quote_1', participantId: 'participant_a' })).not.toBeNull();
    s = run(s, 'quote.update', { id: 'quote_1', text: 'Ze bleef gewoon.', cardId: 'card_a' });
    s = run(s, 'analysis.deleteGroup', { id: 'group_cont' });
    expect(s.quotes[0]).toMatchObject({ text: 'Ze bleef gewoon.', cardId: 'card_a', groupIds: [] });
    s = run(s, 'card.delete', { id: 'card_a' });
    expect(s.quotes[0]!.cardId).toBeNull();
    s = run(s, 'quote.delete', { id: 'quote_1' });
    expect(s.quotes).toEqual([]);
  });
  it('merging cards keeps the votes in the group', () => {
    let s = analysed();
    s = run(s, 'card.merge', { targetId: 'card_b', sourceIds: ['card_c'] });
    const tree = draftFindingsTree(s);
    expect(tree.strengths.branches[0]!.votes).toBe(3);
    expect(s.analysis!.groups[0]!.cardIds).toEqual(['card_a', 'card_b']);
  });
  it('codes, quotes and custom codes; duplicating keeps every reference', () => {
    let s = analysed();
    s = run(s, 'analysis.setCodes', { cardId: 'card_a', codes: ['jongeren.2', 'samenwerking.4'] });
    s = run(s, 'analysis.addCode', { label: 'Warme overdracht' });
    s = run(s, 'quote.add', { id: 'quote_b', text: 'Dezelfde coach', cardId: 'card_b' });
    expect(s.analysis!.customCodes[0]!.id).toBe('custom.warme-overdracht');
    expect(findCode('jongeren.2')?.nl).toBe('Eén gezicht');
    let n = 0;
    const copy = buildCaseState(reassignIds([...s.byId.values()], (p) => `${p}_c${++n}`));
    expect(consistencyProblem([...copy.byId.values()])).toBeNull();
    const cardIds = new Set(copy.cards.map((c) => c.id));
    expect(copy.analysis!.groups[0]!.cardIds.every((id) => cardIds.has(id))).toBe(true);
    expect(Object.keys(copy.analysis!.codes).every((id) => cardIds.has(id))).toBe(true);
    expect(BUILT_IN_CODEBOOKS.length).toBeGreaterThanOrEqual(4);
  });
  it('deleting a card removes it from groups and codes; a quote from it stays, without the card', () => {
    let s = analysed();
    s = run(s, 'analysis.setCodes', { cardId: 'card_a', codes: ['jongeren.2'] });
    s = run(s, 'quote.add', { id: 'quote_a', text: 'Samen plannen', cardId: 'card_a' });
    s = run(s, 'card.delete', { id: 'card_a' });
    expect(s.analysis!.groups[0]!.cardIds).toEqual(['card_b']);
    expect(s.quotes.map((q) => q.cardId)).toEqual([null]);
    expect(s.analysis!.codes).toEqual({});
  });
  it('quotes are attributed to a participant; follow-up notes and the wall switch are stored', () => {
    let s = analysed();
    s = run(s, 'card.update', { id: 'card_b', participantId: 'participant_a' });
    expect(s.byId.get('card_b')).toMatchObject({ participantId: 'participant_a', text: 'Dezelfde coach' });
    expect(refusal(s, 'card.update', { id: 'card_b', participantId: 'participant_nobody' })).toBe(
      'refusal.notFound',
    );
    s = run(s, 'analysis.setFollowUp', { text: 'Iedereen herkent het beeld.' });
    s = run(s, 'analysis.showOnWall', { show: true });
    expect(s.analysis).toMatchObject({ followUpNotes: 'Iedereen herkent het beeld.', showOnWall: true });
  });
  it('reorders main factors and refuses unknown groups', () => {
    let s = analysed();
    s = run(s, 'analysis.addGroup', { id: 'group_two', list: 'strengths', name: 'Samenwerking' });
    s = run(s, 'analysis.moveGroup', { id: 'group_two', toIndex: 0 });
    expect(s.analysis!.groups.map((g) => g.id)).toEqual(['group_two', 'group_cont']);
    expect(refusal(s, 'analysis.renameGroup', { id: 'group_none', name: 'x' })).toBe('refusal.notFound');
    s = run(s, 'analysis.deleteGroup', { id: 'group_cont' });
    const side = draftFindingsTree(s).strengths;
    expect(side.branches.map((b) => b.name)).toEqual(['Samenwerking']);
    expect(side.others.map((l) => l.card.text)).toEqual(['Samen plannen', 'Dezelfde coach', 'Vast gezicht']);
  });
});
