import { escapeXml } from './treeSvg';
import { f, type LifelinePrintPage, type PrintShape, type PrintText } from './lifelinePrint';

/**
 * One lifeline page (shared/report/lifelinePrint) as an SVG drawing in points: shown inline in
 * the report (and so in its PDF), rasterised for the DOCX, or saved alone. `fontCss` may embed
 * the bundled font (an @font-face rule) for a drawing that leaves the app.
 */
export function lifelinePageSvg(page: LifelinePrintPage, title: string, fontCss = ''): string {
  const parts: string[] = [];
  for (const s of page.shapes) parts.push(shapeSvg(s));
  for (const t of page.texts) parts.push(textSvg(t));
  const style = `<style>${fontCss}text{font-family:'Atkinson Hyperlegible',sans-serif}</style>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${f(page.width)} ${f(page.height)}" ` +
    `width="${f(page.width)}pt" height="${f(page.height)}pt" role="img" aria-label="${escapeXml(title)}">` +
    `<title>${escapeXml(title)}</title>${style}` +
    `<rect x="0" y="0" width="${f(page.width)}" height="${f(page.height)}" fill="#ffffff"/>` +
    parts.join('') +
    `</svg>`
  );
}

function shapeSvg(s: PrintShape): string {
  switch (s.kind) {
    case 'rect':
      return (
        `<rect x="${f(s.x)}" y="${f(s.y)}" width="${f(s.w)}" height="${f(s.h)}"` +
        (s.r ? ` rx="${f(s.r)}"` : '') +
        ` fill="${s.fill}"` +
        (s.stroke ? ` stroke="${s.stroke}" stroke-width="${f(s.strokeWidth ?? 1)}"` : '') +
        (s.dash ? ` stroke-dasharray="${s.dash}"` : '') +
        (s.opacity !== undefined && s.opacity < 1 ? ` opacity="${f(s.opacity)}"` : '') +
        `/>`
      );
    case 'line':
      return (
        `<line x1="${f(s.x1)}" y1="${f(s.y1)}" x2="${f(s.x2)}" y2="${f(s.y2)}" stroke="${s.stroke}"` +
        ` stroke-width="${f(s.width)}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`
      );
    case 'circle':
      return `<circle cx="${f(s.cx)}" cy="${f(s.cy)}" r="${f(s.r)}" fill="${s.fill}"/>`;
    case 'path':
      return `<path d="${s.d}" fill="${s.fill}"/>`;
  }
}

function textSvg(t: PrintText): string {
  const attrs =
    (t.bold ? ' font-weight="700"' : '') +
    (t.anchor === 'middle' ? ' text-anchor="middle"' : '') +
    (t.rtl ? ' direction="rtl" unicode-bidi="embed"' : '');
  return (
    `<text x="${f(t.x)}" y="${f(t.y)}" font-size="${f(t.size)}" fill="${t.fill}"${attrs}>` +
    `${escapeXml(t.text)}</text>`
  );
}
