import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { test, expect } from './support/fixtures';
import { BUNDLED_FONT, importRecords, normalise, pdfFonts, printReport } from './support/reportPdf';
import { generateRealisticCase, REALISTIC_CASES } from '../shared/fixtures/realistic';
import { denseReportRecords } from '../shared/fixtures/session';
import { buildCaseState, type AnyRecord, type Language } from '../shared/model';
import { lifelinePrint } from '../shared/report/lifelinePrint';

const SHOTS = process.env.SCREENSHOTS_DIR ?? 'test-results/screens';
/** Without spaces: pdftotext spaces text set in a fallback font (emoji) its own way. */
const squash = (s: string) => normalise(s).replace(/\s+/g, '');
const RTL = /[\u0590-\u08ff]/;

/** Each PDF page's text in the order it was drawn (a card's title lines stay together). */
function rawPages(file: string): string[] {
  const raw = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return raw.split('\f').map(normalise);
}

function inLanguage(records: readonly AnyRecord[], language: Language): AnyRecord[] {
  return records.map((r) => (r.type === 'case' ? { ...r, language } : r));
}

const now = Date.UTC(2025, 10, 1, 9);
const CASES = [
  {
    name: 'gezin-el-amrani-38',
    records: () => generateRealisticCase(REALISTIC_CASES.find((c) => c.file.includes('el-amrani'))!),
    dense: false,
  },
  {
    name: 'dense-400',
    records: () => denseReportRecords(now),
    dense: true,
  },
];

for (const c of CASES)
  for (const language of ['nl', 'en'] as const)
    test(`lifeline pages of ${c.name} (${language}): the titles the layout shows are printed on their page, counted moments said, only the bundled font`, async ({
      app,
      page,
    }, testInfo) => {
      void app;
      test.setTimeout(240_000);
      const records = inLanguage(c.records(), language);
      const state = buildCaseState(records);
      const print = lifelinePrint(state, language, 'A4');
      const caseId = await importRecords(page, records);
      const file = testInfo.outputPath(`lifeline-${c.name}-${language}.pdf`);
      await printReport(page, caseId, file);
      execFileSync('qpdf', ['--check', file]);
      // Only the bundled font; the dense fixture's odd Unicode (emoji, scripts the font lacks)
      // needs others, which must then be embedded too.
      for (const f of pdfFonts(file))
        if (c.dense) expect(f.line, f.line).toMatch(/^\S+\s+(CID TrueType|TrueType|Type 3)\s+\S+\s+yes\b/);
        else expect(f.name, f.line).toMatch(BUNDLED_FONT);

      const pages = rawPages(file);
      const overviewCaption =
        language === 'nl'
          ? 'De hele levenslijn (10 meter) in één overzicht'
          : 'The whole lifeline (10 metres) at a glance';
      const first = pages.findIndex((p) => p.includes(overviewCaption));
      expect(first).toBeGreaterThan(0);
      const parts = print.tiles.length;
      const layoutPages = [print.overview, ...print.tiles];
      const byId = new Map(state.items.map((i) => [i.id, i]));
      const titledOnSomeTile = new Set<string>();
      for (const [i, lp] of layoutPages.entries()) {
        const text = pages[first + i]!;
        if (i > 0)
          expect(text).toContain(
            language === 'nl' ? `Levenslijn, deel ${i} van ${parts}` : `Lifeline, part ${i} of ${parts}`,
          );
        // every title the layout shows is on this very page, as printed (whole or as wrapped)
        // (right-to-left words come out of pdftotext reordered, so those titles are not compared)
        for (const t of lp.texts.filter((x) => x.kind === 'title' && !RTL.test(x.text)))
          expect(squash(text), `page ${first + i + 1}: ${t.text}`).toContain(squash(t.text));
        for (const id of lp.titled) {
          const title = normalise(byId.get(id)!.title);
          if (i > 0 && (text.includes(title) || RTL.test(title))) titledOnSomeTile.add(id);
        }
        // moments not titled on the page are counted there, and the page says so
        if (lp.counted.length)
          expect(text).toContain(
            language === 'nl'
              ? `de andere ${lp.counted.length} zijn geteld`
              : `the other ${lp.counted.length} are counted`,
          );
      }
      const moments = state.items.filter((i) => i.shape === 'moment');
      if (!c.dense)
        expect(moments.filter((m) => !titledOnSomeTile.has(m.id)).map((m) => m.title)).toEqual([]);
      // the overview shows most titles whole
      expect(print.overview.titled.length).toBeGreaterThan(c.dense ? 30 : moments.length * 0.6);

      // Look at them: the lifeline pages at 60 dpi (test-results/screens).
      mkdirSync(SHOTS, { recursive: true });
      const firstPage = String(first + 1);
      const lastPage = String(first + 1 + parts);
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        firstPage,
        '-l',
        lastPage,
        file,
        `${SHOTS}/lifeline-${c.name}-${language}`,
      ]);
    });
