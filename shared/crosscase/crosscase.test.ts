import { describe, expect, it } from 'vitest';
import { buildCaseState, type AnyRecord, type CaseState } from '../model';
import { ANALYSED_CASES, analysedCaseRecords, CASE_VEENSTRA, CASE_ZEELAND } from '../fixtures/analysed';
import { buildStudyState, createStudyRecords, type StudyState } from '../study/state';
import { runStudyCommand } from '../commands/registry';
import { applyPatch } from '../store/patch';
import { testContext } from '../testing/context';
import { normalise, similarNames, similarity, stem, stems } from './text';
import { codeMatrix, elementMatrix, factorMatrix } from './matrix';
import { suggestElements, suggestionKey } from './suggest';
import { buildCrossCaseReport, leaning } from './report';

const cases = ANALYSED_CASES.map((spec) => buildCaseState(analysedCaseRecords(spec)));

function studyOf(states: readonly CaseState[]): StudyState {
  const records = createStudyRecords(
    { name: 'Integrale hulp 2025', caseIds: states.map((c) => c.case.id) },
    { now: 1, newId: () => 'study_t1' },
  );
  return buildStudyState(records, states);
}

const ctx = testContext();
function run(s: StudyState, name: string, args: unknown): StudyState {
  const out = runStudyCommand(s, name, args, ctx);
  if (!out.ok) throw new Error(`${name}: ${out.refusal.reasonKey}`);
  return buildStudyState(
    [...applyPatch(s.byId, out.patch).values()] as AnyRecord[],
    s.cases,
    s.libraryCaseIds,
  );
}

describe('Dutch name comparison', () => {
  it('normalises case, accents and punctuation', () => {
    expect(normalise('Eén  vast gezicht!')).toBe('een vast gezicht');
    expect(normalise('Cliënt-regie (jongere)')).toBe('client regie jongere');
  });
  it('stems plural and inflection lightly', () => {
    expect(
      [
        'gesprekken',
        'ouders',
        'vaste',
        'gezichten',
        'mogelijkheden',
        'afspraken',
        'scholen',
        'verwachtingen',
      ].map(stem),
    ).toEqual(['gesprek', 'ouder', 'vast', 'gezicht', 'mogelijkheid', 'afspraak', 'school', 'verwachting']);
    expect(stem('open')).toBe('open');
    expect(stems('De ouder is partner')).toEqual(['ouder', 'partner']);
  });
  it('finds similar names and keeps different ones apart', () => {
    expect(similarNames('Eén vast gezicht', 'Vaste gezichten')).toBe(true);
    expect(similarNames('Ouders als partner', 'De ouder is partner')).toBe(true);
    expect(similarNames('Lange wachtlijst GGZ', 'Wachtlijsten voor diagnostiek')).toBe(true);
    expect(similarNames('Korte lijnen tussen school en wijkteam', 'School actief betrokken')).toBe(false);
    expect(similarNames('Samen plannen', 'Wachtlijst')).toBe(false);
    expect(similarity('', 'iets')).toBe(0);
    // Only function words in common is no match.
    expect(similarNames('De school', 'De wijk')).toBe(false);
  });
});

describe('cross-case matrices', () => {
  const study = studyOf(cases);
  it('counts each cell from the cards behind it, split by perspective and weighted by stickers', () => {
    const m = factorMatrix(study);
    expect(m.cases.map((c) => c.title)).toEqual(['Gezin Zeeland', 'Gezin Veenstra', 'Gezin Aït Brahim']);
    const face = m.rows.find((r) => r.label === 'Eén vast gezicht')!;
    // "Eén vast gezicht" (Zeeland) and "Vaste gezichten" (Veenstra) share a row.
    expect(face.cells.map((c) => c.factors.map((f) => f.name))).toEqual([
      ['Eén vast gezicht'],
      ['Vaste gezichten'],
      [],
    ]);
    const zl = face.cells[0]!;
    // Cards: moeder, jongere (family) and leerlingbegeleider (professional); stickers m,v,s + s,o + l.
    expect(zl.tally).toEqual({
      cards: 3,
      cardsFamily: 2,
      cardsProfessional: 1,
      cardsGroup: 0,
      votes: 6,
      votesFamily: 5,
      votesProfessional: 1,
    });
    expect(zl.cards.map((c) => c.card.text)).toEqual([
      'Dezelfde gezinscoach, vier jaar lang',
      'Ze bleef ook toen het misging',
      'Vaste contactpersoon voor school',
    ]);
    expect(zl.quotes.map((q) => q.text)).toEqual(['Dezelfde gezinscoach, vier jaar lang']);
    expect(face.caseCount).toBe(2);
    expect(face.total.votes).toBe(6 + 3);
    // A card named for the group counts as the group's.
    const wait = m.rows.find((r) => r.list === 'improvements' && r.cells[0]!.factors.length)!;
    expect(wait.cells[0]!.tally).toMatchObject({ cards: 2, cardsGroup: 1, cardsProfessional: 1, votes: 4 });
    expect(wait.cells[1]!.factors.map((f) => f.name)).toEqual(['Wachtlijsten voor diagnostiek']);
  });
  it('every card of every main factor is counted exactly once in the factor matrix', () => {
    const m = factorMatrix(study);
    for (const [i, state] of cases.entries()) {
      const inMatrix = m.rows.flatMap((r) => r.cells[i]!.cards.map((c) => c.card.id)).sort();
      const grouped = (state.analysis?.groups ?? []).flatMap((g) => g.cardIds).sort();
      expect(inMatrix).toEqual(grouped);
      const stickers = m.rows.reduce((n, r) => n + r.cells[i]!.tally.votes, 0);
      expect(stickers).toBe(state.stickers.length);
    }
  });
  it('codes × cases counts the tagged cards of each case', () => {
    const m = codeMatrix(study, 'nl');
    const face = m.rows.find((r) => r.key === 'code:jongeren.2')!;
    expect(face.label).toBe('Eén gezicht');
    expect(face.cells.map((c) => c.tally.cards)).toEqual([2, 1, 0]);
    const own = m.rows.find((r) => r.key === 'code:custom.warme-overdracht')!;
    expect(own.label).toBe('Warme overdracht');
    expect(m.rows[0]!.caseCount).toBeGreaterThanOrEqual(m.rows.at(-1)!.caseCount);
  });
});

describe('candidate overarching elements', () => {
  it('suggests shared codes and similar names across cases; the researchers decide', () => {
    let study = studyOf(cases);
    const list = suggestElements(study, 'nl');
    const parents = list.find((s) => s.codes.includes('overstijgend.1'))!;
    expect(parents.name).toBe('Ouders zijn de belangrijkste partner');
    expect(parents.factors).toEqual([
      { caseId: cases[0]!.case.id, groupId: 'group_zl1' },
      { caseId: cases[1]!.case.id, groupId: 'group_vs1' },
    ]);
    // The names are similar too: one suggestion with both reasons.
    expect(parents.words).toEqual(['ouder', 'partner']);
    expect(list.filter((s) => s.key === parents.key)).toHaveLength(1);
    const school = list.find((s) => s.codes.includes('overstijgend.4'))!;
    expect(school.caseCount).toBe(2);
    const waiting = list.find((s) => s.list === 'improvements')!;
    expect(waiting.codes).toEqual(['niveau.4.1']);
    // No suggestion within one case only.
    for (const s of list) expect(new Set(s.factors.map((f) => f.caseId)).size).toBeGreaterThanOrEqual(2);

    // Accepting one makes it an element (and it is no longer suggested); dismissing hides another.
    study = run(study, 'element.add', { id: 'element_p', name: parents.name, support: parents.factors });
    study = run(study, 'study.dismissSuggestion', { key: school.key, dismissed: true });
    const after = suggestElements(study, 'nl').map((s) => s.key);
    expect(after).not.toContain(parents.key);
    expect(after).not.toContain(school.key);
    expect(suggestionKey([...parents.factors].reverse())).toBe(parents.key);
  });
  it('refuses support from a case outside the study or a main factor that does not exist', () => {
    const study = studyOf(cases.slice(0, 2));
    const out = runStudyCommand(
      study,
      'element.add',
      { name: 'X', support: [{ caseId: cases[2]!.case.id, groupId: 'group_ab0' }] },
      ctx,
    );
    expect(out.ok ? null : out.refusal.reasonKey).toBe('refusal.notInStudy');
    const missing = runStudyCommand(
      study,
      'element.add',
      { name: 'X', support: [{ caseId: cases[0]!.case.id, groupId: 'group_nope' }] },
      ctx,
    );
    expect(missing.ok ? null : missing.refusal.reasonKey).toBe('refusal.notFound');
  });
});

describe('study commands', () => {
  it('elements take support, quotes, order; removing a case takes its evidence along', () => {
    let study = studyOf(cases);
    const zl = cases[0]!.case.id;
    const vs = cases[1]!.case.id;
    study = run(study, 'element.add', { id: 'element_a', name: 'Eén gezicht' });
    study = run(study, 'element.add', { id: 'element_b', name: 'Ouders zijn partner' });
    study = run(study, 'element.setSupport', {
      id: 'element_a',
      factor: { caseId: zl, groupId: 'group_zl0' },
      supports: true,
    });
    study = run(study, 'element.setSupport', {
      id: 'element_a',
      factor: { caseId: vs, groupId: 'group_vs0' },
      supports: true,
    });
    study = run(study, 'element.setQuote', {
      id: 'element_a',
      quote: { caseId: zl, quoteId: 'quote_zl1' },
      included: true,
    });
    study = run(study, 'element.move', { id: 'element_b', toIndex: 0 });
    expect(study.elements.map((e) => e.id)).toEqual(['element_b', 'element_a']);
    const row = elementMatrix(study).rows[1]!;
    expect(row.cells.map((c) => c.tally.cards)).toEqual([3, 2, 0]);
    expect(row.caseCount).toBe(2);
    study = run(study, 'study.removeCase', { caseId: zl });
    expect(study.study.caseIds).toEqual([vs, cases[2]!.case.id]);
    expect(study.byId.get('element_a')).toMatchObject({
      support: [{ caseId: vs, groupId: 'group_vs0' }],
      quotes: [],
    });
  });
});

describe('cross-case report model', () => {
  it('holds every case with its success and main factors, the elements with evidence per perspective, and the differences', () => {
    let study = studyOf(cases);
    study = run(study, 'element.add', {
      id: 'element_a',
      name: 'Eén vast gezicht voor het gezin',
      description: 'Continuïteit van de hulpverlener.',
      support: [
        { caseId: cases[0]!.case.id, groupId: 'group_zl0' },
        { caseId: cases[1]!.case.id, groupId: 'group_vs0' },
      ],
      quotes: [{ caseId: cases[1]!.case.id, quoteId: 'quote_vs1' }],
    });
    const r = buildCrossCaseReport(study, 'nl', 5);
    expect(r.cases.map((c) => [c.title, c.success.length > 0, c.strengths.map((f) => f.name)])).toEqual([
      ['Gezin Zeeland', true, CASE_ZEELAND.factors.filter((f) => f.list === 'strengths').map((f) => f.name)],
      [
        'Gezin Veenstra',
        true,
        CASE_VEENSTRA.factors.filter((f) => f.list === 'strengths').map((f) => f.name),
      ],
      ['Gezin Aït Brahim', true, ['Goed luisteren naar de jongere', 'School actief betrokken']],
    ]);
    const e = r.elements[0]!;
    expect(e.caseCount).toBe(2);
    expect(e.perCase[0]!.family.cards).toEqual([
      'Dezelfde gezinscoach, vier jaar lang',
      'Ze bleef ook toen het misging',
    ]);
    expect(e.perCase[0]!.professional).toEqual({ cards: ['Vaste contactpersoon voor school'], votes: 1 });
    expect(e.quotes).toEqual([
      {
        caseTitle: 'Gezin Veenstra',
        text: 'Steeds dezelfde hulpverlener, geen wisselingen',
        role: 'kindJongere',
        pseudonym: 'Noor',
      },
    ]);
    expect(r.authors).toBe('Dr. Femke van der Heijden-Bakker; Yusuf El Amrani MSc');
    expect(r.differences.family.map((d) => d.name)).toContain('Eén vast gezicht');
    expect(r.differences.professional.map((d) => d.name)).toContain('Korte lijnen tussen school en wijkteam');
    expect(
      leaning({
        cards: 1,
        cardsFamily: 1,
        cardsProfessional: 0,
        cardsGroup: 0,
        votes: 0,
        votesFamily: 0,
        votesProfessional: 0,
      }),
    ).toBeNull();
  });
});
