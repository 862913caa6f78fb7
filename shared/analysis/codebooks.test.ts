import { describe, expect, it } from 'vitest';
import { buildCaseState } from '../model';
import {
  BUILT_IN_CODEBOOKS,
  codeLabel,
  codePathLabel,
  filterCodes,
  findCode,
  flattenCodes,
} from './codebooks';
import { analysedCaseRecords, CASE_AIT_BRAHIM } from '../fixtures/analysed';
import { runCommand } from '../commands/registry';
import { applyPatch } from '../store/patch';
import { testContext } from '../testing/context';
import { caseProgress } from '../study/progress';

const book = (id: string) => BUILT_IN_CODEBOOKS.find((b) => b.id === id)!;

describe('built-in codebooks (CODEBOOKS.md)', () => {
  it('holds every framework, hierarchical where the source is', () => {
    expect(BUILT_IN_CODEBOOKS.map((b) => b.id)).toEqual([
      'inhoud',
      'samenwerking',
      'jongeren',
      'overstijgend',
      'samenwerking12',
      'ouders',
      'niveau',
      'integratie',
      'basisspecialistisch',
    ]);
    const twelve = book('samenwerking12').codes;
    expect(twelve).toHaveLength(15); // twelve elements plus three added from practice
    expect(twelve.slice(0, 12).map((c) => c.children?.length)).toEqual([6, 3, 2, 6, 4, 1, 8, 3, 3, 5, 2, 4]);
    expect(book('ouders').codes).toHaveLength(6);
    expect(book('niveau').codes.map((c) => [c.nl, c.children?.length])).toEqual([
      ['Individuele professional', 3],
      ['Interpersoonlijk', 8],
      ['Organisatie', 7],
      ['Context', 5],
    ]);
    expect(book('integratie').codes.map((c) => c.id)).toEqual([0, 1, 2, 3, 4].map((n) => `integratie.${n}`));
    expect(book('basisspecialistisch').codes.map((c) => c.children?.length)).toEqual([15, 6]);
  });
  it('ids are unique and stable; old ids keep their meaning', () => {
    const ids = BUILT_IN_CODEBOOKS.flatMap((b) => flattenCodes(b.codes).map(({ code }) => code.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(findCode('jongeren.2')?.nl).toBe('Eén gezicht');
    expect(findCode('niveau.3')?.nl).toBe('Organisatie');
    expect(codeLabel('samenwerking12.7.3', 'en')).toBe('Fixed contact person');
    expect(codeLabel('newer.9', 'nl')).toBe('newer.9');
    expect(codePathLabel('samenwerking12.4.6', 'nl')).toBe('Rollen en verantwoordelijkheden › Regie');
    expect(codePathLabel('jongeren.2', 'nl')).toBe('Eén gezicht');
  });
  it('search keeps the hierarchy, ignores case and accents, in both languages', () => {
    const twelve = book('samenwerking12').codes;
    const found = filterCodes(twelve, 'VASTE contact');
    expect(found.map((c) => [c.nl, c.children?.map((x) => x.nl)])).toEqual([
      ['Effectieve communicatie', ['Vaste contactpersoon']],
    ]);
    expect(filterCodes(book('inhoud').codes, 'client')[0]!.nl).toBe('Regie bij de cliënt');
    expect(filterCodes(book('niveau').codes, 'workload')[0]!.children!.map((c) => c.en)).toEqual([
      'Workload',
    ]);
    expect(filterCodes(twelve, '')).toHaveLength(15);
    expect(filterCodes(twelve, 'qqq')).toEqual([]);
  });
});

describe('codes from another program, report made, case progress', () => {
  it('imports codebook labels as own codes once; marks the report made without an undo step', () => {
    const ctx = testContext();
    let s = buildCaseState(analysedCaseRecords(CASE_AIT_BRAHIM));
    const run = (name: string, args: unknown) => {
      const out = runCommand(s, name, args, ctx);
      if (!out.ok) throw new Error(out.refusal.reasonKey);
      s = buildCaseState([...applyPatch(s.byId, out.patch).values()]);
      return out.command.undo;
    };
    run('analysis.importCodes', { labels: ['Vertrouwen', 'Vertrouwen › Afspraken nakomen', 'vertrouwen'] });
    expect(s.analysis!.customCodes.map((c) => [c.id, c.nl])).toEqual([
      ['custom.vertrouwen', 'Vertrouwen'],
      ['custom.vertrouwen-afspraken-nakomen', 'Vertrouwen › Afspraken nakomen'],
    ]);
    expect(caseProgress(s)).toMatchObject({ lifelineReady: true, analysisDone: true, reportMadeAt: null });
    expect(caseProgress(s).sessionHeldAt).toBeGreaterThan(0);
    expect(run('analysis.markReported', {})).toBe('never');
    expect(caseProgress(s).reportMadeAt).toBe(ctx.now);
  });
});
