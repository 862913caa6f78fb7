/** The case file: one JSON document per case, versioned so older files keep opening. */
export const CASE_FILE_FORMAT = 'levenslijn-case';
export const CURRENT_FORMAT_VERSION = 1;
export const CASE_FILE_EXTENSION = 'levenslijn';

export type CaseFileErrorCode = 'tooLarge' | 'notJson' | 'notACaseFile' | 'tooNew' | 'invalid' | 'inconsistent';

/** Why a file was refused, as an i18n key with values, plus technical details (field paths). */
export interface CaseFileError {
  readonly code: CaseFileErrorCode;
  readonly messageKey: `file.error.${CaseFileErrorCode}`;
  readonly values: Readonly<Record<string, string | number>>;
  readonly details: readonly string[];
}

export function fileError(code: CaseFileErrorCode, values: Record<string, string | number> = {}, details: string[] = []): CaseFileError {
  return { code, messageKey: `file.error.${code}`, values, details };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} B`;
}
