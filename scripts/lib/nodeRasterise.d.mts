/** Types of nodeRasterise.mjs (used by unit tests in TypeScript). */
export declare function rasterise(svg: string, widthPx: number, heightPx: number): Promise<Uint8Array>;
export declare function bundledFont(): { regular: Uint8Array; bold: Uint8Array };
