import type { CardList, CaseState, Language } from '@shared/model';
import { exportCase, treeSvg, type ExportFormat } from '@shared/export';
import type { Platform } from '@shared/platform/types';
import regularWoff2 from '@resources/fonts/atkinson-hyperlegible-latin-400-normal.woff2?inline';
import boldWoff2 from '@resources/fonts/atkinson-hyperlegible-latin-700-normal.woff2?inline';
import regularTtf from '@resources/fonts/ttf/atkinson-hyperlegible-latin-400-normal.ttf?url';
import boldTtf from '@resources/fonts/ttf/atkinson-hyperlegible-latin-700-normal.ttf?url';

/**
 * The report's other formats in the app: DOCX, XLSX and CSV from the pure generators in
 * shared/export, and the findings tree alone as SVG or PNG for slides. The browser's canvas
 * turns the tree drawing into PNG (Node uses resvg: scripts/lib/nodeRasterise.mjs).
 */

/** The bundled font inside an SVG file, so the tree looks the same when opened elsewhere. */
export const TREE_FONT_CSS =
  `@font-face{font-family:'Atkinson Hyperlegible';font-weight:400;src:url(${regularWoff2}) format('woff2')}` +
  `@font-face{font-family:'Atkinson Hyperlegible';font-weight:700;src:url(${boldWoff2}) format('woff2')}`;

/** An SVG drawing as PNG bytes, drawn by the browser at the given pixel size on white. */
export async function rasteriseInBrowser(
  svg: string,
  widthPx: number,
  heightPx: number,
): Promise<Uint8Array> {
  const withFont = svg.includes('@font-face') ? svg : svg.replace('<style>', `<style>${TREE_FONT_CSS}`);
  const url = URL.createObjectURL(new Blob([withFont], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(widthPx));
    canvas.height = Math.max(1, Math.round(heightPx));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the drawing could not be turned into PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function bundledFont() {
  const get = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());
  return { regular: await get(regularTtf), bold: await get(boldTtf) };
}

const MIME: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
};

/** A file name from the case title: letters, digits, spaces and dashes only. */
export function fileNameOf(state: CaseState, suffix: string, extension: string): string {
  const base = state.case.title.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'levenslijn';
  return `${base}${suffix}.${extension}`;
}

export async function saveExport(
  platform: Platform,
  state: CaseState,
  format: ExportFormat,
  uiLanguage: Language,
): Promise<{ saved: boolean; location?: string }> {
  const bytes = await exportCase(state, format, {
    uiLanguage,
    rasterise: rasteriseInBrowser,
    ...(format === 'docx' ? { font: await bundledFont() } : {}),
  });
  const r = await platform.saveFile({
    suggestedName: fileNameOf(
      state,
      format === 'docx' ? '' : ` - ${uiLanguage === 'nl' ? 'kaartjes' : 'cards'}`,
      format,
    ),
    mimeType: MIME[format],
    data: bytes,
    extensions: [format],
  });
  return r.saved ? { saved: true, location: r.location } : { saved: false };
}

/** The findings tree of one list alone, as SVG (font embedded) or PNG (300 dpi), for slides. */
export async function saveTree(
  platform: Platform,
  state: CaseState,
  list: CardList,
  format: 'svg' | 'png',
): Promise<{ saved: boolean; location?: string }> {
  const svg = treeSvg(state, list, TREE_FONT_CSS);
  const name = fileNameOf(state, ` - ${list === 'strengths' ? 'bevindingenboom' : 'verbeterpunten'}`, format);
  let data: string | Uint8Array = svg;
  if (format === 'png') {
    const size = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
    const [w, h] = size ? [Number(size[1]), Number(size[2])] : [800, 500];
    data = await rasteriseInBrowser(svg, (w * 300) / 72, (h * 300) / 72);
  }
  const r = await platform.saveFile({
    suggestedName: name,
    mimeType: format === 'png' ? 'image/png' : 'image/svg+xml',
    data,
    extensions: [format],
  });
  return r.saved ? { saved: true, location: r.location } : { saved: false };
}
