import type { RuleViolation } from '../rules/rules';
/** The case file: one JSON document per case, versioned so older files keep opening. */
export const CASE_FILE_FORMAT = 'levenslijn-case';
export const CURRENT_FORMAT_VERSION = 4;
export const CASE_FILE_EXTENSION = 'levenslijn';
export const APP_NAME = 'Levenslijn';

/** Deepest array/object nesting a case file may have (a valid one needs about 6). */
export const MAX_NESTING_DEPTH = 64;
/** At most this many schema problems are listed in an error's details. */
export const MAX_ERROR_DETAILS = 20;

/** The current file shape; `records` are AnyRecord values (see shared/model/records). */
export interface CaseFileV4<R = unknown> {
  readonly format: typeof CASE_FILE_FORMAT;
  readonly formatVersion: typeof CURRENT_FORMAT_VERSION;
  /** ISO 8601 timestamp of the export. */
  readonly exportedAt: string;
  readonly app: { readonly name: typeof APP_NAME; readonly version: string };
  readonly records: readonly R[];
}

export type CaseFileErrorCode =
  'tooLarge' | 'notJson' | 'notACaseFile' | 'tooNew' | 'invalid' | 'inconsistent';

export const CASE_FILE_ERROR_CODES: readonly CaseFileErrorCode[] = [
  'tooLarge',
  'notJson',
  'notACaseFile',
  'tooNew',
  'invalid',
  'inconsistent',
];

/**
 * Why a file was refused: an i18n key (`file.error.<code>`) with its values, plus technical
 * details (field paths) for the "show details" part of the dialog.
 *  - tooLarge {size, max}  - notJson {where}  - tooNew {version, supported}
 *  - invalid {count} + details  - inconsistent {rule, record} + `rule`  - notACaseFile {}
 */
export interface CaseFileError {
  readonly code: CaseFileErrorCode;
  /** For `inconsistent`: the first rule of shared/rules the file breaks (its message is localised when shown). */
  readonly rule?: RuleViolation;
  readonly messageKey: `file.error.${CaseFileErrorCode}`;
  readonly values: Readonly<Record<string, string | number>>;
  readonly details: readonly string[];
}

export function fileError(
  code: CaseFileErrorCode,
  values: Record<string, string | number> = {},
  details: string[] = [],
): CaseFileError {
  return { code, messageKey: `file.error.${code}`, values, details };
}

/** Human file size: "512 B", "12 kB", "20.0 MB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} B`;
}

/** UTF-8 byte length of a string without allocating an encoded copy. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3; // lone surrogate: encoded as U+FFFD
    } else bytes += 3;
  }
  return bytes;
}
