/** Types of casesFormats.mjs (for TypeScript callers and tests). */
export interface CasesFormat {
  readonly what: string;
  render(input: {
    files: readonly { name: string; text: string }[];
    uiLanguage?: 'nl' | 'en';
    renderPdf?: (text: string) => Promise<Uint8Array>;
  }): Promise<Uint8Array>;
}
export declare const CASES_FORMATS: Readonly<Record<'pdf' | 'docx' | 'xlsx' | 'qdpx', CasesFormat>>;
