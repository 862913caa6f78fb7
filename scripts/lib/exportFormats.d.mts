/** Types of exportFormats.mjs (for TypeScript callers and tests). */
export declare const EXPORT_FORMATS: readonly ['docx', 'xlsx', 'csv'];
export declare function exportCaseFileTo(opts: {
  caseText: string;
  format: 'docx' | 'xlsx' | 'csv';
  uiLanguage?: 'nl' | 'en';
  now?: number;
}): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }>;
