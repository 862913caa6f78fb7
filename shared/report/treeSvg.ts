import type { TreeSide } from '../analysis/tree';
import type { Language } from '../model/case';
import { hyphenate } from '../text/hyphenate';
import { textWidth, wrapTextCounted, type Weight } from './textMeasure';

/**
 * The findings tree (bevindingenboom) as one SVG drawing that always fits one page: the success
 * at the root, main factors as branches, contributing factors as leaves. Pure: text is wrapped
 * with the bundled font's metrics, so the browser, the PDF, the DOCX image and an exported
 * slide show the same drawing. Units are points (1/72 inch).
 */
export type Paper = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

/** The room a tree page leaves for the drawing (page minus margins and heading), in pt. */
export const TREE_BOX: Record<Paper, Record<Orientation, { width: number; height: number }>> = {
  A4: { portrait: { width: 500, height: 680 }, landscape: { width: 770, height: 455 } },
  A3: { portrait: { width: 745, height: 1030 }, landscape: { width: 1115, height: 700 } },
};

export interface TreeDrawingInput {
  /** Text at the root: the success statement (strengths) or the list's name (improvements). */
  readonly root: string;
  /** Small label above the root text ("Succes"). */
  readonly rootLabel: string;
  readonly side: TreeSide;
  readonly tone: 'strengths' | 'improvements';
  /** Shown in an empty tree. */
  readonly emptyText: string;
  /** Accessible name of the drawing. */
  readonly title: string;
  /** For hyphenation when a word must break. */
  readonly lang: Language;
}

export interface TreeDrawing {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  readonly orientation: Orientation;
  /** Font size of the contributing factors, pt (the smallest text). */
  readonly leafSize: number;
  /** Main factors side by side per row. */
  readonly columns: number;
}

const COLOURS = {
  strengths: { main: '#1e7a3c', soft: '#e8f3ec', line: '#1e7a3c' },
  improvements: { main: '#b4480b', soft: '#fbeee4', line: '#b4480b' },
} as const;
const ROOT = '#1f4e79';
const MIN_LEAF = 6.5;
/** White margin around the drawing, pt (inside the page box). */
const MARGIN = 6;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Lays the tree out for a paper size, picking the orientation and rows that give the largest text. */
export function findingsTreeSvg(input: TreeDrawingInput, paper: Paper, fontCss = ''): TreeDrawing {
  const n = Math.max(1, input.side.branches.length);
  const candidates: { orientation: Orientation; rows: number }[] = [];
  for (const orientation of ['portrait', 'landscape'] as const)
    for (let rows = 1; rows <= Math.min(3, n); rows++)
      if (rows === 1 || Math.ceil(n / rows) >= 2) candidates.push({ orientation, rows });
  // The largest text wins, less for words broken inside (2 pt for a hyphenated break, 4 for a
  // forced one) and for each extra row of branches (1.5 pt: one row reads best as a tree);
  // portrait wins a tie (it is the report's page).
  let best: { plan: Plan; orientation: Orientation; score: number } | null = null;
  for (const c of candidates) {
    const box = TREE_BOX[paper][c.orientation];
    const plan = fitPlan(input, box.width - 2 * MARGIN, box.height - 2 * MARGIN, Math.ceil(n / c.rows));
    const score = plan.leafSize - (plan.broken > 0 ? 2 : 0) - (plan.forced > 0 ? 4 : 0) - (c.rows - 1) * 1.5;
    if (!best || score > best.score + 0.01) best = { plan, orientation: c.orientation, score };
  }
  const { plan, orientation } = best!;
  return {
    svg: render(input, plan, fontCss),
    width: plan.width + 2 * MARGIN,
    height: plan.height + 2 * MARGIN,
    orientation,
    leafSize: plan.leafSize,
    columns: plan.columns,
  };
}

interface Plan {
  /** Words broken inside, and of those the ones broken where no syllable boundary was. */
  broken: number;
  forced: number;
  width: number;
  height: number;
  leafSize: number;
  columns: number;
  root: { box: Box; lines: string[]; size: number; labelSize: number };
  branches: {
    box: Box;
    lines: string[];
    size: number;
    votes: number;
    leaves: { box: Box; lines: string[]; votes: number }[];
  }[];
  barYs: { y: number; from: number; to: number }[];
}

/**
 * The largest leaf size (in half points) at which the tree fits `width` × `height` with no word
 * broken; else with words broken only at syllables (hyphenation); else anyhow.
 */
function fitPlan(input: TreeDrawingInput, width: number, height: number, columns: number): Plan {
  let plan = layout(input, width, columns, MIN_LEAF);
  let hyphenated: Plan | null = null;
  let forced: Plan | null = null;
  for (let size = 12; size >= MIN_LEAF; size -= 0.5) {
    const p = layout(input, width, columns, size);
    if (p.height > height) {
      plan = p;
      continue;
    }
    if (p.broken === 0) return p;
    if (p.forced === 0) hyphenated ??= p;
    forced ??= p;
  }
  if (hyphenated) return hyphenated;
  if (forced) return forced;
  // Even the smallest text does not fit: the whole drawing is scaled down to the page (never split).
  const scale = height / plan.height;
  return { ...plan, leafSize: MIN_LEAF * scale };
}

function layout(input: TreeDrawingInput, width: number, columns: number, leafSize: number): Plan {
  const branchSize = leafSize * 1.2;
  const rootSize = leafSize * 1.35;
  const labelSize = leafSize * 0.85;
  const line = (s: number) => s * 1.25;
  const pad = leafSize * 0.6;
  const gap = leafSize * 1.2;
  const colW = (width - gap * (columns - 1)) / columns;
  let broken = 0;
  let forced = 0;
  const wrap = (text: string, w: number, size: number, weight: Weight = 'regular') => {
    const r = wrapTextCounted(hyphenate(text, input.lang, 7), w, size, weight);
    const plain = wrapTextCounted(text, w, size, weight);
    broken +=
      r.lines.filter((l) => l.endsWith('-')).length -
      plain.lines.filter((l) => l.endsWith('-')).length +
      r.forced;
    forced += r.forced;
    return r.lines;
  };

  const rootW = Math.min(width * 0.8, Math.max(width * 0.4, textWidth(input.root, rootSize, 'bold') / 2));
  const rootLines = wrap(input.root || input.emptyText, rootW - 2 * pad, rootSize, 'bold');
  const rootH = pad * 2 + line(labelSize) + rootLines.length * line(rootSize);
  const root = {
    box: { x: (width - rootW) / 2, y: 0, w: rootW, h: rootH },
    lines: rootLines,
    size: rootSize,
    labelSize,
  };

  const branches: Plan['branches'] = [];
  const barYs: Plan['barYs'] = [];
  const list = input.side.branches;
  let y = rootH;
  for (let start = 0; start < list.length; start += columns) {
    const row = list.slice(start, start + columns);
    const rowW = row.length * colW + (row.length - 1) * gap;
    const left = (width - rowW) / 2;
    const barY = y + gap;
    const top = barY + gap;
    barYs.push({ y: barY, from: left + colW / 2, to: left + rowW - colW / 2 });
    let bottom = top;
    row.forEach((b, i) => {
      const x = left + i * (colW + gap);
      const voteW = textWidth(String(b.votes), branchSize, 'bold') + pad * 1.5;
      const lines = wrap(b.name, colW - 2 * pad - voteW, branchSize, 'bold');
      const h = pad * 2 + lines.length * line(branchSize);
      let ly = top + h + pad;
      const leaves = b.leaves.map((l) => {
        const lvW = textWidth(String(l.votes), leafSize) + pad;
        const ll = wrap(l.card.text, colW - pad * 2.5 - lvW, leafSize);
        const lh = pad + ll.length * line(leafSize);
        const box = { x: x + pad, y: ly, w: colW - pad, h: lh };
        ly += lh + pad * 0.6;
        return { box, lines: ll, votes: l.votes };
      });
      branches.push({ box: { x, y: top, w: colW, h }, lines, size: branchSize, votes: b.votes, leaves });
      bottom = Math.max(bottom, ly);
    });
    y = bottom;
  }
  return { broken, forced, width, height: Math.max(y, rootH) + 2, leafSize, columns, root, branches, barYs };
}

function render(input: TreeDrawingInput, p: Plan, fontCss: string): string {
  const c = COLOURS[input.tone];
  const out: string[] = [];
  const text = (x: number, y: number, size: number, body: string, attrs = '') =>
    `<text x="${f(x)}" y="${f(y)}" font-size="${f(size)}"${attrs}>${escapeXml(body)}</text>`;
  const { box: rb, lines, size, labelSize } = p.root;
  const pad = p.leafSize * 0.6;
  out.push(
    `<rect x="${f(rb.x)}" y="${f(rb.y)}" width="${f(rb.w)}" height="${f(rb.h)}" rx="${f(pad)}" fill="${ROOT}"/>`,
  );
  out.push(
    text(
      rb.x + pad,
      rb.y + pad + labelSize,
      labelSize,
      input.rootLabel.toUpperCase(),
      ' fill="#dbe7f3" font-weight="700" letter-spacing="0.5"',
    ),
  );
  lines.forEach((l, i) =>
    out.push(
      text(
        rb.x + pad,
        rb.y + pad + labelSize * 1.25 + (i + 1) * size * 1.25 - size * 0.25,
        size,
        l,
        ' fill="#ffffff" font-weight="700"',
      ),
    ),
  );
  // trunk and the bars each row of branches hangs from
  const cx = rb.x + rb.w / 2;
  const stroke = `stroke="${c.line}" stroke-width="${f(Math.max(1, p.leafSize * 0.2))}" fill="none"`;
  let fromY = rb.y + rb.h;
  for (const bar of p.barYs) {
    out.push(`<path d="M${f(cx)} ${f(fromY)} V${f(bar.y)}" ${stroke}/>`);
    if (bar.to > bar.from) out.push(`<path d="M${f(bar.from)} ${f(bar.y)} H${f(bar.to)}" ${stroke}/>`);
    fromY = bar.y;
  }
  p.branches.forEach((b, i) => {
    const bar = p.barYs[Math.floor(i / p.columns)]!;
    const bx = b.box.x + b.box.w / 2;
    out.push(`<path d="M${f(bx)} ${f(bar.y)} V${f(b.box.y)}" ${stroke}/>`);
    out.push(
      `<rect x="${f(b.box.x)}" y="${f(b.box.y)}" width="${f(b.box.w)}" height="${f(b.box.h)}" rx="${f(pad)}" fill="${c.main}"/>`,
    );
    b.lines.forEach((l, k) =>
      out.push(
        text(
          b.box.x + pad,
          b.box.y + pad + (k + 1) * b.size * 1.25 - b.size * 0.25,
          b.size,
          l,
          ' fill="#ffffff" font-weight="700"',
        ),
      ),
    );
    out.push(
      text(
        b.box.x + b.box.w - pad,
        b.box.y + pad + b.size,
        b.size,
        String(b.votes),
        ' fill="#ffffff" font-weight="700" text-anchor="end"',
      ),
    );
    if (b.leaves.length) {
      const last = b.leaves[b.leaves.length - 1]!;
      const lx = b.box.x + pad / 2;
      out.push(`<path d="M${f(lx)} ${f(b.box.y + b.box.h)} V${f(last.box.y + last.box.h / 2)}" ${stroke}/>`);
    }
    for (const l of b.leaves) {
      const lx = b.box.x + pad / 2;
      out.push(`<path d="M${f(lx)} ${f(l.box.y + l.box.h / 2)} H${f(l.box.x)}" ${stroke}/>`);
      out.push(
        `<rect x="${f(l.box.x)}" y="${f(l.box.y)}" width="${f(l.box.w)}" height="${f(l.box.h)}" rx="${f(pad / 2)}" fill="${c.soft}" stroke="${c.main}" stroke-width="0.6"/>`,
      );
      l.lines.forEach((t, k) =>
        out.push(
          text(
            l.box.x + pad / 2,
            l.box.y + pad / 2 + (k + 1) * p.leafSize * 1.25 - p.leafSize * 0.25,
            p.leafSize,
            t,
            ' fill="#1b1f24"',
          ),
        ),
      );
      out.push(
        text(
          l.box.x + l.box.w - pad / 2,
          l.box.y + pad / 2 + p.leafSize,
          p.leafSize,
          String(l.votes),
          ` fill="${c.main}" font-weight="700" text-anchor="end"`,
        ),
      );
    }
  });
  if (p.branches.length === 0)
    out.push(
      text(
        p.width / 2,
        rb.y + rb.h + p.leafSize * 3,
        p.leafSize * 1.2,
        input.emptyText,
        ' fill="#4a5360" text-anchor="middle"',
      ),
    );
  const style = `<style>${fontCss}text{font-family:'Atkinson Hyperlegible',sans-serif}</style>`;
  // a margin of white around the drawing (slides put it on their own background)
  const m = MARGIN;
  const w = p.width + 2 * m;
  const h = p.height + 2 * m;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${f(w)}pt" height="${f(h)}pt" viewBox="0 0 ${f(w)} ${f(h)}" role="img">` +
    `<title>${escapeXml(input.title)}</title>${style}<rect width="${f(w)}" height="${f(h)}" fill="#ffffff"/>` +
    `<g transform="translate(${m} ${m})">${out.join('')}</g></svg>`
  );
}

const f = (n: number) => String(Math.round(n * 100) / 100);

export function escapeXml(s: string): string {
  return (
    s
      // control characters are not allowed in XML
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}
