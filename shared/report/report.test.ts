import { describe, expect, it } from 'vitest';
import { buildCaseState } from '../model';
import { testContext } from '../testing/context';
import { commandStep } from '../testing/commandStep';
import { createCaseRecords } from '../commands/createCase';
import { buildReportModel, cardsCsv } from './model';

const ctx = testContext();
const run = commandStep(ctx);

function session() {
  let s = buildCaseState(
    createCaseRecords({ title: 'Gezin Rapport', language: 'nl', familyLaneName: 'Gezinsleven' }, ctx),
  );
  s = run(s, 'participant.add', { id: 'participant_a', pseudonym: 'Ilse', role: 'ouder' });
  s = run(s, 'participant.add', { id: 'participant_b', pseudonym: 'Coach', role: 'professional' });
  s = run(s, 'session.setPhase', { phase: 2 });
  s = run(s, 'marker.add', {
    id: 'marker_1',
    valence: 'good',
    participantId: 'participant_a',
    start: '2020-01-01',
  });
  s = run(s, 'card.add', { id: 'card_1', markerId: 'marker_1', text: '=Eén plan, "samen"' });
  s = run(s, 'card.add', { id: 'card_2', markerId: 'marker_1', text: 'Luisteren' });
  s = run(s, 'session.setPhase', { phase: 4 });
  s = run(s, 'sticker.place', { cardId: 'card_2', participantId: 'participant_a' });
  s = run(s, 'sticker.place', { cardId: 'card_2', participantId: 'participant_b' });
  return s;
}

describe('report model', () => {
  it('groups participants by role, lists markers with their cards and ranks the lists', () => {
    const m = buildReportModel(session(), 0);
    expect(m.participantsByRole).toEqual([
      { role: 'ouder', names: ['Ilse'] },
      { role: 'professional', names: ['Coach'] },
    ]);
    expect(m.goodHelp[0]!.cards.map((c) => c.id)).toEqual(['card_1', 'card_2']);
    expect(m.ranked.strengths.map((r) => [r.card.id, r.votes, r.rank])).toEqual([
      ['card_2', 2, 1],
      ['card_1', 0, 2],
    ]);
    expect(m.totals.strengths).toEqual({ votes: 2, family: 1, professional: 1 });
  });
  it('writes CSV that Excel reads: BOM, quotes, no formulas', () => {
    const csv = cardsCsv(
      buildReportModel(session(), 0),
      ['lijst', 'tekst', 'stickers', 'door', 'perspectief', 'codes'],
      () => 'Sterke punten',
    );
    expect(csv.startsWith('\uFEFFlijst,tekst')).toBe(true);
    expect(csv).toContain(`"'=Eén plan, ""samen"""`);
    expect(csv.split('\r\n')).toHaveLength(4);
  });
  it('carries the analysis: tree, quotes with who said them, codes in the language of the case, report options', () => {
    let s = session();
    s = run(s, 'analysis.setSuccess', { text: 'Rust in het gezin.' });
    s = run(s, 'analysis.addGroup', { id: 'group_1', list: 'strengths', name: 'Samen optrekken' });
    s = run(s, 'analysis.groupCard', { cardId: 'card_1', groupId: 'group_1' });
    s = run(s, 'card.update', { id: 'card_2', participantId: 'participant_b' });
    s = run(s, 'analysis.toggleQuote', { cardId: 'card_2', quote: true });
    s = run(s, 'analysis.setCodes', { cardId: 'card_1', codes: ['jongeren.2', 'unknown.9'] });
    s = run(s, 'analysis.setRecommendations', { items: ['Eén vaste coach', 'Sneller diagnostiek'] });
    s = run(s, 'analysis.setReport', { facilitators: 'A. Onderzoeker', paper: 'A3' });
    const m = buildReportModel(s, 0);
    expect(m.successStatement).toBe('Rust in het gezin.');
    expect(m.tree.strengths.branches.map((b) => [b.name, b.leaves.length])).toEqual([['Samen optrekken', 1]]);
    expect(m.tree.strengths.others.map((l) => l.card.text)).toEqual(['Luisteren']);
    expect(m.quotes.map((q) => [q.card.text, q.by?.role])).toEqual([['Luisteren', 'professional']]);
    expect(m.allCards.find((c) => c.card.id === 'card_1')!.codes).toEqual(['Eén gezicht', 'unknown.9']);
    expect(m.recommendations).toHaveLength(2);
    expect([m.facilitators, m.paper]).toEqual(['A. Onderzoeker', 'A3']);
    const csv = cardsCsv(m, ['l', 't', 's', 'd', 'p', 'c'], () => 'S');
    expect(csv).toContain('Eén gezicht; unknown.9');
  });
});
