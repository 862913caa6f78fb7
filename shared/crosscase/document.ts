import type { Language } from '../model';
import type { StudyState } from '../study/state';
import { translator, type Translate } from '../i18n/translate';
import type { Block, PrintDocument } from '../report/document';
import { quoted } from '../report/people';
import { buildCrossCaseReport, type CrossCaseReport, type FactorBrief } from './report';
import type { Matrix, Tally } from './matrix';

/**
 * The cross-case report as a document: the same blocks the case report is made of (headings,
 * paragraphs, lists, tables, quotes), so the printed view (PDF) and the Word writer render one
 * model and say the same things. Built from the report data in report.ts, in the study's language.
 */
export type CrossCaseSectionId = 'cases' | 'factorMatrix' | 'codeMatrix' | 'elements' | 'differences';

export interface CrossCaseSection {
  readonly id: CrossCaseSectionId;
  readonly title: string;
  readonly on: true;
  readonly newPage: true;
  /** Printed on a landscape page (the matrices: one column per case). */
  readonly landscape: boolean;
  readonly blocks: readonly Block[];
}

export interface CrossCaseDocument extends PrintDocument {
  readonly sections: readonly CrossCaseSection[];
  /** The window's and the PDF's title ("Overstijgend rapport — <study>"). */
  readonly documentTitle: string;
  /** The report data the document was made from (for views that need more than the text). */
  readonly report: CrossCaseReport;
}

export function buildCrossCaseDocument(study: StudyState, lang: Language, now: number): CrossCaseDocument {
  const report = buildCrossCaseReport(study, lang, now);
  const t = translator(lang);
  const date = new Date(now).toLocaleDateString(lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' });
  const sections: CrossCaseSection[] = [
    section('cases', t('crossReport.casesInBrief'), false, casesInBrief(report, t)),
    section('factorMatrix', t('crossReport.factorMatrix'), true, [
      { kind: 'paragraph', text: t('crossReport.matrixLegend'), tone: 'muted' },
      matrixTable(report.factorMatrix, t),
    ]),
  ];
  if (report.codeMatrix.rows.length > 0)
    sections.push(
      section('codeMatrix', t('crossReport.codeMatrix'), true, [
        { kind: 'paragraph', text: t('crossReport.matrixLegend'), tone: 'muted' },
        matrixTable(report.codeMatrix, t),
      ]),
    );
  sections.push(section('elements', t('crossReport.elements'), false, elementBlocks(report, t)));
  sections.push(section('differences', t('crossReport.differences'), false, differenceBlocks(report, t)));
  return {
    language: lang,
    paper: 'A4',
    title: report.title,
    titlePage: {
      kicker: t('crossReport.heading'),
      subtitle: t('crossReport.generated', { date }),
      lines: [
        ...(report.authors ? [t('crossReport.authors', { names: report.authors })] : []),
        ...(report.description ? [report.description] : []),
        t('crossReport.caseCount', { count: report.cases.length }),
        ...report.cases.map(
          (c, i) => `${i + 1}. ${c.title} — ${t('crossReport.participants', c.participants)}`,
        ),
      ],
    },
    author: report.authors || 'Levenslijn',
    documentTitle: t('crossReport.documentTitle', { title: report.title }),
    sections,
    report,
  };
}

function section(
  id: CrossCaseSectionId,
  title: string,
  landscape: boolean,
  blocks: readonly Block[],
): CrossCaseSection {
  return { id, title, on: true, newPage: true, landscape, blocks };
}

const listLabel = (t: Translate, list: 'strengths' | 'improvements') => t(`session.lists.${list}`);

function tallyShort(t: Translate, tally: Tally): string {
  return `${t('synthesis.cards', { count: tally.cards })}, ${t('synthesis.stickers', { count: tally.votes })}`;
}

function casesInBrief(report: CrossCaseReport, t: Translate): Block[] {
  const blocks: Block[] = [];
  for (const c of report.cases) {
    blocks.push({ kind: 'heading', text: c.title });
    blocks.push({
      kind: 'paragraph',
      text: `${t('crossReport.success')}: ${c.success || t('crossReport.noSuccess')}`,
    });
    for (const list of ['strengths', 'improvements'] as const) {
      const factors: readonly FactorBrief[] = list === 'strengths' ? c.strengths : c.improvements;
      blocks.push({ kind: 'paragraph', text: t(`analysis.mainFactors.${list}`), tone: 'lead' });
      if (factors.length === 0)
        blocks.push({ kind: 'paragraph', text: t('crossReport.noFactors'), tone: 'muted' });
      else
        blocks.push({
          kind: 'bullets',
          items: factors.map((f) => `${f.name} (${tallyShort(t, f.tally)})`),
        });
    }
  }
  return blocks;
}

/**
 * A matrix as a table: the row's label (with its list) and per case the case's own main factor
 * where its name differs from the row's, then "cards (family/professional) · stickers (family/
 * professional)", or "—" for an empty cell. Lines within a cell are separated by "\n".
 */
export function matrixTable(matrix: Matrix, t: Translate): Block {
  return {
    kind: 'table',
    name: 'matrix',
    header: [t('synthesis.rowHeader'), ...matrix.cases.map((c) => c.title)],
    rows: matrix.rows.map((row) => [
      row.list ? `${row.label}\n(${listLabel(t, row.list)})` : row.label,
      ...row.cells.map((cell) => {
        if (cell.tally.cards === 0) return '—';
        const x = cell.tally;
        const counts = `${x.cards} (${x.cardsFamily}/${x.cardsProfessional}) · ${x.votes} (${x.votesFamily}/${x.votesProfessional})`;
        const own = cell.factors.some((f) => f.name !== row.label)
          ? `${cell.factors.map((f) => f.name).join(' · ')}\n`
          : '';
        return `${own}${counts}`;
      }),
    ]),
    widths: [3, ...matrix.cases.map(() => 2)],
  };
}

function elementBlocks(report: CrossCaseReport, t: Translate): Block[] {
  if (report.elements.length === 0) return [{ kind: 'paragraph', text: t('crossReport.noElements') }];
  const blocks: Block[] = [];
  const total = report.cases.length;
  report.elements.forEach((e, i) => {
    blocks.push({ kind: 'heading', text: `${i + 1}. ${e.name}` });
    blocks.push({
      kind: 'paragraph',
      text: t('crossReport.inCases', { count: e.caseCount, total }),
      tone: 'muted',
    });
    if (e.description) blocks.push({ kind: 'paragraph', text: e.description });
    if (e.perCase.length > 0) {
      const side = (cards: readonly string[], votes: number) =>
        [...cards.map((c) => `• ${c}`), t('crossReport.stickersFrom', { count: votes })].join('\n');
      blocks.push({
        kind: 'table',
        name: 'evidence',
        header: [
          t('crossReport.case'),
          t('crossReport.supportingFactors'),
          t('crossReport.fromFamily'),
          t('crossReport.fromProfessionals'),
        ],
        rows: e.perCase.map((p) => [
          p.caseTitle,
          p.factors.map((f) => `${f.name} (${listLabel(t, f.list)})`).join('\n'),
          side(p.family.cards, p.family.votes),
          side(p.professional.cards, p.professional.votes),
        ]),
        widths: [2, 3, 4, 4],
      });
      for (const p of e.perCase.filter((x) => x.group.length > 0))
        blocks.push({
          kind: 'paragraph',
          text: `${t('crossReport.fromGroup')} (${p.caseTitle}): ${p.group.join('; ')}`,
          tone: 'muted',
        });
    }
    for (const q of e.quotes)
      blocks.push({
        kind: 'quote',
        text: quoted(q.text),
        by: `${q.by ?? t('doc.theGroup')}, ${q.caseTitle}`,
      });
  });
  return blocks;
}

function differenceBlocks(report: CrossCaseReport, t: Translate): Block[] {
  const blocks: Block[] = [{ kind: 'paragraph', text: t('crossReport.differencesText'), tone: 'muted' }];
  for (const [key, rows] of [
    ['mostlyFamily', report.differences.family],
    ['mostlyProfessionals', report.differences.professional],
  ] as const) {
    blocks.push({ kind: 'heading', text: t(`crossReport.${key}`) });
    if (rows.length === 0)
      blocks.push({ kind: 'paragraph', text: t('crossReport.noDifferences'), tone: 'muted' });
    else
      blocks.push({
        kind: 'bullets',
        items: rows.map(
          (r) =>
            `${r.name} (${listLabel(t, r.list)}) — ${r.caseTitles.join(', ')}; ${t('crossReport.weight', {
              family: r.family,
              professional: r.professional,
            })}`,
        ),
      });
  }
  return blocks;
}
