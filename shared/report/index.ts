export * from './document';
export * from './people';
export * from './lifelinePrint';
export * from './lifelineSvg';
export * from './treeSvg';
export { textWidth, wrapText, hasAllGlyphs } from './textMeasure';
