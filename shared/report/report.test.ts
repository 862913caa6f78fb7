import { describe, expect, it } from 'vitest';
import { buildCaseState } from '../model';
import { testContext } from '../testing/context';
import { commandStep } from '../testing/commandStep';
import { createCaseRecords } from '../commands/createCase';
import { publishedCase } from '../fixtures/publishedCase';
import {
  buildReportDocument,
  cardRows,
  storyPeriods,
  textBlocks,
  type Block,
  type ReportDocument,
} from './document';
import { displayRoleOf, quoted, unquote } from './people';

const ctx = testContext();
const run = commandStep(ctx);

function session() {
  let s = buildCaseState(
    createCaseRecords({ title: 'Gezin Rapport', language: 'nl', familyLaneName: 'Gezinsleven' }, ctx),
  );
  s = run(s, 'participant.add', {
    id: 'participant_a',
    pseudonym: 'Ilse',
    role: 'ouder',
    displayRole: 'moeder',
  });
  s = run(s, 'participant.add', {
    id: 'participant_b',
    pseudonym: 'Coach',
    role: 'professional',
    function: 'Gezinsvoogd',
    organisation: 'Jeugdbescherming',
  });
  s = run(s, 'session.setPhase', { phase: 2 });
  s = run(s, 'marker.add', {
    id: 'marker_1',
    valence: 'good',
    participantId: 'participant_a',
    start: '2020-01-15',
  });
  s = run(s, 'card.add', {
    id: 'card_1',
    markerId: 'marker_1',
    text: '=Eén plan, "samen"',
    participantId: 'participant_a',
  });
  s = run(s, 'card.add', { id: 'card_2', markerId: 'marker_1', text: 'Luisteren' });
  s = run(s, 'session.setPhase', { phase: 4 });
  s = run(s, 'sticker.place', { cardId: 'card_2', participantId: 'participant_a' });
  s = run(s, 'sticker.place', { cardId: 'card_2', participantId: 'participant_b' });
  return s;
}

/** All text a document prints, in order (what pdftotext or a DOCX reader would find). */
function allText(doc: ReportDocument): string {
  const text = (b: Block): string[] => {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
        return [b.text];
      case 'bullets':
        return [...b.items];
      case 'table':
        return [...b.header, ...b.rows.flat()];
      case 'quote':
        return [b.text, b.by];
      case 'ranking':
        return [b.title, ...b.rows.map((r) => r.text)];
      case 'tree':
        return [b.caption];
      case 'lifeline':
        return [];
    }
  };
  return [
    doc.title,
    ...doc.titlePage.lines,
    ...doc.sections.filter((s) => s.on).flatMap((s) => [s.title, ...s.blocks.flatMap(text)]),
  ].join('\n');
}

describe('display roles and quotes', () => {
  it('names people by display role, else a professional’s function, else the role', () => {
    const s = session();
    const [a, b] = s.participants;
    expect(displayRoleOf(a!, 'nl')).toBe('moeder');
    expect(displayRoleOf(b!, 'nl')).toBe('gezinsvoogd');
    expect(displayRoleOf({ ...b!, function: 'GZ-psycholoog' }, 'nl')).toBe('GZ-psycholoog');
    expect(displayRoleOf({ ...a!, displayRole: '', role: 'kindJongere' }, 'nl')).toBe('jongere');
    expect(displayRoleOf({ ...a!, displayRole: '', role: 'kindJongere' }, 'en')).toBe('young person');
  });
  it('never doubles quotation marks someone typed', () => {
    for (const typed of ['“Ze bleef”', '"Ze bleef"', '„Ze bleef”', '‘Ze bleef’', 'Ze bleef', ' "Ze bleef" '])
      expect(quoted(typed)).toBe('“Ze bleef”');
    expect(unquote('"Ja" zei ze, "nee"')).toBe('Ja" zei ze, "nee');
  });
});

describe('the report document of a case like a published case study', () => {
  const state = publishedCase();
  const doc = buildReportDocument(state, Date.UTC(2025, 6, 1));
  const text = allText(doc);

  it('has the published reports’ chapters in order', () => {
    expect(doc.sections.map((s) => s.title)).toEqual([
      'Samenvatting',
      'Aanleiding en onderzoeksvragen',
      'Methode',
      'Toestemming en privacy',
      'Het verhaal van het gezin',
      'Betrokken hulp',
      'Resultaten',
      'Wat het gezin en de professionals benadrukten',
      'Wat werkt volgens de deelnemers',
      'Aanbevelingen en boodschappen',
      'Reflectie uit de nabespreking',
      'Beperkingen',
      'Bijlage A. De levenslijn',
      'Bijlage B. Goede en geen goede hulp op de levenslijn',
      'Bijlage C. Correcties op de levenslijn in de sessie',
      'Bijlage D. Alle kaartjes met codes en stickers',
    ]);
  });
  it('prints the session date and place in words, every professional’s function, organisation and task', () => {
    expect(doc.titlePage.lines).toContain(
      'Groepsinterview op 12 juni 2025 in Buurthuis De Kruisstraat, Eindhoven',
    );
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    for (const p of state.participants.filter((x) => x.role === 'professional'))
      for (const v of [p.function, p.organisation, p.task]) expect(text, v).toContain(v);
  });
  it('tells the family’s story with every item description, period by period', () => {
    const story = doc.sections.find((s) => s.id === 'story')!;
    const storyText = story.blocks.map((b) => ('text' in b ? b.text : '')).join('\n');
    const described = state.items.filter((i) => i.description.trim());
    expect(described.length / state.items.length).toBeGreaterThan(0.8);
    for (const i of described) expect(storyText, i.title).toContain(i.description);
    expect(story.blocks.filter((b) => b.kind === 'heading').length).toBeGreaterThanOrEqual(3);
  });
  it('gives each main factor its paragraph, contributing factors and quotes labelled by role', () => {
    const results = doc.sections.find((s) => s.id === 'results')!;
    const headings = results.blocks
      .filter((b) => b.kind === 'heading')
      .map((b) => (b as { text: string }).text);
    expect(headings).toContain('1. Eén gezin, één plan');
    expect(headings).toContain('5. School doet actief mee');
    expect(text).toContain('Alle betrokkenen, ook opa, maakten aan de keukentafel één plan.');
    const quotes = results.blocks.filter((b): b is Extract<Block, { kind: 'quote' }> => b.kind === 'quote');
    expect(quotes.map((q) => [q.text, q.by])).toContainEqual([
      '“Voor het eerst zat iedereen aan één tafel, ook mijn vader.”',
      'moeder',
    ]);
    // a quote that illustrates two main factors is printed under both
    expect(quotes.filter((q) => q.by === 'jongere')).toHaveLength(2);
    expect(quotes.map((q) => q.by)).toEqual(expect.arrayContaining(['vader', 'opa', 'gezinsvoogd']));
    // a card under two main factors is a contributing factor of both
    const under = results.blocks.filter(
      (b) => b.kind === 'bullets' && b.items.some((i) => i.startsWith('Iemand op school')),
    );
    expect(under).toHaveLength(2);
    expect(text).not.toMatch(/““|””|"“|”"/);
  });
  it('puts every tree on one page, five branches side by side on a landscape page', () => {
    const trees = doc.sections
      .flatMap((s) => s.blocks)
      .filter((b): b is Extract<Block, { kind: 'tree' }> => b.kind === 'tree');
    expect(trees.map((t) => t.list)).toEqual(['strengths', 'improvements']);
    const strengths = trees[0]!.drawing;
    expect([strengths.orientation, strengths.columns]).toEqual(['landscape', 5]);
    expect(strengths.leafSize).toBeGreaterThanOrEqual(8);
    for (const name of state.analysis!.groups.filter((g) => g.list === 'strengths').map((g) => g.name))
      expect(strengths.svg).toContain(name.split(' ')[0]!);
  });
  it('groups recommendations by audience and uses plurals', () => {
    expect(text).toContain('Voor professionals');
    expect(text).toContain('Voor vervolgonderzoek');
    expect(text).toMatch(/\(1 sticker[,)]/);
    expect(text).not.toMatch(/\b1 stickers\b/);
  });
  it('switches a section off and uses the researchers’ own text', () => {
    let s = state;
    const step = commandStep(testContext(Date.UTC(2025, 6, 2)));
    s = step(s, 'report.setSection', { section: 'limitations', text: 'Eigen tekst.\n\n## Kop\n- punt' });
    s = step(s, 'report.setSection', { section: 'appendixMarkers', on: false });
    const d = buildReportDocument(s, 0);
    const lim = d.sections.find((x) => x.id === 'limitations')!;
    expect(lim.ownText).toBe('Eigen tekst.\n\n## Kop\n- punt');
    expect(lim.blocks).toEqual([
      { kind: 'paragraph', text: 'Eigen tekst.' },
      { kind: 'heading', text: 'Kop' },
      { kind: 'bullets', items: ['punt'] },
    ]);
    expect(d.sections.find((x) => x.id === 'appendixMarkers')!.on).toBe(false);
    s = step(s, 'report.setSection', { section: 'limitations', text: null });
    expect(buildReportDocument(s, 0).sections.find((x) => x.id === 'limitations')!.ownText).toBeNull();
  });
  it('is English for an English case', () => {
    const en = buildReportDocument(publishedCase({ language: 'en' }), 0);
    expect(en.sections[0]!.title).toBe('Summary');
    expect(en.titlePage.lines[0]).toBe(
      'Group interview on 12 June 2025 in Buurthuis De Kruisstraat, Eindhoven',
    );
  });
});

describe('card rows', () => {
  it('carry stickers by perspective, main factors, display roles and fuzzy marker dates', () => {
    const rows = cardRows(publishedCase(), 'nl');
    const r = rows.find((x) => x.text === 'Iemand op school die naar mij luisterde')!;
    expect([r.votes, r.family, r.professional]).toEqual([3, 2, 1]);
    expect(r.mainFactors).toEqual(['Goed luisteren naar ieder gezinslid', 'School doet actief mee']);
    expect(r.namedBy).toBe('jongere (Lotte)');
    expect(r.markerDate).toBe('1 november 2020');
  });
});

describe('text markup and story periods', () => {
  it('reads paragraphs, subheadings and bullets', () => {
    expect(textBlocks('Een\ntwee\n\n## Kop\n- a\n- b\nslot')).toEqual([
      { kind: 'paragraph', text: 'Een twee' },
      { kind: 'heading', text: 'Kop' },
      { kind: 'bullets', items: ['a', 'b'] },
      { kind: 'paragraph', text: 'slot' },
    ]);
  });
  it('cuts the lifeline into runs of years with a handful of items each', () => {
    const items = publishedCase().items;
    const periods = storyPeriods([...items].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(periods.reduce((n, p) => n + p.items.length, 0)).toBe(items.length);
    for (const p of periods) expect(p.years[1] - p.years[0]).toBeLessThan(7);
  });
});

describe('only the bundled font', () => {
  it('has a glyph for every character the report’s own words and generated text use', async () => {
    const { hasAllGlyphs } = await import('./textMeasure');
    const { LOCALES } = await import('../i18n');
    const strings = (node: unknown): string[] =>
      typeof node === 'string' ? [node] : Object.values(node as object).flatMap(strings);
    for (const lang of ['nl', 'en'] as const) {
      const own = [
        LOCALES[lang].doc,
        LOCALES[lang].report,
        LOCALES[lang].session,
        LOCALES[lang].analysis,
      ].flatMap(strings);
      const missing = [...new Set(own.join('').replace(/\s/g, ''))].filter((ch) => !hasAllGlyphs(ch));
      expect(missing, lang).toEqual([]);
      const doc = buildReportDocument(publishedCase({ language: lang }), 0);
      const text = allText(doc);
      expect([...new Set(text.replace(/\s/g, ''))].filter((ch) => !hasAllGlyphs(ch))).toEqual([]);
    }
  });
  it('knows which characters it lacks (those pull in a fallback font)', async () => {
    const { hasAllGlyphs } = await import('./textMeasure');
    expect(hasAllGlyphs('“Eén plan” – ± 2019 · é ï ë ’ …')).toBe(true);
    // the arrows come from the bundled arrow face
    expect(hasAllGlyphs('← → ↔')).toBe(true);
    for (const ch of ['●', '⇒', '✓', '😀']) expect(hasAllGlyphs(ch), ch).toBe(false);
  });
});
