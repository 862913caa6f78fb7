// Node side of the exports: turns an SVG drawing (the findings tree) into PNG with resvg and the
// bundled font, and reads the bundled font for embedding in DOCX. The browser does the same
// with a canvas (renderer/views/report/exports.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const FONT_DIR = fileURLToPath(new URL('../../resources/fonts/ttf', import.meta.url));

/** @type {(svg: string, widthPx: number, heightPx: number) => Promise<Uint8Array>} */
export async function rasterise(svg, widthPx) {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.max(1, Math.round(widthPx)) },
    font: { fontDirs: [FONT_DIR], loadSystemFonts: false, defaultFontFamily: 'Atkinson Hyperlegible' },
    background: '#ffffff',
  });
  return new Uint8Array(resvg.render().asPng());
}

/** The bundled font (Latin, regular and bold) as TTF, for embedding in a DOCX. */
export function bundledFont() {
  return {
    regular: new Uint8Array(readFileSync(`${FONT_DIR}/atkinson-hyperlegible-latin-400-normal.ttf`)),
    bold: new Uint8Array(readFileSync(`${FONT_DIR}/atkinson-hyperlegible-latin-700-normal.ttf`)),
  };
}
