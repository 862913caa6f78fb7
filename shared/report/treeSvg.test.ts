import { describe, expect, it } from 'vitest';
import type { CardRecord } from '../model';
import type { TreeSide } from '../analysis/tree';
import { hyphenate } from '../text/hyphenate';
import { findingsTreeSvg, TREE_BOX, type Paper } from './treeSvg';

const LONG =
  'Eén vaste gezinsvoogd die ook in de avonduren bereikbaar bleef en de jeugdbescherming, het wijkteam en de school bij elkaar bracht';
const card = (id: string, text: string): CardRecord => ({
  type: 'card',
  id,
  caseId: 'case_x',
  list: 'strengths',
  text,
  markerId: null,
  participantId: null,
  createdAt: 0,
});
const NAME = 'samenwerking tussen jeugdbescherming en school';
function side(branches: number, leaves: number, text = LONG, name = NAME): TreeSide {
  return {
    branches: Array.from({ length: branches }, (_, b) => ({
      groupId: `group_${b}`,
      name: `Hoofdfactor ${b + 1}: ${name}`,
      votes: b,
      leaves: Array.from({ length: leaves }, (_, l) => ({
        card: card(`card_${b}_${l}`, `${text} (${l})`),
        votes: l,
      })),
    })),
    others: [],
  };
}
const input = (s: TreeSide) => ({
  root: 'Het gezin heeft rust en de kinderen gaan weer naar school.',
  rootLabel: 'Succes',
  side: s,
  tone: 'strengths' as const,
  emptyText: '—',
  title: 'Bevindingenboom',
  lang: 'nl' as const,
});

describe('the findings tree always fits one page', () => {
  for (const paper of ['A4', 'A3'] as Paper[])
    for (let n = 3; n <= 8; n++)
      it(`${n} main factors with 4 long contributing factors each, ${paper}`, () => {
        const d = findingsTreeSvg(input(side(n, 4)), paper);
        const box = TREE_BOX[paper][d.orientation];
        expect(d.width).toBeLessThanOrEqual(box.width + 0.01);
        expect(d.height).toBeLessThanOrEqual(box.height + 0.01);
        // readable on paper: the smallest text stays at 6.5 pt or more (A3: larger)
        expect(d.leafSize).toBeGreaterThanOrEqual(paper === 'A3' ? 7.5 : 6.5);
        for (let b = 0; b < n; b++) expect(d.svg).toContain(`Hoofdfactor ${b + 1}:`);
      });

  it('chooses landscape for many branches and portrait for few', () => {
    expect(findingsTreeSvg(input(side(3, 2, 'Kort', 'rust')), 'A4').orientation).toBe('portrait');
    expect(findingsTreeSvg(input(side(7, 2, 'Kort', 'rust')), 'A4').orientation).toBe('landscape');
  });

  it('breaks words only at syllables (hyphenation) when a word is wider than its column', () => {
    const text = 'Jeugdbeschermingsorganisatiemedewerkers';
    const d = findingsTreeSvg(input(side(8, 3, text)), 'A4');
    // every piece between two places the Dutch hyphenation patterns allow a break
    const allowed = new Set<string>();
    for (const word of `${text} Hoofdfactor ${NAME}`.split(' ')) {
      const parts = hyphenate(word, 'nl', 7).split('\u00ad');
      for (let i = 0; i < parts.length; i++)
        for (let j = i + 1; j < parts.length; j++) allowed.add(parts.slice(i, j).join(''));
    }
    const lines = [...d.svg.matchAll(/>([^<]*)<\/text>/g)].map((m) => m[1]!);
    const broken = lines.filter((l) => l.endsWith('-')).map((l) => l.split(' ').pop()!.slice(0, -1));
    expect(broken.length).toBeGreaterThan(0);
    for (const b of broken) expect(allowed, b).toContain(b);
  });

  it('escapes what people typed', () => {
    const d = findingsTreeSvg(input(side(3, 1, '<script>&"x"')), 'A4');
    expect(d.svg).not.toContain('<script>');
    expect(d.svg).toContain('&lt;script&gt;&amp;&quot;x&quot;');
  });
});
