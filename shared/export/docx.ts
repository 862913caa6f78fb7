import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { Block, PrintDocument } from '../report/document';

/** A raster image of an SVG drawing (the caller rasterises: a canvas in the browser, resvg in Node). */
export type Rasterise = (svg: string, widthPx: number, heightPx: number) => Promise<Uint8Array>;

export interface DocxOptions {
  /** Turns the findings-tree drawings into PNG images for the document. */
  readonly rasterise: Rasterise;
  /** The bundled font to embed (TTF), so Word and LibreOffice show the report as printed. */
  readonly font?: { readonly regular: Uint8Array; readonly bold: Uint8Array };
}

const FONT = 'Atkinson Hyperlegible';
const PAGE = {
  A4: { width: 11906, height: 16838 },
  A3: { width: 16838, height: 23811 },
} as const; // twentieths of a point
const MARGIN = 1020; // 18 mm
const PT = 20; // twips per point
const PNG_SCALE = 200 / 72; // 200 dpi
/** Margins of a lifeline page, as in the PDF (12 mm beside, 14 mm above and below), twips. */
const LIFELINE_SIDE = 680;
const LIFELINE_TOP = 794;

/**
 * The report as a Word document (DOCX): real headings (Heading 1 per chapter, Heading 2 within),
 * tables with a repeating header row, numbered and bulleted lists, quotes, and each findings tree
 * as an image on a page of its own (landscape where the drawing is). Pure apart from the injected
 * rasteriser: the same bytes in the browser and in Node.
 */
export async function reportDocx(doc: PrintDocument, options: DocxOptions): Promise<Uint8Array> {
  const language = doc.language === 'nl' ? 'nl-NL' : 'en-GB';
  const page = PAGE[doc.paper];
  const portrait = { page: { size: { width: page.width, height: page.height }, margin: margins() } };
  const landscape = {
    page: {
      size: { width: page.width, height: page.height, orientation: PageOrientation.LANDSCAPE },
      margin: margins(),
    },
  };
  const sections: ISectionOptions[] = [{ properties: portrait, children: titlePage(doc) }];
  let current: (Paragraph | Table)[] = [];
  let orderedList = 0;
  const flush = () => {
    if (current.length) sections.push({ properties: portrait, children: current });
    current = [];
  };
  for (const section of doc.sections) {
    if (!section.on) continue;
    if ((section.newPage || section.landscape) && current.length) flush();
    current.push(new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1 }));
    for (const block of section.blocks) {
      if (block.kind === 'tree') {
        flush();
        const d = block.drawing;
        const png = await options.rasterise(
          d.svg,
          Math.round(d.width * PNG_SCALE),
          Math.round(d.height * PNG_SCALE),
        );
        const usable = (d.orientation === 'landscape' ? page.height : page.width) - 2 * MARGIN;
        const usableH = (d.orientation === 'landscape' ? page.width : page.height) - 2 * MARGIN - 1600;
        const scale = Math.min(usable / (d.width * PT), usableH / (d.height * PT), 1.6);
        const px = (twips: number) => Math.round((twips / PT) * (96 / 72));
        sections.push({
          properties: d.orientation === 'landscape' ? landscape : portrait,
          children: [
            new Paragraph({
              children: [
                new ImageRun({
                  type: 'png',
                  data: png,
                  transformation: { width: px(d.width * PT * scale), height: px(d.height * PT * scale) },
                  altText: { name: block.caption, description: block.caption, title: block.caption },
                }),
              ],
            }),
            new Paragraph({ text: block.caption, style: 'Caption' }),
          ],
        });
        continue;
      }
      if (block.kind === 'lifeline') {
        // each lifeline page (overview, then the tiles) as an image on a landscape page of its
        // own, at its printed size (the drawing is sized in pt for the report's landscape page)
        flush();
        for (const p of block.pages) {
          const png = await options.rasterise(
            p.svg,
            Math.round(p.width * PNG_SCALE),
            Math.round(p.height * PNG_SCALE),
          );
          const usable = page.height - 2 * LIFELINE_SIDE;
          const scale = Math.min(1, usable / (p.width * PT));
          const px = (pt: number) => Math.round(pt * scale * (96 / 72));
          sections.push({
            properties: {
              page: {
                size: { width: page.width, height: page.height, orientation: PageOrientation.LANDSCAPE },
                margin: {
                  top: LIFELINE_TOP,
                  bottom: LIFELINE_TOP,
                  left: LIFELINE_SIDE,
                  right: LIFELINE_SIDE,
                },
              },
            },
            children: [
              new Paragraph({ text: p.caption, heading: HeadingLevel.HEADING_2 }),
              ...(p.note ? [new Paragraph({ text: p.note, style: 'Muted' })] : []),
              new Paragraph({
                children: [
                  new ImageRun({
                    type: 'png',
                    data: png,
                    transformation: { width: px(p.width), height: px(p.height) },
                    altText: { name: p.caption, description: p.caption, title: p.caption },
                  }),
                ],
              }),
            ],
          });
        }
        continue;
      }
      if (block.kind === 'bullets' && block.ordered) orderedList++;
      current.push(...blockToDocx(block, orderedList));
    }
    if (section.landscape && current.length) {
      sections.push({ properties: landscape, children: current });
      current = [];
    }
  }
  flush();
  const document = new Document({
    creator: doc.author,
    title: `${doc.title}`,
    description: doc.titlePage.subtitle,
    hyphenation: { autoHyphenation: true },
    ...(options.font
      ? { fonts: [{ name: FONT, data: options.font.regular as never, bold: options.font.bold as never }] }
      : {}),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: { value: language } },
          paragraph: { spacing: { after: 120, line: 300, lineRule: LineRuleType.AUTO } },
        },
        heading1: {
          run: { font: FONT, size: 32, bold: true, color: '1F4E79' },
          paragraph: { spacing: { before: 240, after: 160 }, keepNext: true },
        },
        heading2: {
          run: { font: FONT, size: 26, bold: true, color: '1B1F24' },
          paragraph: { spacing: { before: 200, after: 100 }, keepNext: true },
        },
        title: {
          run: { font: FONT, size: 56, bold: true },
          paragraph: { spacing: { before: 1200, after: 240 } },
        },
      },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          run: { italics: true, size: 24, color: '1B1F24' },
          paragraph: { indent: { left: 567 }, spacing: { before: 120, after: 0 }, keepNext: true },
        },
        {
          id: 'QuoteBy',
          name: 'Quote attribution',
          basedOn: 'Normal',
          run: { size: 20, color: '4A5360' },
          paragraph: { indent: { left: 567 }, spacing: { after: 160 } },
        },
        {
          id: 'Caption',
          name: 'Caption',
          basedOn: 'Normal',
          run: { size: 18, color: '4A5360', italics: true },
        },
        { id: 'Lead', name: 'Lead', basedOn: 'Normal', run: { bold: true } },
        { id: 'Muted', name: 'Muted', basedOn: 'Normal', run: { color: '4A5360' } },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 260 } } },
            },
          ],
        },
        {
          reference: 'ordered',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 300 } } },
            },
          ],
        },
      ],
    },
    sections,
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

function margins() {
  return { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN };
}

function titlePage(doc: PrintDocument): Paragraph[] {
  return [
    new Paragraph({
      children: [new TextRun({ text: doc.titlePage.kicker, bold: true, color: '1F5F8B', size: 26 })],
      spacing: { before: 2400 },
    }),
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [new TextRun({ text: doc.titlePage.subtitle, size: 28 })],
      spacing: { after: 480 },
    }),
    ...doc.titlePage.lines.map((l) => new Paragraph({ text: l })),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function blockToDocx(
  block: Exclude<Block, { kind: 'tree' | 'lifeline' }>,
  orderedInstance: number,
): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 })];
    case 'paragraph':
      return [
        new Paragraph({
          text: block.text,
          ...(block.tone === 'lead' ? { style: 'Lead' } : block.tone === 'muted' ? { style: 'Muted' } : {}),
        }),
      ];
    case 'bullets':
      return block.items.map(
        (text) =>
          new Paragraph({
            text,
            numbering: block.ordered
              ? { reference: 'ordered', level: 0, instance: orderedInstance }
              : { reference: 'bullets', level: 0 },
          }),
      );
    case 'quote':
      return [
        new Paragraph({ text: block.text, style: 'Quote' }),
        new Paragraph({ text: `— ${block.by}`, style: 'QuoteBy' }),
      ];
    case 'table':
      return [table(block.header, block.rows, block.widths), new Paragraph({ text: '' })];
    case 'ranking':
      return [
        new Paragraph({ text: block.title, heading: HeadingLevel.HEADING_2 }),
        table(
          block.header,
          block.rows.map((r) => [
            `${r.rank}.${r.tied ? ` (${block.tieLabel})` : ''}`,
            r.text,
            String(r.votes),
            String(r.family),
            String(r.professional),
          ]),
          [1.6, 6, 1.4, 1.4, 1.8],
        ),
        new Paragraph({ text: '' }),
      ];
  }
}

function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  widths: readonly number[],
): Table {
  const total = widths.reduce((s, w) => s + w, 0);
  const pct = widths.map((w) => Math.round((w / total) * 5000)); // fiftieths of a percent
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'D5D8DD' };
  const cell = (text: string, i: number, head: boolean) =>
    new TableCell({
      width: { size: pct[i] ?? 500, type: WidthType.PERCENTAGE },
      borders: { top: border, bottom: border, left: border, right: border },
      ...(head ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF2F6' } } : {}),
      margins: { top: 60, bottom: 60, left: 90, right: 90 },
      // "\n" in a cell's text: one paragraph per line
      children: text.split('\n').map(
        (line) =>
          new Paragraph({
            children: [new TextRun({ text: line, bold: head, size: 19 })],
            spacing: { after: 0 },
          }),
      ),
    });
  return new Table({
    width: { size: 5000, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, i, false)) })),
    ],
  });
}
