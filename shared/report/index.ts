export * from './document';
export * from './people';
export * from './tiles';
export * from './treeSvg';
export { textWidth, wrapText, hasAllGlyphs } from './textMeasure';
