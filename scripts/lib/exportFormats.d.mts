/** Types of exportFormats.mjs (for TypeScript callers and tests). */
export declare const EXPORT_FORMATS: readonly ['docx', 'xlsx', 'csv'];
export declare function exportCaseFileTo(opts: {
  caseText: string;
  format: 'docx' | 'xlsx' | 'csv';
  uiLanguage?: 'nl' | 'en';
  now?: number;
}): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }>;
export declare const CASES_FORMATS: readonly ['docx', 'xlsx', 'qdpx', 'studyFile'];
export declare function exportCaseFilesTo(opts: {
  files: readonly { name: string; text: string }[];
  format: 'docx' | 'xlsx' | 'qdpx' | 'studyFile';
  uiLanguage?: 'nl' | 'en';
  now?: number;
}): Promise<
  | { ok: true; bytes: Uint8Array; caseCount: number }
  | { ok: false; message: string; details: readonly string[] }
>;
